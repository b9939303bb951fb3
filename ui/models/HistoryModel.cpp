#include "models/HistoryModel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tunescope::ui {
namespace {

constexpr std::size_t kCachedPages = 64; // at most 16,384 rows in memory

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

void HistoryModel::reset(std::vector<std::int64_t> ids, RowFetcher fetch, TimeZone zone)
{
    beginResetModel();
    ids_ = std::move(ids);
    fetch_ = std::move(fetch);
    zone_ = zone;
    pages_.clear();
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

const std::vector<analytics::HistoryRow>* HistoryModel::page(std::size_t number) const
{
    if (auto it = pages_.find(number); it != pages_.end()) {
        return &it->second;
    }
    if (!fetch_) {
        return nullptr;
    }
    const std::size_t first = number * kPageSize;
    const std::size_t last = std::min(ids_.size(), first + kPageSize);
    auto rows = fetch_(std::vector<std::int64_t>(ids_.begin() + static_cast<std::ptrdiff_t>(first),
                                                 ids_.begin() + static_cast<std::ptrdiff_t>(last)));
    if (!rows) {
        return nullptr;
    }
    if (pages_.size() >= kCachedPages) {
        // Drop the page farthest from the one asked for.
        auto farthest = std::max_element(pages_.begin(), pages_.end(), [number](const auto& a, const auto& b) {
            auto distance = [number](std::size_t p) { return p > number ? p - number : number - p; };
            return distance(a.first) < distance(b.first);
        });
        pages_.erase(farthest);
    }
    return &pages_.emplace(number, std::move(rows).value()).first->second;
}

const analytics::HistoryRow* HistoryModel::rowAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= ids_.size()) {
        return nullptr;
    }
    const auto* rows = page(static_cast<std::size_t>(row) / kPageSize);
    const std::size_t offset = static_cast<std::size_t>(row) % kPageSize;
    return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    const auto* row = rowAt(index.row());
    if (!row) {
        return {};
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
