#include "enrich/FeatureCache.h"

#include <sqlite3.h>

namespace tunescope::enrich {
namespace {

// The feature columns of track_features and item_features, in AudioFeatures' order.
const std::string kColumns = "acousticness, danceability, energy, instrumentalness, liveness, speechiness, valence, "
                             "loudness, tempo, pitch_class, mode, time_signature, duration_ms";
const std::string kPlaceholders = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
const std::string kUpdateAll =
    "source = excluded.source, fetched_at = excluded.fetched_at, acousticness = excluded.acousticness, "
    "danceability = excluded.danceability, energy = excluded.energy, instrumentalness = excluded.instrumentalness, "
    "liveness = excluded.liveness, speechiness = excluded.speechiness, valence = excluded.valence, "
    "loudness = excluded.loudness, tempo = excluded.tempo, pitch_class = excluded.pitch_class, mode = excluded.mode, "
    "time_signature = excluded.time_signature, duration_ms = excluded.duration_ms";

void bindReal(store::Statement& stmt, int index, const std::optional<double>& value)
{
    if (value) {
        stmt.bind(index, *value);
    } else {
        stmt.bindNull(index);
    }
}

void bindInt(store::Statement& stmt, int index, const std::optional<int>& value)
{
    stmt.bind(index, value ? std::optional<std::int64_t>(*value) : std::nullopt);
}

// Binds the 13 feature columns from `first` on.
void bindFeatures(store::Statement& stmt, int first, const AudioFeatures& f)
{
    int i = first;
    for (const auto* value : {&f.acousticness, &f.danceability, &f.energy, &f.instrumentalness, &f.liveness,
                              &f.speechiness, &f.valence, &f.loudness, &f.tempo}) {
        bindReal(stmt, i++, *value);
    }
    bindInt(stmt, i++, f.key);
    bindInt(stmt, i++, f.mode);
    bindInt(stmt, i++, f.timeSignature);
    stmt.bind(i, f.durationMs);
}

std::optional<double> realAt(const store::Statement& stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<double>(stmt.real(column));
}

std::optional<int> intAt(const store::Statement& stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<int>(static_cast<int>(stmt.int64(column)));
}

// Reads the 13 feature columns from `first` on.
AudioFeatures readFeatures(const store::Statement& stmt, int first)
{
    AudioFeatures f;
    int i = first;
    for (auto* value : {&f.acousticness, &f.danceability, &f.energy, &f.instrumentalness, &f.liveness, &f.speechiness,
                        &f.valence, &f.loudness, &f.tempo}) {
        *value = realAt(stmt, i++);
    }
    f.key = intAt(stmt, i++);
    f.mode = intAt(stmt, i++);
    f.timeSignature = intAt(stmt, i++);
    f.durationMs = stmt.isNull(i) ? std::nullopt : std::optional<std::int64_t>(stmt.int64(i));
    return f;
}

FeatureSource sourceAt(const store::Statement& stmt, int column)
{
    return static_cast<FeatureSource>(stmt.int64(column));
}

Status runOnce(store::Statement& stmt)
{
    auto status = stmt.run();
    stmt.reset();
    return status;
}

} // namespace

Result<store::Statement*> FeatureCache::prepared(std::optional<store::Statement>& slot, const std::string& sql)
{
    if (!slot) {
        auto stmt = db_->prepare(sql);
        if (!stmt) {
            return stmt.error();
        }
        slot = std::move(stmt).value();
    }
    return &*slot;
}

Result<FeatureCache::Lookup> FeatureCache::lookUp(const std::vector<std::string>& spotifyIds)
{
    auto stmt =
        prepared(select_, "SELECT source, fetched_at, " + kColumns + " FROM track_features WHERE spotify_id = ?");
    if (!stmt) {
        return stmt.error();
    }
    Lookup lookup;
    for (const auto& id : spotifyIds) {
        store::Statement& s = **stmt;
        if (s.bind(1, id).step()) {
            if (s.isNull(0)) {
                lookup.misses[id] = s.int64(1);
            } else {
                lookup.found[id] = TrackFeatures{id, readFeatures(s, 2), sourceAt(s, 0), s.int64(1)};
            }
        }
        if (s.failed()) {
            Error error = s.error();
            s.reset();
            return error;
        }
        s.reset();
    }
    return lookup;
}

Status FeatureCache::put(const TrackFeatures& track)
{
    auto stmt = prepared(put_, "INSERT INTO track_features (spotify_id, source, fetched_at, " + kColumns +
                                   ") VALUES (?, ?, ?, " + kPlaceholders + ") ON CONFLICT(spotify_id) DO UPDATE SET " +
                                   kUpdateAll);
    if (!stmt) {
        return stmt.error();
    }
    store::Statement& s = **stmt;
    s.bind(1, track.spotifyId).bind(2, static_cast<int>(track.source)).bind(3, track.fetchedAt);
    bindFeatures(s, 4, track.features);
    return runOnce(s);
}

Result<bool> FeatureCache::putUnlessFromSpotify(const TrackFeatures& track)
{
    auto stmt = prepared(putKeepingSpotify_, "INSERT INTO track_features (spotify_id, source, fetched_at, " + kColumns +
                                                 ") VALUES (?, ?, ?, " + kPlaceholders +
                                                 ") ON CONFLICT(spotify_id) DO UPDATE SET " + kUpdateAll +
                                                 " WHERE track_features.source IS NOT 1");
    if (!stmt) {
        return stmt.error();
    }
    store::Statement& s = **stmt;
    s.bind(1, track.spotifyId).bind(2, static_cast<int>(track.source)).bind(3, track.fetchedAt);
    bindFeatures(s, 4, track.features);
    if (auto status = runOnce(s); !status) {
        return status.error();
    }
    return sqlite3_changes(db_->handle()) > 0;
}

Status FeatureCache::putMiss(const std::string& spotifyId, UtcMs at)
{
    auto stmt = prepared(miss_, "INSERT INTO track_features (spotify_id, source, fetched_at) VALUES (?, NULL, ?) "
                                "ON CONFLICT(spotify_id) DO UPDATE SET fetched_at = excluded.fetched_at "
                                "WHERE track_features.source IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    (*stmt)->bind(1, spotifyId).bind(2, at);
    return runOnce(**stmt);
}

Status FeatureCache::putForItem(std::int64_t itemId, const AudioFeatures& features, FeatureSource source, UtcMs at)
{
    auto stmt = prepared(putItem_, "INSERT INTO item_features (item_id, source, fetched_at, " + kColumns +
                                       ") VALUES (?, ?, ?, " + kPlaceholders + ") ON CONFLICT(item_id) DO UPDATE SET " +
                                       kUpdateAll);
    if (!stmt) {
        return stmt.error();
    }
    store::Statement& s = **stmt;
    s.bind(1, itemId).bind(2, static_cast<int>(source)).bind(3, at);
    bindFeatures(s, 4, features);
    return runOnce(s);
}

Result<std::map<std::string, TrackFeatures>> cachedFeatures(store::Database& db,
                                                            const std::vector<std::string>& spotifyIds)
{
    FeatureCache cache(db);
    auto lookup = cache.lookUp(spotifyIds);
    if (!lookup) {
        return lookup.error();
    }
    return std::move(lookup->found);
}

Result<std::map<std::int64_t, TrackFeatures>> cachedItemFeatures(store::Database& db,
                                                                 const std::vector<std::int64_t>& itemIds)
{
    // Features of the item's own Spotify track first: they describe exactly the recording played.
    auto byUri = db.prepare("SELECT f.spotify_id, f.source, f.fetched_at, " + kColumns +
                            " FROM items i JOIN track_features f ON f.spotify_id = substr(i.spotify_uri, 15) "
                            "WHERE i.id = ? AND i.spotify_uri LIKE 'spotify:track:%' AND f.source IS NOT NULL");
    auto byName = db.prepare("SELECT source, fetched_at, " + kColumns + " FROM item_features WHERE item_id = ?");
    if (!byUri || !byName) {
        return byUri ? byName.error() : byUri.error();
    }
    std::map<std::int64_t, TrackFeatures> out;
    for (const std::int64_t item : itemIds) {
        if (byUri->bind(1, item).step()) {
            out[item] = TrackFeatures{byUri->text(0), readFeatures(*byUri, 3), sourceAt(*byUri, 1), byUri->int64(2)};
        } else if (!byUri->failed() && byName->bind(1, item).step()) {
            out[item] = TrackFeatures{{}, readFeatures(*byName, 2), sourceAt(*byName, 0), byName->int64(1)};
        }
        if (byUri->failed() || byName->failed()) {
            return byUri->failed() ? byUri->error() : byName->error();
        }
        byUri->reset();
        byName->reset();
    }
    return out;
}

} // namespace tunescope::enrich
