#include "pages/HistoryPage.h"

#include "async/RunAsync.h"
#include "models/HistoryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tunescope::ui {

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), kind_(new QComboBox(this)), skipped_(new QComboBox(this)),
      table_(new QTableView(this)), status_(new QLabel(this)), debounce_(new QTimer(this)),
      model_(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPage"));
    search_->setObjectName(QStringLiteral("historySearch"));
    search_->setPlaceholderText(tr("Search artist, track or album…"));
    search_->setClearButtonEnabled(true);
    kind_->setObjectName(QStringLiteral("historyKind"));
    kind_->addItems({tr("All kinds"), tr("Music"), tr("Podcasts"), tr("Audiobooks")});
    skipped_->setObjectName(QStringLiteral("historySkipped"));
    skipped_->addItems({tr("Skipped or not"), tr("Only skipped"), tr("Not skipped")});
    skipped_->setToolTip(tr("Skipped: played under 30 seconds, or marked skipped in the export"));
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setModel(model_);
    table_->setSortingEnabled(false); // sorting runs in the database, see below
    table_->horizontalHeader()->setSectionsClickable(true);
    table_->horizontalHeader()->setSortIndicatorShown(true);
    table_->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->setColumnWidth(HistoryModel::When, 140);
    table_->setColumnWidth(HistoryModel::Artist, 200);
    table_->setColumnWidth(HistoryModel::Title, 260);
    table_->setColumnWidth(HistoryModel::Album, 200);
    status_->setObjectName(QStringLiteral("historyStatus"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(search_, 1);
    filters->addWidget(kind_);
    filters->addWidget(skipped_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, &HistoryPage::requery);
    connect(search_, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    connect(kind_, &QComboBox::currentIndexChanged, this, &HistoryPage::requery);
    connect(skipped_, &QComboBox::currentIndexChanged, this, &HistoryPage::requery);
    connect(table_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                sortColumn_ = column;
                sortOrder_ = order;
                requery();
            });
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto* row = model_->rowAt(index.row())) {
            const bool onArtist = index.column() == HistoryModel::Artist;
            emit subjectActivated(onArtist ? analytics::Subject{analytics::Subject::Kind::Creator, row->creatorId}
                                           : analytics::Subject{analytics::Subject::Kind::Item, row->itemId});
        }
    });
}

void HistoryPage::setSource(const ProfileSession& session, const analytics::Period& period)
{
    session_ = std::make_unique<ProfileSession>(session);
    period_ = period;
    rowsDb_.reset();
    stale_ = true;
    if (isVisible()) {
        requery();
    }
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        requery(); // the table loads when it is first looked at, not with every range change
    }
}

analytics::HistoryFilter HistoryPage::filter() const
{
    analytics::HistoryFilter f;
    f.period = period_;
    f.search = search_->text().trimmed().toStdString();
    static const std::array<std::optional<ingest::PlayKind>, 4> kinds = {
        std::nullopt, ingest::PlayKind::Music, ingest::PlayKind::Podcast, ingest::PlayKind::Audiobook};
    f.kind = kinds.at(static_cast<std::size_t>(std::max(0, kind_->currentIndex())));
    if (skipped_->currentIndex() > 0) {
        f.skipped = skipped_->currentIndex() == 1;
    }
    return f;
}

void HistoryPage::requery()
{
    if (!session_) {
        return;
    }
    if (!rowsDb_) {
        auto db = session_->open();
        if (!db) {
            status_->setText(QString::fromStdString(db.error().message));
            return;
        }
        rowsDb_ = std::make_shared<store::Database>(std::move(db).value());
    }
    stale_ = false;
    const auto query = filter();
    const auto column = HistoryModel::sortColumn(sortColumn_);
    const bool descending = sortOrder_ == Qt::DescendingOrder;
    const ProfileSession session = *session_;
    const quint64 generation = ++generation_;
    status_->setText(tr("Searching…"));
    runAsync(
        this,
        [session, query, column, descending]() -> Result<std::vector<std::int64_t>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::queryHistoryIds(*db, query, column, descending);
        },
        [this, generation](const Result<std::vector<std::int64_t>>& ids) {
            if (generation != generation_) {
                return; // a newer search is on its way
            }
            if (!ids) {
                status_->setText(QString::fromStdString(ids.error().message));
                return;
            }
            auto db = rowsDb_;
            model_->reset(
                ids.value(),
                [db](const std::vector<std::int64_t>& page) { return analytics::fetchHistoryRows(*db, page); },
                session_->zone());
            status_->setText(tr("%1 plays").arg(QLocale().toString(static_cast<qlonglong>(ids->size()))));
            emit loaded(static_cast<int>(ids->size()));
        });
}

} // namespace tunescope::ui
