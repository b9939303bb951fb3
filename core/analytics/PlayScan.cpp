#include "analytics/PlayScan.h"

#include "ingest/PlayRecord.h"
#include "store/MusicChunks.h"

#include <algorithm>

namespace tunescope::analytics {

namespace {

// The slow path: one row at a time from the plays table (used when packed months are stale
// and cannot be rebuilt, e.g. on a read-only database).
Result<store::MusicColumns> readMusicRows(store::Database& db, const Period& period)
{
    auto stmt = db.prepare("SELECT started_at, ms_played, item_id FROM plays "
                           "WHERE started_at >= ? AND started_at < ? AND kind = ? ORDER BY started_at");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, period.begin).bind(2, period.end).bind(3, static_cast<std::int64_t>(ingest::PlayKind::Music));
    store::MusicColumns columns;
    while (stmt->step()) {
        columns.startedAt.push_back(stmt->int64(0));
        columns.msPlayed.push_back(static_cast<std::int32_t>(std::min<std::int64_t>(stmt->int64(1), INT32_MAX)));
        columns.item.push_back(static_cast<std::int32_t>(stmt->int64(2)));
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
    columns.startedAt = std::move(music->startedAt);
    columns.msPlayed = std::move(music->msPlayed);
    columns.item = std::move(music->item);
    columns.localStart.reserve(columns.startedAt.size());
    TimeZone::Cursor cursor(period.zone);
    for (const UtcMs start : columns.startedAt) {
        columns.localStart.push_back(cursor.toLocal(start));
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
