#include "enrich/GenreLookupStore.h"

namespace tunescope::enrich {

Status saveGenreLookup(store::Database& db, const GenreLookup& lookup)
{
    auto transaction = store::Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto clear = db.prepare("DELETE FROM artist_genres WHERE creator_id = ?");
    auto insert = db.prepare("INSERT INTO artist_genres (creator_id, genre, source, weight) VALUES (?, ?, ?, ?)");
    auto record = db.prepare("INSERT OR REPLACE INTO artist_genre_lookups "
                             "(creator_id, looked_up_at, outcome, spotify_id, mbid) VALUES (?, ?, ?, ?, ?)");
    if (!clear || !insert || !record) {
        return !clear ? clear.error() : !insert ? insert.error() : record.error();
    }
    if (auto s = clear->bind(1, lookup.creatorId).run(); !s) {
        return s;
    }
    for (const auto& genre : lookup.genres) {
        insert->bind(1, lookup.creatorId)
            .bind(2, genre.name)
            .bind(3, static_cast<int>(genre.source))
            .bind(4, genre.weight);
        if (auto s = insert->run(); !s) {
            return s;
        }
    }
    record->bind(1, lookup.creatorId)
        .bind(2, std::int64_t{lookup.lookedUpAt})
        .bind(3, static_cast<int>(lookup.outcome))
        .bind(4, lookup.spotifyId)
        .bind(5, lookup.mbid);
    if (auto s = record->run(); !s) {
        return s;
    }
    return transaction->commit();
}

Result<std::map<std::int64_t, LookupState>> genreLookupStates(store::Database& db)
{
    auto stmt = db.prepare("SELECT creator_id, looked_up_at, outcome FROM artist_genre_lookups");
    if (!stmt) {
        return stmt.error();
    }
    std::map<std::int64_t, LookupState> states;
    while (stmt->step()) {
        states[stmt->int64(0)] = LookupState{stmt->int64(1), static_cast<GenreLookupOutcome>(stmt->int64(2))};
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return states;
}

} // namespace tunescope::enrich
