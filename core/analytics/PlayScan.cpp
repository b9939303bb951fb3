#include "analytics/PlayScan.h"

#include "ingest/PlayRecord.h"
#include "store/MusicChunks.h"
#include "util/Countries.h"

#include <algorithm>
#include <unordered_map>

namespace tunescope::analytics {

namespace {

// The slow path: one row at a time from the plays table (used when packed months are stale
// and cannot be rebuilt, e.g. on a read-only database).
Result<store::MusicColumns> readMusicRows(store::Database& db, const Period& period)
{
    auto stmt = db.prepare(std::string("SELECT ") + store::kMusicRowColumns +
                           " FROM plays WHERE started_at >= ? AND started_at < ? AND kind = ? ORDER BY started_at");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, period.begin).bind(2, period.end).bind(3, static_cast<std::int64_t>(ingest::PlayKind::Music));
    store::MusicColumns columns;
    while (stmt->step()) {
        store::appendMusicRow(*stmt, columns);
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return columns;
}

Result<store::MusicColumns> readMusic(store::Database& db, const Period& period)
{
    auto packed = store::readMusicChunks(db, period.begin, period.end);
    if (!packed && packed.error().code == ErrorCode::Unsupported && store::refreshMusicChunks(db).ok()) {
        packed = store::readMusicChunks(db, period.begin, period.end);
    }
    if (packed) {
        return packed;
    }
    return readMusicRows(db, period);
}

} // namespace

Result<PlayColumns> scanMusicPlays(store::Database& db, const Period& period)
{
    auto music = readMusic(db, period);
    if (!music) {
        return music.error();
    }
    PlayColumns columns;
    static_cast<store::MusicColumns&>(columns) = std::move(*music);
    columns.localStart.reserve(columns.size());
    TimeZone::Cursor home(period.zone);
    if (!period.travelAware) {
        for (const UtcMs start : columns.startedAt) {
            columns.localStart.push_back(home.toLocal(start));
        }
        return columns;
    }
    // One cursor per country seen; plays of unknown countries stay in the period's zone.
    std::unordered_map<std::uint16_t, TimeZone::Cursor> abroad;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const TimeZone* zone = countryZone(columns.country[i]);
        if (zone == nullptr) {
            columns.localStart.push_back(home.toLocal(columns.startedAt[i]));
            continue;
        }
        auto cursor = abroad.try_emplace(columns.country[i], *zone).first;
        columns.localStart.push_back(cursor->second.toLocal(columns.startedAt[i]));
    }
    return columns;
}

Result<ItemIndex> loadItemIndex(store::Database& db)
{
    auto stmt = db.prepare("SELECT id, creator_id, COALESCE(album_id, 0) FROM items ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    ItemIndex index;
    while (stmt->step()) {
        const auto id = static_cast<std::size_t>(stmt->int64(0));
        if (id >= index.creatorOf.size()) {
            index.creatorOf.resize(id + 1, 0);
            index.albumOf.resize(id + 1, 0);
        }
        index.creatorOf[id] = static_cast<std::int32_t>(stmt->int64(1));
        index.albumOf[id] = static_cast<std::int32_t>(stmt->int64(2));
        index.creatorCount = std::max(index.creatorCount, index.creatorOf[id] + 1);
        index.albumCount = std::max(index.albumCount, index.albumOf[id] + 1);
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return index;
}

} // namespace tunescope::analytics
