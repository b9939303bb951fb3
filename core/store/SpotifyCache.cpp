#include "store/SpotifyCache.h"

#include <nlohmann/json.hpp>

namespace tunescope::store {
namespace {

std::string idsJson(const std::vector<spotify::ArtistRef>& artists)
{
    auto ids = nlohmann::json::array();
    for (const auto& artist : artists) {
        ids.push_back(artist.id);
    }
    return ids.dump();
}

std::optional<std::int64_t> optionalNumber(const std::optional<int>& value)
{
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

std::optional<std::string> nonEmpty(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

} // namespace

Status SpotifyCache::putImages(const std::string& ownerId, const std::vector<spotify::Image>& images)
{
    if (images.empty()) {
        return {}; // keep what we had: a mention carries no images
    }
    auto erase = db_->prepare("DELETE FROM spotify_images WHERE owner_id = ?");
    if (!erase) {
        return erase.error();
    }
    if (auto s = erase->bind(1, ownerId).run(); !s) {
        return s;
    }
    auto insert =
        db_->prepare("INSERT INTO spotify_images(owner_id, position, url, width, height) VALUES (?, ?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& image = images[i];
        if (auto s = insert->bind(1, ownerId)
                         .bind(2, static_cast<std::int64_t>(i))
                         .bind(3, image.url)
                         .bind(4, optionalNumber(image.width))
                         .bind(5, optionalNumber(image.height))
                         .run();
            !s) {
            return s;
        }
    }
    return {};
}

Status SpotifyCache::putArtist(const spotify::Artist& artist, UtcMs fetchedAt)
{
    // The row and its images together: a crash between them would leave a "complete" artist
    // without images, and no sync would ask for it again within the freshness time.
    auto transaction = Transaction::begin(*db_);
    if (!transaction) {
        return transaction.error();
    }
    auto stmt = db_->prepare("INSERT OR REPLACE INTO spotify_artists"
                             "(spotify_id, name, genres, popularity, followers, fetched_at, complete) "
                             "VALUES (?, ?, ?, ?, ?, ?, 1)");
    if (!stmt) {
        return stmt.error();
    }
    const std::optional<std::string> genres =
        artist.genres ? std::optional<std::string>(nlohmann::json(*artist.genres).dump()) : std::nullopt;
    if (auto s = stmt->bind(1, artist.id)
                     .bind(2, artist.name)
                     .bind(3, genres)
                     .bind(4, optionalNumber(artist.popularity))
                     .bind(5, artist.followers)
                     .bind(6, fetchedAt)
                     .run();
        !s) {
        return s;
    }
    if (auto s = putImages(artist.id, artist.images); !s) {
        return s;
    }
    return transaction->commit();
}

Status SpotifyCache::putArtistMention(const spotify::ArtistRef& artist, UtcMs seenAt)
{
    // A mention never overwrites a complete entry; it only adds artists we have not seen.
    auto stmt = db_->prepare("INSERT INTO spotify_artists(spotify_id, name, fetched_at, complete) VALUES (?, ?, ?, 0) "
                             "ON CONFLICT(spotify_id) DO NOTHING");
    if (!stmt) {
        return stmt.error();
    }
    return stmt->bind(1, artist.id).bind(2, artist.name).bind(3, seenAt).run();
}

Status SpotifyCache::putAlbum(const spotify::AlbumSummary& album, UtcMs fetchedAt)
{
    auto transaction = Transaction::begin(*db_); // the album with its artists and images, or nothing
    if (!transaction) {
        return transaction.error();
    }
    auto stmt = db_->prepare("INSERT OR REPLACE INTO spotify_albums"
                             "(spotify_id, name, album_type, release_date, total_tracks, artist_ids, fetched_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) {
        return stmt.error();
    }
    if (auto s = stmt->bind(1, album.id)
                     .bind(2, album.name)
                     .bind(3, nonEmpty(album.albumType))
                     .bind(4, nonEmpty(album.releaseDate))
                     .bind(5, optionalNumber(album.totalTracks))
                     .bind(6, idsJson(album.artists))
                     .bind(7, fetchedAt)
                     .run();
        !s) {
        return s;
    }
    for (const auto& artist : album.artists) {
        if (auto s = putArtistMention(artist, fetchedAt); !s) {
            return s;
        }
    }
    if (auto s = putImages(album.id, album.images); !s) {
        return s;
    }
    return transaction->commit();
}

Status SpotifyCache::putTrack(const spotify::Track& track, UtcMs fetchedAt)
{
    auto transaction = Transaction::begin(*db_); // the track with its artists and album, or nothing
    if (!transaction) {
        return transaction.error();
    }
    auto stmt = db_->prepare("INSERT OR REPLACE INTO spotify_tracks"
                             "(spotify_id, name, duration_ms, explicit, album_id, artist_ids, isrc, fetched_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) {
        return stmt.error();
    }
    if (auto s = stmt->bind(1, track.id)
                     .bind(2, track.name)
                     .bind(3, track.durationMs)
                     .bind(4, track.explicitContent ? 1 : 0)
                     .bind(5, track.album ? std::optional<std::string>(track.album->id) : std::nullopt)
                     .bind(6, idsJson(track.artists))
                     .bind(7, track.isrc)
                     .bind(8, fetchedAt)
                     .run();
        !s) {
        return s;
    }
    for (const auto& artist : track.artists) {
        if (auto s = putArtistMention(artist, fetchedAt); !s) {
            return s;
        }
    }
    if (track.album) {
        if (auto s = putAlbum(*track.album, fetchedAt); !s) {
            return s;
        }
    }
    return transaction->commit();
}

Result<std::vector<std::string>> SpotifyCache::artistsToRefresh(const std::vector<std::string>& ids, UtcMs freshSince)
{
    auto stmt = db_->prepare("SELECT 1 FROM spotify_artists WHERE spotify_id = ? AND complete = 1 AND fetched_at >= ?");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<std::string> stale;
    for (const auto& id : ids) {
        const bool fresh = stmt->bind(1, id).bind(2, freshSince).step();
        if (stmt->failed()) {
            return stmt->error();
        }
        stmt->reset();
        if (!fresh) {
            stale.push_back(id);
        }
    }
    return stale;
}

namespace {

Result<std::optional<std::string>> nameFrom(Database& db, const char* sql, const std::string& id)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->bind(1, id).step()) {
        return std::optional<std::string>(stmt->text(0));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return std::optional<std::string>();
}

} // namespace

Result<std::optional<std::string>> SpotifyCache::artistName(const std::string& id)
{
    return nameFrom(*db_, "SELECT name FROM spotify_artists WHERE spotify_id = ?", id);
}

Result<std::optional<std::string>> SpotifyCache::trackName(const std::string& id)
{
    return nameFrom(*db_, "SELECT name FROM spotify_tracks WHERE spotify_id = ?", id);
}

} // namespace tunescope::store
