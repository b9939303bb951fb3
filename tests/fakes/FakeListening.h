#pragma once

#include "FakeCatalogue.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The signed-in user's side of the fake service: profile, top lists, recent plays, saved tracks.
namespace tunescope::fakes {

enum class TimeRange { ShortTerm, MediumTerm, LongTerm };

// "short_term" / "medium_term" / "long_term"
std::string_view timeRangeName(TimeRange range);
std::optional<TimeRange> parseTimeRange(std::string_view name);

struct FakeUser {
    std::string id;
    std::string displayName;
    std::string accountId;
    std::string country = "SE"; // served only with Extended Quota
    std::string product = "premium";
    int followers = 12;
};

enum class PlayContext { None, Album, Artist };

struct RecentPlay {
    std::string trackId;
    std::int64_t playedAtMs = 0; // Unix ms, UTC
    PlayContext context = PlayContext::Album;
};

struct SavedTrack {
    std::string trackId;
    std::int64_t addedAtMs = 0;
};

struct ListeningData {
    FakeUser user;
    std::array<std::vector<std::string>, 3> topArtistIds; // by TimeRange, best first, uncapped
    std::array<std::vector<std::string>, 3> topTrackIds;
    std::vector<RecentPlay> recentPlays; // any order; the API serves newest first
    std::vector<SavedTrack> savedTracks; // any order; the API serves newest first
};

// Deterministic listening data over `catalogue`: top lists of 40/70/100 artists and 50/90/150
// tracks (short/medium/long term; the API caps what it serves at 99), 60 recent plays ending at
// 2026-11-20T18:00Z and 75 saved tracks.
ListeningData generateListening(const FakeCatalogue& catalogue, std::uint64_t seed);

// ListeningData behind a mutex: the servers read it while a test changes it.
class ListeningStore {
public:
    explicit ListeningStore(ListeningData data) : data_(std::move(data)) {}

    [[nodiscard]] FakeUser user() const;
    void setUser(FakeUser user);
    [[nodiscard]] std::vector<std::string> topArtistIds(TimeRange range) const;
    [[nodiscard]] std::vector<std::string> topTrackIds(TimeRange range) const;
    void setTopArtistIds(TimeRange range, std::vector<std::string> ids);
    void setTopTrackIds(TimeRange range, std::vector<std::string> ids);
    // Newest first.
    [[nodiscard]] std::vector<RecentPlay> recentPlays() const;
    void setRecentPlays(std::vector<RecentPlay> plays);
    void addRecentPlay(RecentPlay play);
    // Newest first.
    [[nodiscard]] std::vector<SavedTrack> savedTracks() const;
    void setSavedTracks(std::vector<SavedTrack> tracks);

private:
    mutable std::mutex mutex_;
    ListeningData data_;
};

// 1'700'000'000'123 -> "2023-11-14T22:13:20.123Z" (or without ".123" when withMillis is false).
std::string isoUtc(std::int64_t unixMs, bool withMillis);

} // namespace tunescope::fakes
