#include "FakeCatalogue.h"

#include "CatalogueWords.h"
#include "SeededRandom.h"

#include <algorithm>
#include <set>
#include <utility>

namespace tunescope::fakes {

namespace {

std::string uniqueId(SeededRandom& random, std::set<std::string>& used)
{
    while (true) {
        std::string id = random.base62(22);
        if (used.insert(id).second) {
            return id;
        }
    }
}

std::string artistName(SeededRandom& random, int index)
{
    // Every seventh artist gets one of the fixed awkward names while they last.
    const auto special = static_cast<std::size_t>(index / 7);
    if (index % 7 == 3 && special < words::kSpecialArtistNames.size()) {
        return std::string(words::kSpecialArtistNames[special]);
    }
    switch (random.between(0, 2)) {
    case 0:
        return "The " + std::string(random.pick(words::kAdjectives)) + " " + std::string(random.pick(words::kNouns)) +
               "s";
    case 1: return std::string(random.pick(words::kAdjectives)) + " " + std::string(random.pick(words::kNouns));
    default: return std::string(random.pick(words::kFirstNames)) + " " + std::string(random.pick(words::kLastNames));
    }
}

std::string releaseName(SeededRandom& random, const std::string& type, const std::string& artist)
{
    if (type == "compilation") {
        return random.chance(50) ? "The Best of " + artist
                                 : "Collected " + std::string(random.pick(words::kNouns)) + "s";
    }
    switch (random.between(0, 3)) {
    case 0: return std::string(random.pick(words::kAdjectives)) + " " + std::string(random.pick(words::kNouns));
    case 1: return "Songs for the " + std::string(random.pick(words::kNouns));
    case 2: return std::string(random.pick(words::kNouns)) + " Sessions";
    default: return std::string(random.pick(words::kNouns));
    }
}

std::string trackName(SeededRandom& random)
{
    std::string name =
        random.chance(50) ? std::string(random.pick(words::kAdjectives)) + " " + std::string(random.pick(words::kNouns))
                          : "The " + std::string(random.pick(words::kNouns)) + " Song";
    if (random.chance(12)) {
        name += random.pick(words::kTrackSuffixes);
    }
    return name;
}

std::string twoDigits(int value)
{
    std::string digits = std::to_string(value);
    return digits.size() < 2 ? std::string(2 - digits.size(), '0').append(digits) : digits;
}

// Mostly day precision; some old releases only know the year or the month, as on Spotify.
std::pair<std::string, std::string> releaseDate(SeededRandom& random, int year)
{
    const int month = random.between(1, 12);
    const int day = random.between(1, 28);
    if (year < 1990 && random.chance(40)) {
        return {std::to_string(year), "year"};
    }
    if (random.chance(8)) {
        return {std::to_string(year) + "-" + twoDigits(month), "month"};
    }
    return {std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day), "day"};
}

std::string albumTypeFor(SeededRandom& random, std::size_t releaseIndex)
{
    if (releaseIndex == 0) {
        return "album";
    }
    const int roll = random.between(1, 100);
    return roll <= 40 ? "album" : (roll <= 85 ? "single" : "compilation");
}

} // namespace

FakeCatalogue FakeCatalogue::generate(const CatalogueShape& shape)
{
    SeededRandom random(shape.seed);
    FakeCatalogue catalogue;
    std::set<std::string> usedIds;
    std::set<std::string> usedNames;

    for (int a = 0; a < shape.artistCount; ++a) {
        FakeArtist artist;
        artist.id = uniqueId(random, usedIds);
        do {
            artist.name = artistName(random, a);
        } while (!usedNames.insert(artist.name).second);
        artist.hasImages = a % 13 != 5;
        const int genreCount = random.between(0, 3);
        for (int g = 0; g < genreCount; ++g) {
            std::string genre(random.pick(words::kGenres));
            if (std::find(artist.genres.begin(), artist.genres.end(), genre) == artist.genres.end()) {
                artist.genres.push_back(std::move(genre));
            }
        }
        artist.popularity = random.between(5, 95);
        artist.followers = random.between(100, 5'000'000);

        const int releaseCount = random.between(3, 6);
        int year = random.between(1972, 2016);
        for (int r = 0; r < releaseCount; ++r) {
            FakeAlbum album;
            album.id = uniqueId(random, usedIds);
            album.albumType = albumTypeFor(random, static_cast<std::size_t>(r));
            album.name = releaseName(random, album.albumType, artist.name);
            year = std::min(2026, year + random.between(0, 4));
            std::tie(album.releaseDate, album.releaseDatePrecision) = releaseDate(random, year);
            album.artistIds.push_back(artist.id);
            album.label = std::string(random.pick(words::kLabels));
            album.upc = random.digits(12);
            album.popularity = random.between(0, 90);

            const int trackCount = album.albumType == "single" ? random.between(1, 3) : random.between(5, 12);
            for (int t = 0; t < trackCount; ++t) {
                FakeTrack track;
                track.id = uniqueId(random, usedIds);
                track.name = trackName(random);
                track.albumId = album.id;
                track.artistIds.push_back(artist.id);
                track.durationMs = random.between(95'000, 420'000);
                track.trackNumber = t + 1;
                track.explicitLyrics = random.chance(15);
                track.popularity = random.between(0, 95);
                track.isrc = "QZFK" + std::to_string(year % 100 + 100).substr(1) + random.digits(5);
                album.trackIds.push_back(track.id);
                catalogue.tracks_.push_back(std::move(track));
            }
            artist.albumIds.push_back(album.id);
            catalogue.albums_.push_back(std::move(album));
        }
        catalogue.artists_.push_back(std::move(artist));
    }

    // Guest appearances: a featured artist on another artist's track makes that album show up
    // under the guest's "appears_on" group.
    const int artistCount = static_cast<int>(catalogue.artists_.size());
    for (auto& track : catalogue.tracks_) {
        if (artistCount < 2 || !random.chance(10)) {
            continue;
        }
        const auto& guest = catalogue.artists_[static_cast<std::size_t>(random.between(0, artistCount - 1))];
        if (guest.id == track.artistIds.front()) {
            continue;
        }
        track.artistIds.push_back(guest.id);
    }
    catalogue.index();
    for (const auto& track : catalogue.tracks_) {
        for (std::size_t i = 1; i < track.artistIds.size(); ++i) {
            auto& guest = catalogue.artists_[catalogue.artistIndex_.at(track.artistIds[i])];
            if (std::find(guest.appearsOnIds.begin(), guest.appearsOnIds.end(), track.albumId) ==
                guest.appearsOnIds.end()) {
                guest.appearsOnIds.push_back(track.albumId);
            }
        }
    }
    if (shape.prolificReleases > 0) {
        catalogue.addProlificArtist(shape);
    }
    return catalogue;
}

void FakeCatalogue::addProlificArtist(const CatalogueShape& shape)
{
    // Its own random sequence, so the artists generated above are the same with or without it.
    SeededRandom random(shape.seed ^ 0x9E3779B97F4A7C15ULL);
    std::set<std::string> usedIds;
    for (const auto& artist : artists_) {
        usedIds.insert(artist.id);
    }
    for (const auto& album : albums_) {
        usedIds.insert(album.id);
    }
    for (const auto& track : tracks_) {
        usedIds.insert(track.id);
    }
    FakeArtist artist;
    artist.id = uniqueId(random, usedIds);
    artist.name = std::string(kProlificArtistName);
    artist.genres = {"post-rock", "ambient"};
    artist.popularity = 61;
    artist.followers = 123'456;

    const int total = shape.prolificReleases;
    const int appearances = std::min(total / 4, static_cast<int>(albums_.size()));
    const int compilations = total / 10;
    const int singles = (total - appearances - compilations) * 2 / 5;
    const int albums = total - appearances - compilations - singles;
    // Oldest first, one release every seven months from 1995 on, so every date is different; the
    // first ones have only a year or a month, as old releases on Spotify do.
    const int ownCount = albums + singles + compilations;
    for (int r = 0; r < ownCount; ++r) {
        FakeAlbum album;
        album.id = uniqueId(random, usedIds);
        album.albumType = r < albums ? "album" : (r < albums + singles ? "single" : "compilation");
        album.name = releaseName(random, album.albumType, artist.name) + " " + std::to_string(r + 1);
        const int year = 1995 + r * 7 / 12;
        const int month = 1 + (r * 7) % 12;
        if (r == 0) {
            album.releaseDate = std::to_string(year);
            album.releaseDatePrecision = "year";
        } else if (r == 1) {
            album.releaseDate = std::to_string(year) + "-" + twoDigits(month);
            album.releaseDatePrecision = "month";
        } else {
            album.releaseDate = std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(1 + (r * 7) % 28);
            album.releaseDatePrecision = "day";
        }
        album.artistIds.push_back(artist.id);
        album.label = std::string(random.pick(words::kLabels));
        album.upc = random.digits(12);
        album.popularity = random.between(0, 90);
        // The newest album has two discs of 30 tracks: more than one page of album tracks (50).
        const bool longest = r == albums - 1;
        const int trackCount = longest                       ? 60
                               : album.albumType == "single" ? random.between(1, 3)
                                                             : random.between(11, 14);
        for (int t = 0; t < trackCount; ++t) {
            FakeTrack track;
            track.id = uniqueId(random, usedIds);
            track.name = trackName(random);
            track.albumId = album.id;
            track.artistIds.push_back(artist.id);
            track.durationMs = random.between(95'000, 420'000);
            track.discNumber = longest ? 1 + t / 30 : 1;
            track.trackNumber = longest ? 1 + t % 30 : t + 1;
            track.explicitLyrics = random.chance(15);
            track.popularity = random.between(0, 95);
            track.isrc = "QZFK" + std::to_string(year % 100 + 100).substr(1) + random.digits(5);
            album.trackIds.push_back(track.id);
            tracks_.push_back(std::move(track));
        }
        artist.albumIds.push_back(album.id);
        albums_.push_back(std::move(album));
    }
    // Guest spots on other artists' albums, spread over the catalogue.
    const std::size_t ownAlbumsStart = albums_.size() - static_cast<std::size_t>(ownCount);
    for (int a = 0; a < appearances; ++a) {
        const auto slot = static_cast<std::size_t>(a) * ownAlbumsStart / static_cast<std::size_t>(appearances);
        const auto& host = albums_[slot];
        for (auto& track : tracks_) {
            if (track.id == host.trackIds.front()) {
                track.artistIds.push_back(artist.id);
            }
        }
        artist.appearsOnIds.push_back(host.id);
    }
    artists_.push_back(std::move(artist));
    index();
}

void FakeCatalogue::index()
{
    artistIndex_.clear();
    albumIndex_.clear();
    trackIndex_.clear();
    for (std::size_t i = 0; i < artists_.size(); ++i) {
        artistIndex_.emplace(artists_[i].id, i);
    }
    for (std::size_t i = 0; i < albums_.size(); ++i) {
        albumIndex_.emplace(albums_[i].id, i);
    }
    for (std::size_t i = 0; i < tracks_.size(); ++i) {
        trackIndex_.emplace(tracks_[i].id, i);
    }
}

const FakeArtist* FakeCatalogue::artist(std::string_view id) const
{
    const auto found = artistIndex_.find(std::string(id));
    return found == artistIndex_.end() ? nullptr : &artists_[found->second];
}

const FakeAlbum* FakeCatalogue::album(std::string_view id) const
{
    const auto found = albumIndex_.find(std::string(id));
    return found == albumIndex_.end() ? nullptr : &albums_[found->second];
}

const FakeArtist* FakeCatalogue::prolificArtist() const
{
    for (const auto& artist : artists_) {
        if (artist.name == kProlificArtistName) {
            return &artist;
        }
    }
    return nullptr;
}

const FakeTrack* FakeCatalogue::track(std::string_view id) const
{
    const auto found = trackIndex_.find(std::string(id));
    return found == trackIndex_.end() ? nullptr : &tracks_[found->second];
}

bool isSpotifyId(std::string_view id)
{
    return id.size() == 22 && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
           });
}

} // namespace tunescope::fakes
