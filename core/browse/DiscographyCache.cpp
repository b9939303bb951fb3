#include "browse/DiscographyCache.h"

#include "store/SpotifyCache.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

namespace tunescope::browse {
namespace {

std::string groupParam(spotify::AlbumGroup group)
{
    return std::string(spotify::albumGroupParam(group));
}

std::optional<spotify::AlbumGroup> groupFromParam(std::string_view text)
{
    for (const auto group : kGroupOrder) {
        if (spotify::albumGroupParam(group) == text) {
            return group;
        }
    }
    return std::nullopt;
}

std::size_t groupRank(spotify::AlbumGroup group)
{
    return static_cast<std::size_t>(std::find(kGroupOrder.begin(), kGroupOrder.end(), group) - kGroupOrder.begin());
}

std::string artistIdsJson(const std::vector<spotify::ArtistRef>& artists)
{
    auto ids = nlohmann::json::array();
    for (const auto& artist : artists) {
        ids.push_back(artist.id);
    }
    return ids.dump();
}

std::optional<std::int64_t> optionalInt(const store::Statement& stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<std::int64_t>(stmt.int64(column));
}

} // namespace

Result<std::optional<UtcMs>> DiscographyCache::fetchedAt(const char* sql, const std::string& id,
                                                         const std::string& group)
{
    auto stmt = db_->prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (!group.empty()) {
        stmt->bind(2, group);
    }
    if (stmt->step()) {
        return std::optional<UtcMs>(stmt->int64(0));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return std::optional<UtcMs>();
}

Result<std::optional<UtcMs>> DiscographyCache::artistFetchedAt(const std::string& artistId)
{
    return fetchedAt("SELECT fetched_at FROM spotify_artists WHERE spotify_id = ? AND complete = 1", artistId);
}

Result<std::optional<UtcMs>> DiscographyCache::groupFetchedAt(const std::string& artistId, spotify::AlbumGroup group)
{
    return fetchedAt("SELECT fetched_at FROM spotify_discography_fetches WHERE artist_id = ? AND album_group = ?",
                     artistId, groupParam(group));
}

Result<std::optional<UtcMs>> DiscographyCache::tracksFetchedAt(const std::string& albumId)
{
    return fetchedAt("SELECT fetched_at FROM spotify_album_tracklists WHERE album_id = ?", albumId);
}

Status DiscographyCache::storeArtist(const spotify::Artist& artist, UtcMs now)
{
    auto tx = store::Transaction::begin(*db_);
    if (!tx) {
        return tx.error();
    }
    if (auto s = store::SpotifyCache(*db_).putArtist(artist, now); !s) {
        return s;
    }
    return tx->commit();
}

Status DiscographyCache::storeGroup(const std::string& artistId, spotify::AlbumGroup group,
                                    const std::vector<spotify::AlbumSummary>& albums, UtcMs now)
{
    auto tx = store::Transaction::begin(*db_);
    if (!tx) {
        return tx.error();
    }
    const std::string groupName = groupParam(group);
    auto erase = db_->prepare("DELETE FROM spotify_artist_releases WHERE artist_id = ? AND album_group = ?");
    auto insert = db_->prepare("INSERT OR IGNORE INTO spotify_artist_releases(artist_id, album_group, album_id, "
                               "position) VALUES (?, ?, ?, ?)");
    auto stamp = db_->prepare("INSERT OR REPLACE INTO spotify_discography_fetches(artist_id, album_group, fetched_at) "
                              "VALUES (?, ?, ?)");
    if (!erase || !insert || !stamp) {
        return !erase ? erase.error() : (!insert ? insert.error() : stamp.error());
    }
    if (auto s = erase->bind(1, artistId).bind(2, groupName).run(); !s) {
        return s;
    }
    store::SpotifyCache cache(*db_);
    for (std::size_t i = 0; i < albums.size(); ++i) {
        if (auto s = cache.putAlbum(albums[i], now); !s) {
            return s;
        }
        if (auto s = insert->bind(1, artistId)
                         .bind(2, groupName)
                         .bind(3, albums[i].id)
                         .bind(4, static_cast<std::int64_t>(i))
                         .run();
            !s) {
            return s;
        }
    }
    if (auto s = stamp->bind(1, artistId).bind(2, groupName).bind(3, now).run(); !s) {
        return s;
    }
    return tx->commit();
}

Status DiscographyCache::storeTracks(const std::string& albumId, const std::vector<spotify::Track>& tracks, UtcMs now)
{
    auto tx = store::Transaction::begin(*db_);
    if (!tx) {
        return tx.error();
    }
    // Not SpotifyCache::putTrack: an album's track list carries neither the album object nor the
    // ISRC, and putTrack replaces the whole row, which would forget both where a sync stored them.
    auto upsert = db_->prepare(
        "INSERT INTO spotify_tracks(spotify_id, name, duration_ms, explicit, album_id, artist_ids, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(spotify_id) DO UPDATE SET name = excluded.name, "
        "duration_ms = excluded.duration_ms, explicit = excluded.explicit, album_id = excluded.album_id, "
        "artist_ids = excluded.artist_ids, fetched_at = excluded.fetched_at");
    auto erase = db_->prepare("DELETE FROM spotify_album_tracks WHERE album_id = ?");
    auto insert = db_->prepare("INSERT INTO spotify_album_tracks(album_id, position, track_id, disc_number, "
                               "track_number) VALUES (?, ?, ?, ?, ?)");
    auto stamp = db_->prepare("INSERT OR REPLACE INTO spotify_album_tracklists(album_id, fetched_at) VALUES (?, ?)");
    if (!upsert || !erase || !insert || !stamp) {
        return !upsert ? upsert.error() : (!erase ? erase.error() : (!insert ? insert.error() : stamp.error()));
    }
    if (auto s = erase->bind(1, albumId).run(); !s) {
        return s;
    }
    store::SpotifyCache cache(*db_);
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const auto& track = tracks[i];
        if (auto s = upsert->bind(1, track.id)
                         .bind(2, track.name)
                         .bind(3, track.durationMs)
                         .bind(4, std::int64_t{track.explicitContent ? 1 : 0})
                         .bind(5, albumId)
                         .bind(6, artistIdsJson(track.artists))
                         .bind(7, now)
                         .run();
            !s) {
            return s;
        }
        for (const auto& artist : track.artists) {
            if (auto s = cache.putArtistMention(artist, now); !s) {
                return s;
            }
        }
        const auto position = static_cast<std::int64_t>(i);
        if (auto s = insert->bind(1, albumId)
                         .bind(2, position)
                         .bind(3, track.id)
                         .bind(4, std::int64_t{track.discNumber.value_or(1)})
                         .bind(5, std::int64_t{track.trackNumber.value_or(static_cast<int>(i) + 1)})
                         .run();
            !s) {
            return s;
        }
    }
    if (auto s = stamp->bind(1, albumId).bind(2, now).run(); !s) {
        return s;
    }
    return tx->commit();
}

Result<std::vector<spotify::Image>> DiscographyCache::images(const std::string& ownerId)
{
    auto stmt = db_->prepare("SELECT url, width, height FROM spotify_images WHERE owner_id = ? ORDER BY position");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<spotify::Image> images;
    stmt->bind(1, ownerId);
    while (stmt->step()) {
        const auto width = optionalInt(*stmt, 1);
        const auto height = optionalInt(*stmt, 2);
        images.push_back(spotify::Image{stmt->text(0),
                                        width ? std::optional<int>(static_cast<int>(*width)) : std::nullopt,
                                        height ? std::optional<int>(static_cast<int>(*height)) : std::nullopt});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return images;
}

Result<std::optional<DiscographyCache::CachedArtist>> DiscographyCache::artist(const std::string& artistId)
{
    auto stmt = db_->prepare("SELECT name, genres, popularity, followers, fetched_at, complete FROM spotify_artists "
                             "WHERE spotify_id = ?");
    if (!stmt) {
        return stmt.error();
    }
    if (!stmt->bind(1, artistId).step()) {
        if (stmt->failed()) {
            return stmt->error();
        }
        return std::optional<CachedArtist>();
    }
    CachedArtist cached;
    cached.hit.spotifyId = artistId;
    cached.hit.name = stmt->text(0);
    if (!stmt->isNull(1)) {
        const auto genres = nlohmann::json::parse(stmt->textView(1), nullptr, false);
        if (genres.is_array()) {
            for (const auto& genre : genres) {
                if (genre.is_string()) {
                    cached.hit.genres.push_back(genre.get<std::string>());
                }
            }
        }
    }
    if (const auto popularity = optionalInt(*stmt, 2)) {
        cached.hit.popularity = static_cast<int>(*popularity);
    }
    cached.hit.followers = optionalInt(*stmt, 3);
    cached.fetchedAt = stmt->int64(4);
    cached.complete = stmt->int64(5) != 0;
    auto artistImages = images(artistId);
    if (!artistImages) {
        return artistImages.error();
    }
    cached.hit.imageUrl = pickImage(*artistImages, kThumbnailPx);
    return std::optional<CachedArtist>(std::move(cached));
}

Result<std::vector<Release>> DiscographyCache::releases(const std::string& artistId)
{
    auto stmt = db_->prepare("SELECT r.album_group, r.position, a.spotify_id, a.name, COALESCE(a.release_date, ''), "
                             "a.total_tracks FROM spotify_artist_releases r "
                             "JOIN spotify_albums a ON a.spotify_id = r.album_id WHERE r.artist_id = ?");
    if (!stmt) {
        return stmt.error();
    }
    struct Listed {
        Release release;
        std::int64_t position = 0;
    };
    std::vector<Listed> listed;
    stmt->bind(1, artistId);
    while (stmt->step()) {
        const auto group = groupFromParam(stmt->textView(0));
        if (!group) {
            continue; // a group a later version may add
        }
        Release release;
        release.group = *group;
        release.albumId = stmt->text(2);
        release.name = stmt->text(3);
        release.releaseDate = stmt->text(4);
        if (const auto total = optionalInt(*stmt, 5)) {
            release.totalTracks = static_cast<int>(*total);
        }
        listed.push_back(Listed{std::move(release), stmt->int64(1)});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    // Release dates compare as text: "2019" < "2019-04" < "2019-04-12" < "2020".
    std::sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
        if (a.release.group != b.release.group) {
            return groupRank(a.release.group) < groupRank(b.release.group);
        }
        if (a.release.releaseDate != b.release.releaseDate) {
            return a.release.releaseDate > b.release.releaseDate;
        }
        return a.position < b.position;
    });
    std::vector<Release> releases;
    releases.reserve(listed.size());
    for (auto& entry : listed) {
        auto cover = images(entry.release.albumId);
        if (!cover) {
            return cover.error();
        }
        entry.release.imageUrl = pickImage(*cover, kCoverPx);
        releases.push_back(std::move(entry.release));
    }
    return releases;
}

Result<std::vector<ReleaseTrack>> DiscographyCache::tracks(const std::string& albumId)
{
    auto stmt = db_->prepare("SELECT t.spotify_id, t.name, l.disc_number, l.track_number, t.duration_ms, t.explicit "
                             "FROM spotify_album_tracks l JOIN spotify_tracks t ON t.spotify_id = l.track_id "
                             "WHERE l.album_id = ? ORDER BY l.position");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<ReleaseTrack> tracks;
    stmt->bind(1, albumId);
    while (stmt->step()) {
        ReleaseTrack track;
        track.spotifyId = stmt->text(0);
        track.name = stmt->text(1);
        track.discNumber = static_cast<int>(stmt->int64(2));
        track.trackNumber = static_cast<int>(stmt->int64(3));
        track.durationMs = optionalInt(*stmt, 4);
        if (const auto explicitFlag = optionalInt(*stmt, 5)) {
            track.explicitContent = *explicitFlag != 0;
        }
        tracks.push_back(std::move(track));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return tracks;
}

} // namespace tunescope::browse
