#include "analytics/PlayScan.h"

#include "ingest/PlayRecord.h"

#include <algorithm>

namespace tunescope::analytics {

Result<PlayColumns> scanMusicPlays(store::Database& db, const Period& period)
{
    auto stmt = db.prepare("SELECT started_at, ms_played, item_id FROM plays INDEXED BY plays_by_start "
                           "WHERE started_at >= ? AND started_at < ? AND kind = ? ORDER BY started_at");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, period.begin).bind(2, period.end).bind(3, static_cast<std::int64_t>(ingest::PlayKind::Music));
    PlayColumns columns;
    TimeZone::Cursor cursor(period.zone);
    while (stmt->step()) {
        const UtcMs start = stmt->int64(0);
        columns.startedAt.push_back(start);
        columns.localStart.push_back(cursor.toLocal(start));
        columns.msPlayed.push_back(static_cast<std::int32_t>(std::min<std::int64_t>(stmt->int64(1), INT32_MAX)));
        columns.item.push_back(static_cast<std::int32_t>(stmt->int64(2)));
    }
    if (stmt->failed()) {
        return stmt->error();
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
