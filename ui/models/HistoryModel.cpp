#include "models/HistoryModel.h"

#include "async/RunAsync.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tunescope::ui {
namespace {

constexpr std::size_t kCachedPages = 64; // at most 16,384 rows in memory
constexpr std::size_t kMaxWanted = 8;    // pages queued for fetching

QString duration(std::int64_t ms)
{
    const std::int64_t seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString kindLabel(ingest::PlayKind kind)
{
    switch (kind) {
    case ingest::PlayKind::Music: return QObject::tr("Music");
    case ingest::PlayKind::Podcast: return QObject::tr("Podcast");
    case ingest::PlayKind::Audiobook: return QObject::tr("Audiobook");
    case ingest::PlayKind::Video: return QObject::tr("Video");
    }
    return {};
}

} // namespace

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::reset(std::vector<std::int64_t> ids, RowFetcher fetch, TimeZone zone,
                         std::vector<analytics::HistoryRow> firstPage)
{
    beginResetModel();
    ids_ = std::move(ids);
    fetch_ = std::move(fetch);
    zone_ = zone;
    pages_.clear();
    wanted_.clear();
    ++generation_;
    if (!firstPage.empty()) {
        pages_.emplace(0, std::move(firstPage));
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HistoryModel::requestPage(std::size_t number)
{
    if (!fetch_ || pages_.count(number) > 0 || inFlight_ == number) {
        return;
    }
    std::erase(wanted_, number);
    wanted_.push_back(number);
    if (wanted_.size() > kMaxWanted) {
        wanted_.erase(wanted_.begin()); // scrolled far past it: not needed any more
    }
    fetchNext();
}

void HistoryModel::fetchNext()
{
    if (inFlight_ || wanted_.empty()) {
        return;
    }
    const std::size_t number = wanted_.back();
    wanted_.pop_back();
    inFlight_ = number;
    const std::size_t first = number * kPageSize;
    const std::size_t last = std::min(ids_.size(), first + kPageSize);
    std::vector<std::int64_t> ids(ids_.begin() + static_cast<std::ptrdiff_t>(first),
                                  ids_.begin() + static_cast<std::ptrdiff_t>(last));
    runAsync(
        this, [fetch = fetch_, ids = std::move(ids)] { return fetch(ids); },
        [this, number, generation = generation_](const Result<std::vector<analytics::HistoryRow>>& rows) {
            inFlight_.reset();
            if (generation == generation_ && rows) {
                storePage(number, rows.value());
            }
            fetchNext();
        });
}

void HistoryModel::storePage(std::size_t number, std::vector<analytics::HistoryRow> rows)
{
    if (pages_.size() >= kCachedPages) {
        // Drop the page farthest from the one arriving.
        auto farthest = std::max_element(pages_.begin(), pages_.end(), [number](const auto& a, const auto& b) {
            auto distance = [number](std::size_t p) { return p > number ? p - number : number - p; };
            return distance(a.first) < distance(b.first);
        });
        pages_.erase(farthest);
    }
    const auto count = rows.size();
    pages_.emplace(number, std::move(rows));
    if (count > 0) {
        const int first = static_cast<int>(number * kPageSize);
        emit dataChanged(index(first, 0), index(first + static_cast<int>(count) - 1, ColumnCount - 1));
    }
}

const analytics::HistoryRow* HistoryModel::rowAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= ids_.size()) {
        return nullptr;
    }
    const std::size_t number = static_cast<std::size_t>(row) / kPageSize;
    const auto it = pages_.find(number);
    if (it == pages_.end()) {
        // Views ask from const data(); fetching is the model's own business (Qt's file system
        // and SQL models do the same).
        const_cast<HistoryModel*>(this)->requestPage(number);
        return nullptr;
    }
    const std::size_t offset = static_cast<std::size_t>(row) % kPageSize;
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    const auto* row = rowAt(index.row());
    if (!row) { // its page is on the way
        return role == Qt::DisplayRole && index.column() == When ? QStringLiteral("…") : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case When: {
        const auto local =
            QDateTime::fromMSecsSinceEpoch(row->startedAt + zone_.offsetMsAt(row->startedAt), QTimeZone::utc());
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case Artist: return QString::fromStdString(row->creator);
    case Title: return QString::fromStdString(row->title);
    case Album: return QString::fromStdString(row->album);
    case Duration: return duration(row->msPlayed);
    case Kind: return kindLabel(row->kind);
    case Platform: return QString::fromStdString(row->platform);
    case Skipped: return row->skipped ? tr("skipped") : QString();
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When: return tr("Started");
    case Artist: return tr("Artist / show");
    case Title: return tr("Track / episode");
    case Album: return tr("Album");
    case Duration: return tr("Played");
    case Kind: return tr("Kind");
    case Platform: return tr("Platform");
    case Skipped: return tr("Skipped");
    default: return {};
    }
}

analytics::HistoryColumn HistoryModel::sortColumn(int column)
{
    switch (column) {
    case Artist: return analytics::HistoryColumn::Creator;
    case Title: return analytics::HistoryColumn::Title;
    case Album: return analytics::HistoryColumn::Album;
    case Duration: return analytics::HistoryColumn::MsPlayed;
    case Kind: return analytics::HistoryColumn::Kind;
    case Platform: return analytics::HistoryColumn::Platform;
    default: return analytics::HistoryColumn::StartedAt;
    }
}

} // namespace tunescope::ui
