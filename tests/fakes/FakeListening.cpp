#include "FakeListening.h"

#include "SeededRandom.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace tunescope::fakes {

namespace {

constexpr std::array<std::string_view, 3> kRangeNames{"short_term", "medium_term", "long_term"};
constexpr std::array<std::size_t, 3> kTopArtistCounts{40, 70, 100};
constexpr std::array<std::size_t, 3> kTopTrackCounts{50, 90, 150};
constexpr std::int64_t kLastPlayMs = 1'795'197'600'000; // 2026-11-20T18:00:00Z
constexpr std::int64_t kLastSaveMs = 1'794'762'000'000; // 2026-11-15T17:00:00Z

template <typename Item>
std::vector<std::string> firstIds(SeededRandom& random, const std::vector<Item>& items, std::size_t count)
{
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const auto& item : items) {
        ids.push_back(item.id);
    }
    random.shuffle(ids);
    ids.resize(std::min(count, ids.size()));
    return ids;
}

} // namespace

std::string_view timeRangeName(TimeRange range)
{
    return kRangeNames[static_cast<std::size_t>(range)];
}

std::optional<TimeRange> parseTimeRange(std::string_view name)
{
    for (std::size_t i = 0; i < kRangeNames.size(); ++i) {
        if (kRangeNames[i] == name) {
            return static_cast<TimeRange>(i);
        }
    }
    return std::nullopt;
}

ListeningData generateListening(const FakeCatalogue& catalogue, std::uint64_t seed)
{
    SeededRandom random(seed ^ 0x5EED'CAFE'F00DULL);
    ListeningData data;
    data.user.id = "31" + random.base62(26);
    std::transform(data.user.id.begin(), data.user.id.end(), data.user.id.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    data.user.displayName = "Zoë Listener";
    data.user.accountId = random.base62(10);

    for (std::size_t range = 0; range < 3; ++range) {
        data.topArtistIds[range] = firstIds(random, catalogue.artists(), kTopArtistCounts[range]);
        data.topTrackIds[range] = firstIds(random, catalogue.tracks(), kTopTrackCounts[range]);
    }

    // Recent plays: mostly from the short-term favourites, each play after the previous one ended.
    const auto& favourites = data.topTrackIds[0];
    std::int64_t playedAt = kLastPlayMs;
    for (int i = 0; i < 60 && !catalogue.tracks().empty(); ++i) {
        const std::string trackId =
            (random.chance(75) && !favourites.empty()) ? random.pick(favourites) : random.pick(catalogue.tracks()).id;
        const PlayContext context =
            random.chance(70) ? PlayContext::Album : (random.chance(50) ? PlayContext::Artist : PlayContext::None);
        data.recentPlays.push_back({trackId, playedAt, context});
        const auto* track = catalogue.track(trackId);
        playedAt -= (track ? track->durationMs : 200'000) + random.between(0, 600'000) + random.between(0, 999);
    }

    std::vector<std::string> saved = firstIds(random, catalogue.tracks(), 75);
    std::int64_t addedAt = kLastSaveMs;
    for (auto& id : saved) {
        data.savedTracks.push_back({std::move(id), addedAt});
        addedAt -= static_cast<std::int64_t>(random.between(1, 20)) * 86'400'000 +
                   static_cast<std::int64_t>(random.between(0, 86'399)) * 1000;
    }
    return data;
}

FakeUser ListeningStore::user() const
{
    const std::lock_guard lock(mutex_);
    return data_.user;
}

void ListeningStore::setUser(FakeUser user)
{
    const std::lock_guard lock(mutex_);
    data_.user = std::move(user);
}

std::vector<std::string> ListeningStore::topArtistIds(TimeRange range) const
{
    const std::lock_guard lock(mutex_);
    return data_.topArtistIds[static_cast<std::size_t>(range)];
}

std::vector<std::string> ListeningStore::topTrackIds(TimeRange range) const
{
    const std::lock_guard lock(mutex_);
    return data_.topTrackIds[static_cast<std::size_t>(range)];
}

void ListeningStore::setTopArtistIds(TimeRange range, std::vector<std::string> ids)
{
    const std::lock_guard lock(mutex_);
    data_.topArtistIds[static_cast<std::size_t>(range)] = std::move(ids);
}

void ListeningStore::setTopTrackIds(TimeRange range, std::vector<std::string> ids)
{
    const std::lock_guard lock(mutex_);
    data_.topTrackIds[static_cast<std::size_t>(range)] = std::move(ids);
}

std::vector<RecentPlay> ListeningStore::recentPlays() const
{
    std::vector<RecentPlay> plays;
    {
        const std::lock_guard lock(mutex_);
        plays = data_.recentPlays;
    }
    std::stable_sort(plays.begin(), plays.end(),
                     [](const RecentPlay& a, const RecentPlay& b) { return a.playedAtMs > b.playedAtMs; });
    return plays;
}

void ListeningStore::setRecentPlays(std::vector<RecentPlay> plays)
{
    const std::lock_guard lock(mutex_);
    data_.recentPlays = std::move(plays);
}

void ListeningStore::addRecentPlay(RecentPlay play)
{
    const std::lock_guard lock(mutex_);
    data_.recentPlays.push_back(std::move(play));
}

std::vector<SavedTrack> ListeningStore::savedTracks() const
{
    std::vector<SavedTrack> tracks;
    {
        const std::lock_guard lock(mutex_);
        tracks = data_.savedTracks;
    }
    std::stable_sort(tracks.begin(), tracks.end(),
                     [](const SavedTrack& a, const SavedTrack& b) { return a.addedAtMs > b.addedAtMs; });
    return tracks;
}

void ListeningStore::setSavedTracks(std::vector<SavedTrack> tracks)
{
    const std::lock_guard lock(mutex_);
    data_.savedTracks = std::move(tracks);
}

std::string isoUtc(std::int64_t unixMs, bool withMillis)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds{unixMs}};
    const auto day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()));
    std::string text(buffer);
    if (withMillis) {
        std::snprintf(buffer, sizeof buffer, ".%03d", static_cast<int>(clock.subseconds().count()));
        text += buffer;
    }
    text += 'Z';
    return text;
}

} // namespace tunescope::fakes
