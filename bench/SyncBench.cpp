// Requests and wall time of a first sync and of a second one within the freshness time, against
// the fake Spotify answering every request after a fixed latency (default 50 ms), next to the
// fewest requests the endpoint set allows for the same data.
// Usage: tunescope_sync_bench [LATENCY_MS]
#include "FakeSpotify.h"
#include "FakeSpotifyLogin.h"

#include "auth/MemorySecretStore.h"
#include "store/Profile.h"
#include "sync/SpotifyConnection.h"
#include "sync/SpotifySync.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <unistd.h>
#include <utility>

using namespace tunescope;

namespace {

// The fewest requests that fetch the same: /me, every top-list page (50 per page), one
// recently-played page, and one /artists/{id} per artist that the tracks name but no top-artist
// list already described in full (there is no batch lookup for new apps any more).
std::size_t minimumRequests(const fakes::FakeSpotify& fake)
{
    std::size_t requests = 1 + 1;
    std::set<std::string> described;
    std::set<std::string> named;
    for (const auto range : {fakes::TimeRange::ShortTerm, fakes::TimeRange::MediumTerm, fakes::TimeRange::LongTerm}) {
        const auto artists = fake.topArtistIds(range);
        const auto tracks = fake.topTrackIds(range);
        requests +=
            std::max<std::size_t>(1, (artists.size() + 49) / 50) + std::max<std::size_t>(1, (tracks.size() + 49) / 50);
        described.insert(artists.begin(), artists.end());
        for (const auto& id : tracks) {
            for (const auto& track : fake.catalogue().tracks()) {
                if (track.id == id) {
                    named.insert(track.artistIds.begin(), track.artistIds.end());
                }
            }
        }
    }
    const auto plays = fake.recentPlays(); // newest first; the API reaches the first 50
    for (std::size_t i = 0; i < std::min<std::size_t>(plays.size(), 50); ++i) {
        const auto& play = plays[i];
        for (const auto& track : fake.catalogue().tracks()) {
            if (track.id == play.trackId) {
                named.insert(track.artistIds.begin(), track.artistIds.end());
            }
        }
    }
    for (const auto& id : named) {
        requests += described.count(id) == 0 ? 1U : 0U;
    }
    return requests;
}

} // namespace

int main(int argc, char** argv)
{
    const int latencyMs = argc > 1 ? std::stoi(argv[1]) : 50;
    // A catalogue bigger than the top lists, so the top tracks name artists no top-artist list
    // describes: those cost one /artists/{id} request each.
    fakes::FakeSpotifyOptions options;
    options.catalogue.artistCount = 400;
    fakes::FakeSpotify fake(options);
    const auto dir = std::filesystem::temp_directory_path() / ("tunescope-sync-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const store::ProfileLocation profile{dir, "default"};
    auto db = store::openProfile(profile);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.c_str());
        return 1;
    }
    auth::MemorySecretStore secrets;
    sync::SpotifyConnection connection(sync::ConnectionSettings{
        profile, sync::SpotifyEndpoints{fake.apiBaseUrl(), fake.accountsBaseUrl()}, fake.clientId(), &secrets});
    if (const auto login = bench::logInToFake(connection, *db); !login) {
        std::fprintf(stderr, "login: %s\n", login.error().message.c_str());
        return 1;
    }
    const auto now = systemClock().now();
    const auto& tracks = fake.catalogue().tracks();
    for (int i = 0; i < 50; ++i) {
        fake.addRecentPlay(tracks[static_cast<std::size_t>(i * 7) % tracks.size()].id, now - (50 - i) * 240'000);
    }
    fake.setLatency(std::chrono::milliseconds(latencyMs));
    auto api = connection.api();
    const std::size_t minimum = minimumRequests(fake);
    std::printf("fake Spotify, %d ms per request; the fewest requests for a first sync of this data: %zu\n\n",
                latencyMs, minimum);
    std::printf("%-36s %9s %10s %12s %14s\n", "", "requests", "x minimum", "wall s", "s per request");
    // Within the freshness time nothing but recently played is new: one request is the floor.
    for (const auto& [label, floor] : {std::pair<const char*, std::size_t>{"first sync", minimum},
                                       std::pair<const char*, std::size_t>{"second sync (within freshness)", 1}}) {
        const auto start = std::chrono::steady_clock::now();
        const auto report = sync::syncSpotify(*db, **api, systemClock(), {}, {}, {});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!report) {
            std::fprintf(stderr, "%s: %s\n", label, report.error().message.c_str());
            return 1;
        }
        std::printf("%-36s %9zu %10.2f %12.2f %14.3f\n", label, report->requests,
                    static_cast<double>(report->requests) / static_cast<double>(floor), seconds,
                    report->requests > 0 ? seconds / static_cast<double>(report->requests) : 0.0);
    }
    std::filesystem::remove_all(dir);
    return 0;
}
