#include "charts/ChartPanel.h"

#include "charts/ChartExport.h"
#include "charts/ChartTableDialog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tunescope::ui {

std::function<QString(QWidget*, const QString&, const QString&, const QString&)> ChartPanel::saveFileName =
    [](QWidget* parent, const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    };

std::function<std::optional<QSize>(QWidget*, QSize)> ChartPanel::askPngSize = [](QWidget* parent, QSize suggested) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Export PNG"));
    auto* form = new QFormLayout(&dialog);
    auto* width = new QSpinBox(&dialog);
    auto* height = new QSpinBox(&dialog);
    for (auto* box : {width, height}) {
        box->setRange(200, 8000);
        box->setSuffix(QObject::tr(" px"));
    }
    width->setValue(suggested.width());
    height->setValue(suggested.height());
    form->addRow(QObject::tr("Width:"), width);
    form->addRow(QObject::tr("Height:"), height);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::optional<QSize>();
    }
    return std::optional<QSize>(QSize(width->value(), height->value()));
};

ChartPanel::ChartPanel(const QString& objectName, QWidget* parent)
    : QFrame(parent), layout_(new QVBoxLayout(this)), menu_(new QMenu(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    layout_->setContentsMargins(2, 2, 2, 2);
    buildMenu();
    auto* button = new QToolButton(this);
    button->setObjectName(objectName + QStringLiteral("Export"));
    button->setText(tr("Export"));
    button->setToolTip(tr("Export this chart as PNG, SVG or CSV, or copy it"));
    button->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu_);
    exportButton_ = button;
    auto* bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(button);
    layout_->addLayout(bar);
    focusWatch_ = connect(qApp, &QApplication::focusChanged, this, [this](QWidget* /*old*/, QWidget* now) {
        const bool within = now != nullptr && isAncestorOf(now);
        if (within != focusWithin_) {
            focusWithin_ = within;
            update();
        }
    });
}

ChartPanel::~ChartPanel()
{
    disconnect(focusWatch_);
}

void ChartPanel::buildMenu()
{
    menu_->addAction(tr("Export as &PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu_->addAction(tr("Export as &SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu_->addAction(tr("Export data as &CSV…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    menu_->addSeparator();
    menu_->addAction(tr("&Copy image"), this, [this] { copyImage(); });
    auto* table = menu_->addAction(tr("Show data as &table…"), this, [this] { showDataTable(); });
    table->setObjectName(objectName() + QStringLiteral("ShowTable"));
    table->setShortcut(QKeySequence(tr("Ctrl+T")));
    table->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the chart with the focus answers
    addAction(table);
}

ChartTableDialog* ChartPanel::showDataTable()
{
    auto* dialog = new ChartTableDialog(content_.title, content_.table, this);
    dialog->show();
    dialog->activateWindow();
    return dialog;
}

void ChartPanel::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (focusWithin_) {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void ChartPanel::setContent(ChartContent content)
{
    QWidget* next = content.view;
    if (content.makeChart) {
        // Qt charts reuse the panel's view: a new QChart in an existing QChartView costs far
        // less than a new view (switching the period rebuilds five charts at once).
        auto* chartView = qobject_cast<QChartView*>(view_);
        if (!chartView) {
            chartView = new QChartView; // parented below, once it holds its chart
            chartView->setRenderHint(QPainter::Antialiasing);
            chartView->setMinimumHeight(240);
        }
        QChart* previous = chartView->chart();
        chartView->setChart(content.makeChart());
        delete previous;
        next = chartView;
    }
    if (view_ && view_ != next) {
        layout_->removeWidget(view_);
        view_->deleteLater();
    }
    if (next && next != view_) {
        next->setParent(this);
        next->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu serves
        layout_->addWidget(next, 1);
        QWidget::setTabOrder(exportButton_, next); // Tab: this chart's Export button, then the chart
    }
    view_ = next;
    if (view_ && (content.makeChart || view_->accessibleName().isEmpty())) {
        view_->setAccessibleName(content.title);
        view_->setAccessibleDescription(tr("Chart. Ctrl+T shows its data as a table."));
    }
    if (view_) {
        view_->setFocusPolicy(Qt::StrongFocus);
    }
    content_ = std::move(content);
    content_.view = nullptr; // the panel owns what it shows through view_
}

QSize ChartPanel::defaultExportSize() const
{
    const QSize shown = view_ ? view_->size() : size();
    const qreal ratio = devicePixelRatioF();
    return QSize(static_cast<int>(shown.width() * ratio * 2), static_cast<int>(shown.height() * ratio * 2));
}

bool ChartPanel::exportPng(const QString& file, QSize size, QString* error) const
{
    return writeChartPng(content_, file, size, error);
}

bool ChartPanel::exportSvg(const QString& file, QString* error) const
{
    const QSize shown = view_ ? view_->size() : QSize(800, 500);
    return writeChartSvg(content_, file, shown, error);
}

bool ChartPanel::exportCsv(const QString& file, QString* error) const
{
    return writeChartCsv(content_, file, error);
}

void ChartPanel::copyImage() const
{
    const QSize shown = view_ ? view_->size() : QSize(800, 500);
    QApplication::clipboard()->setImage(renderChartImage(content_, shown, devicePixelRatioF()));
}

QString ChartPanel::suggestedName(const QString& extension) const
{
    QString base = content_.title.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return base + QLatin1Char('.') + extension;
}

void ChartPanel::exportWithDialog(const QString& format)
{
    const QString filter = format == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG image (*.svg)")
                                                            : tr("CSV file (*.csv)");
    std::optional<QSize> size;
    if (format == QLatin1String("png")) {
        size = askPngSize(this, defaultExportSize());
        if (!size) {
            return;
        }
    }
    const QString file = saveFileName(this, tr("Export “%1”").arg(content_.title), suggestedName(format), filter);
    if (file.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = format == QLatin1String("png")   ? exportPng(file, *size, &error)
                    : format == QLatin1String("svg") ? exportSvg(file, &error)
                                                     : exportCsv(file, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1\n\nChoose another folder or file name and try again.").arg(error));
        return;
    }
    emit exported(file);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    menu_->exec(event->globalPos());
}

} // namespace tunescope::ui
