#include "store/TopSnapshots.h"

#include <limits>

namespace tunescope::store {

Result<std::int64_t> recordTopSnapshot(Database& db, TopListKind kind, TopListRange range, UtcMs takenAt,
                                       const std::vector<std::string>& spotifyIds)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto snapshot = db.prepare("INSERT INTO top_snapshots(taken_at, kind, time_range, item_count) VALUES (?, ?, ?, ?)");
    if (!snapshot) {
        return snapshot.error();
    }
    if (auto ran = snapshot->bind(1, takenAt)
                       .bind(2, static_cast<int>(kind))
                       .bind(3, static_cast<int>(range))
                       .bind(4, static_cast<std::int64_t>(spotifyIds.size()))
                       .run();
        !ran) {
        return ran.error();
    }
    const std::int64_t id = db.lastInsertId();
    auto entry = db.prepare("INSERT INTO top_entries(snapshot_id, rank, spotify_id) VALUES (?, ?, ?)");
    if (!entry) {
        return entry.error();
    }
    for (std::size_t i = 0; i < spotifyIds.size(); ++i) {
        if (auto ran = entry->bind(1, id).bind(2, static_cast<std::int64_t>(i + 1)).bind(3, spotifyIds[i]).run();
            !ran) {
            return ran.error();
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<std::optional<TopSnapshot>> latestTopSnapshot(Database& db, TopListKind kind, TopListRange range,
                                                     std::optional<UtcMs> atOrBefore)
{
    auto find = db.prepare("SELECT id, taken_at FROM top_snapshots WHERE kind = ? AND time_range = ? "
                           "AND taken_at <= ? ORDER BY taken_at DESC, id DESC LIMIT 1");
    if (!find) {
        return find.error();
    }
    find->bind(1, static_cast<int>(kind))
        .bind(2, static_cast<int>(range))
        .bind(3, atOrBefore.value_or(std::numeric_limits<UtcMs>::max()));
    if (!find->step()) {
        if (find->failed()) {
            return find->error();
        }
        return std::optional<TopSnapshot>();
    }
    TopSnapshot snapshot{find->int64(0), find->int64(1), kind, range, {}};
    auto entries = db.prepare("SELECT spotify_id FROM top_entries WHERE snapshot_id = ? ORDER BY rank");
    if (!entries) {
        return entries.error();
    }
    entries->bind(1, snapshot.id);
    while (entries->step()) {
        snapshot.spotifyIds.push_back(entries->text(0));
    }
    if (entries->failed()) {
        return entries->error();
    }
    return std::optional<TopSnapshot>(std::move(snapshot));
}

Result<std::vector<RankPoint>> rankHistory(Database& db, TopListKind kind, TopListRange range,
                                           const std::string& spotifyId)
{
    auto stmt = db.prepare("SELECT s.taken_at, e.rank FROM top_snapshots s "
                           "LEFT JOIN top_entries e ON e.snapshot_id = s.id AND e.spotify_id = ? "
                           "WHERE s.kind = ? AND s.time_range = ? ORDER BY s.taken_at, s.id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, spotifyId).bind(2, static_cast<int>(kind)).bind(3, static_cast<int>(range));
    std::vector<RankPoint> points;
    while (stmt->step()) {
        points.push_back(RankPoint{
            stmt->int64(0), stmt->isNull(1) ? std::nullopt : std::optional<int>(static_cast<int>(stmt->int64(1)))});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return points;
}

} // namespace tunescope::store
