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
namespace {

struct Matches {
    std::vector<std::int64_t> ids;
    std::vector<analytics::HistoryRow> firstPage;
};

} // namespace

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
            analytics::Subject subject{analytics::Subject::Kind::Item, row->itemId};
            if (index.column() == HistoryModel::Artist) {
                subject = {analytics::Subject::Kind::Creator, row->creatorId};
            } else if (index.column() == HistoryModel::Album && row->albumId != 0) {
                subject = {analytics::Subject::Kind::Album, row->albumId};
            }
            emit subjectActivated(subject);
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
        [session, query, column, descending]() -> Result<Matches> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            auto ids = analytics::queryHistoryIds(*db, query, column, descending);
            if (!ids) {
                return ids.error();
            }
            // The first screenful comes with the ids: the table shows filled at once.
            const auto firstIds = std::vector<std::int64_t>(
                ids->begin(),
                ids->begin() + static_cast<std::ptrdiff_t>(std::min(ids->size(), HistoryModel::kPageSize)));
            auto firstPage = analytics::fetchHistoryRows(*db, firstIds);
            if (!firstPage) {
                return firstPage.error();
            }
            return Matches{std::move(ids).value(), std::move(firstPage).value()};
        },
        [this, generation](Result<Matches> matches) {
            if (generation != generation_) {
                return; // a newer search is on its way
            }
            if (!matches) {
                status_->setText(QString::fromStdString(matches.error().message));
                return;
            }
            const auto count = matches->ids.size();
            auto db = rowsDb_;
            model_->reset(
                std::move(matches->ids),
                [db](const std::vector<std::int64_t>& page) { return analytics::fetchHistoryRows(*db, page); },
                session_->zone(), std::move(matches->firstPage));
            status_->setText(tr("%Ln plays", nullptr, static_cast<int>(count)));
            emit loaded(static_cast<int>(count));
        });
}

} // namespace tunescope::ui
