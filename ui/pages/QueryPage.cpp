#include "pages/QueryPage.h"

#include "async/RunAsync.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/QueryChart.h"
#include "models/QueryResultModel.h"
#include "query/Examples.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <initializer_list>

namespace tunescope::ui {

std::function<QString(QWidget*, const QString&)> QueryPage::askQueryName = [](QWidget* parent,
                                                                              const QString& suggested) {
    return QInputDialog::getText(parent, QObject::tr("Save query"), QObject::tr("Name:"), QLineEdit::Normal, suggested);
};

QueryPage::QueryPage(QWidget* parent)
    : QWidget(parent), editor_(new QPlainTextEdit(this)), error_(new QLabel(this)), status_(new QLabel(this)),
      model_(new QueryResultModel(this)), table_(new QTableView(this))
{
    setObjectName(QStringLiteral("queryPage"));
    editor_->setObjectName(QStringLiteral("queryEditor"));
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setTabChangesFocus(true);
    editor_->setPlaceholderText(tr("SELECT artist, COUNT(*) AS plays FROM v_plays WHERE is_play GROUP BY artist "
                                   "ORDER BY plays DESC LIMIT 10\n\nCtrl+Return runs it. The views v_plays, v_daily "
                                   "and v_chart_entries are described in docs/query-console.md."));
    error_->setObjectName(QStringLiteral("queryError"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();
    status_->setObjectName(QStringLiteral("queryStatus"));
    status_->setText(tr("Read-only: nothing you run here can change your data."));

    table_->setObjectName(QStringLiteral("queryResults"));
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* results = new QTabWidget(this);
    results->setObjectName(QStringLiteral("queryResultTabs"));
    results->addTab(table_, tr("Table"));
    results->addTab(buildChartTab(), tr("Chart"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildToolbar());
    topLayout->addWidget(editor_, 1);
    topLayout->addWidget(error_);
    topLayout->addWidget(status_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto* runShortcut = new QAction(this);
    runShortcut->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    runShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QAction::triggered, this, &QueryPage::run);
    addAction(runShortcut);
    setRunning(false);
    refreshSaved();
}

QWidget* QueryPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    run_ = new QPushButton(tr("Run"), bar);
    run_->setObjectName(QStringLiteral("queryRun"));
    run_->setToolTip(tr("Run the statement (Ctrl+Return)"));
    cancel_ = new QPushButton(tr("Cancel"), bar);
    cancel_->setObjectName(QStringLiteral("queryCancel"));
    examples_ = new QToolButton(bar);
    examples_->setObjectName(QStringLiteral("queryExamples"));
    examples_->setText(tr("Examples"));
    examples_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(examples_);
    for (const auto& example : query::queryExamples()) {
        auto* action =
            menu->addAction(QString::fromUtf8(example.title.data(), static_cast<qsizetype>(example.title.size())));
        action->setObjectName(QStringLiteral("example-") +
                              QString::fromUtf8(example.name.data(), static_cast<qsizetype>(example.name.size())));
        const QString sql = QString::fromUtf8(example.sql.data(), static_cast<qsizetype>(example.sql.size()));
        connect(action, &QAction::triggered, this, [this, sql] {
            setSql(sql);
            run();
        });
    }
    examples_->setMenu(menu);
    savedList_ = new QComboBox(bar);
    savedList_->setObjectName(QStringLiteral("querySaved"));
    savedList_->setMinimumContentsLength(18);
    save_ = new QPushButton(tr("Save…"), bar);
    save_->setObjectName(QStringLiteral("querySave"));
    remove_ = new QPushButton(tr("Remove"), bar);
    remove_->setObjectName(QStringLiteral("queryRemove"));
    exportCsv_ = new QPushButton(tr("Export CSV…"), bar);
    exportCsv_->setObjectName(QStringLiteral("queryExportCsv"));
    exportCsv_->setEnabled(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{run_, cancel_, examples_, savedList_, save_, remove_}) {
        layout->addWidget(widget);
    }
    layout->addStretch();
    layout->addWidget(exportCsv_);

    connect(run_, &QPushButton::clicked, this, &QueryPage::run);
    connect(cancel_, &QPushButton::clicked, this, &QueryPage::cancel);
    connect(save_, &QPushButton::clicked, this, &QueryPage::saveQuery);
    connect(remove_, &QPushButton::clicked, this, &QueryPage::removeQuery);
    connect(exportCsv_, &QPushButton::clicked, this, &QueryPage::exportCsv);
    connect(savedList_, &QComboBox::activated, this, [this](int index) {
        if (const auto* entry = index > 0 ? saved_.find(savedList_->itemText(index)) : nullptr) {
            setSql(entry->sql);
        }
        remove_->setEnabled(index > 0);
    });
    return bar;
}

QWidget* QueryPage::buildChartTab()
{
    auto* tab = new QWidget(this);
    auto* choices = new QHBoxLayout;
    labelColumn_ = new QComboBox(tab);
    labelColumn_->setObjectName(QStringLiteral("queryChartLabel"));
    valueColumn_ = new QComboBox(tab);
    valueColumn_->setObjectName(QStringLiteral("queryChartValue"));
    chartKind_ = new QComboBox(tab);
    chartKind_->setObjectName(QStringLiteral("queryChartKind"));
    chartKind_->addItem(tr("Bars"), static_cast<int>(QueryChartChoice::Kind::Bar));
    chartKind_->addItem(tr("Line"), static_cast<int>(QueryChartChoice::Kind::Line));
    choices->addWidget(new QLabel(tr("Labels:"), tab));
    choices->addWidget(labelColumn_);
    choices->addWidget(new QLabel(tr("Values:"), tab));
    choices->addWidget(valueColumn_);
    choices->addWidget(chartKind_);
    choices->addStretch();
    chart_ = new ChartPanel(QStringLiteral("queryChart"), tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(choices);
    layout->addWidget(chart_, 1);
    for (auto* box : {labelColumn_, valueColumn_, chartKind_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &QueryPage::redrawChart);
    }
    return tab;
}

void QueryPage::setSource(const ProfileSession& session)
{
    cancel();
    ++generation_; // an answer still coming is about the other profile
    session_ = session;
    setRunning(false);
    model_->setResult({});
    fillChartChoices();
    exportCsv_->setEnabled(false);
}

void QueryPage::setSql(const QString& sql)
{
    editor_->setPlainText(sql);
}

void QueryPage::run()
{
    if (!session_ || running_) {
        return;
    }
    stop_ = std::stop_source();
    const quint64 generation = ++generation_;
    setRunning(true);
    error_->hide();
    status_->setText(tr("Running…"));
    runAsync(
        this,
        [session = *session_, sql = editor_->toPlainText().toStdString(),
         stop = stop_.get_token()]() -> Result<query::QueryResult> {
            auto profile = session.open(); // creates and migrates the file; open while we read
            if (!profile) {
                return profile.error();
            }
            auto console = query::QueryConsole::openBeside(*profile, session.zone());
            if (!console) {
                return console.error();
            }
            query::QueryOptions options;
            options.maxRows = kMaxRows;
            return console->run(sql, options, stop);
        },
        [this, generation](const Result<query::QueryResult>& result) {
            if (generation == generation_) {
                finish(result);
            }
        });
}

void QueryPage::cancel()
{
    if (running_) {
        stop_.request_stop(); // sqlite3_interrupt on the worker's connection
        status_->setText(tr("Cancelling…"));
    }
}

void QueryPage::finish(const Result<query::QueryResult>& result)
{
    setRunning(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled) {
            status_->setText(tr("Cancelled: the query was stopped."));
        } else {
            showError(QString::fromStdString(result.error().message));
            status_->setText(tr("Nothing was run."));
        }
        emit finished();
        return;
    }
    const auto rows = static_cast<qlonglong>(result->rows.size());
    const QString elapsed = QLocale().toString(static_cast<qlonglong>(result->elapsedMs));
    QString status = tr("%Ln rows in %1 ms", nullptr, static_cast<int>(rows)).arg(elapsed);
    if (result->truncated) {
        status = tr("The first %1 rows are shown; there are more (add a LIMIT, or aggregate).")
                     .arg(QLocale().toString(rows));
    }
    status_->setText(status);
    model_->setResult(*result);
    table_->resizeColumnsToContents();
    exportCsv_->setEnabled(!result->columns.empty());
    fillChartChoices();
    emit finished();
}

void QueryPage::showError(const QString& message)
{
    error_->setText(message);
    error_->show();
}

void QueryPage::setRunning(bool running)
{
    running_ = running;
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
    examples_->setEnabled(!running);
}

void QueryPage::fillChartChoices()
{
    const auto& result = model_->result();
    const auto choice = defaultChartChoice(result);
    const QSignalBlocker labelBlock(labelColumn_);
    const QSignalBlocker valueBlock(valueColumn_);
    labelColumn_->clear();
    valueColumn_->clear();
    for (std::size_t c = 0; c < result.columns.size(); ++c) {
        labelColumn_->addItem(QString::fromStdString(result.columns[c]), static_cast<int>(c));
    }
    for (const int c : numberColumns(result)) {
        valueColumn_->addItem(QString::fromStdString(result.columns[static_cast<std::size_t>(c)]), c);
    }
    if (choice) {
        labelColumn_->setCurrentIndex(labelColumn_->findData(choice->labelColumn));
        valueColumn_->setCurrentIndex(valueColumn_->findData(choice->valueColumn));
    }
    redrawChart();
}

void QueryPage::redrawChart()
{
    if (valueColumn_->count() == 0) {
        chart_->setContent({});
        chart_->setToolTip(model_->result().columns.empty() ? QString()
                                                            : tr("No column of numbers to chart in this result."));
        return;
    }
    QueryChartChoice choice;
    choice.labelColumn = labelColumn_->currentData().toInt();
    choice.valueColumn = valueColumn_->currentData().toInt();
    choice.kind = static_cast<QueryChartChoice::Kind>(chartKind_->currentData().toInt());
    chart_->setToolTip({});
    chart_->setContent(buildQueryChart(model_->result(), choice));
}

void QueryPage::exportCsv()
{
    const auto& result = model_->result();
    const QString file = ChartPanel::saveFileName(this, tr("Export the result as CSV"), QStringLiteral("query.csv"),
                                                  tr("CSV file (*.csv)"));
    if (file.isEmpty()) {
        return;
    }
    ChartContent content;
    for (const auto& column : result.columns) {
        content.table.header << QString::fromStdString(column);
    }
    for (const auto& row : result.rows) {
        QStringList cells;
        for (const auto& value : row) {
            cells << QString::fromStdString(query::csvText(value));
        }
        content.table.rows << cells;
    }
    QString error;
    if (!writeChartCsv(content, file, &error)) {
        showError(tr("%1. Choose another folder or file name.").arg(error));
        return;
    }
    status_->setText(tr("Saved %1").arg(file));
}

void QueryPage::refreshSaved()
{
    const QString current = savedList_->currentIndex() > 0 ? savedList_->currentText() : QString();
    const QSignalBlocker block(savedList_);
    savedList_->clear();
    savedList_->addItem(tr("Saved queries…"));
    for (const auto& entry : saved_.entries()) {
        savedList_->addItem(entry.name);
    }
    const int index = current.isEmpty() ? 0 : std::max(0, savedList_->findText(current));
    savedList_->setCurrentIndex(index);
    savedList_->setEnabled(!saved_.entries().isEmpty());
    remove_->setEnabled(index > 0);
}

void QueryPage::saveQuery()
{
    const QString sql = editor_->toPlainText();
    if (sql.trimmed().isEmpty()) {
        showError(tr("Type a query first, then save it."));
        return;
    }
    const QString suggested = savedList_->currentIndex() > 0 ? savedList_->currentText() : QString();
    const QString name = askQueryName(this, suggested).trimmed();
    if (name.isEmpty()) {
        return;
    }
    saved_.save(name, sql);
    refreshSaved();
    savedList_->setCurrentIndex(savedList_->findText(name));
    remove_->setEnabled(true);
}

void QueryPage::removeQuery()
{
    if (savedList_->currentIndex() <= 0) {
        return;
    }
    saved_.remove(savedList_->currentText());
    savedList_->setCurrentIndex(0);
    refreshSaved();
}

} // namespace tunescope::ui
