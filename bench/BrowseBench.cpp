// Requests and wall time to open an artist page with 40 releases the first time and the second
// time, against the fake Spotify answering every request after a fixed latency (default 50 ms),
// through the app's own connection (its request gate included); then how many requests the gate
// let through in any 30 s (Spotify's rate-limit window) while pages were fetched back to back.
// Usage: tunescope_browse_bench [LATENCY_MS] [SUSTAIN_SECONDS]   (loopback only, bounded in time)
#include "FakeSpotify.h"
#include "FakeSpotifyLogin.h"

#include "auth/MemorySecretStore.h"
#include "browse/Discography.h"
#include "store/Profile.h"
#include "sync/SpotifyConnection.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace tunescope;

namespace {

constexpr int kReleases = 40;

// The fewest requests for the page: the artist, each group's pages (10 a page), each release's
// track-list pages (50 a page). There is no batch lookup for new apps any more.
std::size_t minimumRequests(const fakes::FakeCatalogue& catalogue, const fakes::FakeArtist& artist)
{
    const auto pages = [](std::size_t items, std::size_t size) {
        return std::max<std::size_t>(1, (items + size - 1) / size);
    };
    std::size_t requests = 1;
    for (const auto group : browse::kGroupOrder) {
        std::size_t members = 0;
        const bool appearsOn = group == spotify::AlbumGroup::AppearsOn;
        for (const auto& id : appearsOn ? artist.appearsOnIds : artist.albumIds) {
            const auto* album = catalogue.album(id);
            if (appearsOn || album->albumType == spotify::albumGroupParam(group)) {
                ++members;
                requests += pages(album->trackIds.size(), 50);
            }
        }
        requests += pages(members, 10);
    }
    return requests;
}

// The most request starts inside any `window`, and the shortest gap between two starts.
std::pair<std::size_t, std::int64_t> busiestWindow(std::vector<std::int64_t> starts, std::int64_t windowMs)
{
    std::sort(starts.begin(), starts.end());
    std::size_t best = 0;
    std::int64_t shortestGap = starts.size() > 1 ? INT64_MAX : 0;
    std::size_t first = 0;
    for (std::size_t last = 0; last < starts.size(); ++last) {
        while (starts[last] - starts[first] >= windowMs) {
            ++first;
        }
        best = std::max(best, last - first + 1);
        if (last > 0) {
            shortestGap = std::min(shortestGap, starts[last] - starts[last - 1]);
        }
    }
    return {best, shortestGap};
}

} // namespace

int main(int argc, char** argv)
{
    const int latencyMs = argc > 1 ? std::stoi(argv[1]) : 50;
    const int sustainSeconds = argc > 2 ? std::stoi(argv[2]) : 40;
    fakes::FakeSpotifyOptions options;
    options.catalogue.prolificReleases = kReleases;
    fakes::FakeSpotify fake(options);
    const auto& artist = *fake.catalogue().prolificArtist();
    const auto dir = std::filesystem::temp_directory_path() / ("tunescope-browse-bench-" + std::to_string(::getpid()));
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
    auto api = connection.api();
    if (!api) {
        std::fprintf(stderr, "%s\n", api.error().message.c_str());
        return 1;
    }
    fake.setLatency(std::chrono::milliseconds(latencyMs));
    const std::size_t minimum = minimumRequests(fake.catalogue(), artist);
    std::printf("fake Spotify, %d ms per request; an artist with %d releases (%zu of its own, %zu appearances on "
                "other artists' albums); the fewest requests for its page: %zu\n\n",
                latencyMs, kReleases, artist.albumIds.size(), artist.appearsOnIds.size(), minimum);
    std::printf("%-34s %9s %10s %10s %14s\n", "", "requests", "x minimum", "wall s", "s per request");

    for (const char* label : {"open the artist, first time", "open the artist, second time"}) {
        const std::size_t before = (*api)->requestsSent();
        const auto start = std::chrono::steady_clock::now();
        const auto page = browse::loadDiscography(*db, *api, artist.id, {}, {}, {});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!page || !page->complete) {
            std::fprintf(stderr, "%s: %s\n", label, page ? "incomplete" : page.error().message.c_str());
            return 1;
        }
        const std::size_t requests = (*api)->requestsSent() - before;
        std::printf("%-34s %9zu %10.2f %10.3f %14.3f\n", label, requests,
                    static_cast<double>(requests) / static_cast<double>(minimum), seconds,
                    requests > 0 ? seconds / static_cast<double>(requests) : 0.0);
    }

    // Back to back, everything asked again (freshness 0), for a little longer than the window.
    fake.clearRequestLog();
    browse::DiscographyOptions refetch;
    refetch.freshness = std::chrono::milliseconds(0);
    const auto sustainStart = std::chrono::steady_clock::now();
    int loads = 0;
    while (std::chrono::steady_clock::now() - sustainStart < std::chrono::seconds(sustainSeconds)) {
        const auto page = browse::loadDiscography(*db, *api, artist.id, refetch, {}, {});
        if (!page || page->stoppedEarly) {
            std::fprintf(stderr, "sustained: %s\n", page ? "stopped early" : page.error().message.c_str());
            return 1;
        }
        ++loads;
    }
    const double sustained = std::chrono::duration<double>(std::chrono::steady_clock::now() - sustainStart).count();
    std::vector<std::int64_t> starts;
    for (const auto& request : fake.requests()) {
        starts.push_back(request.receivedAtMs);
    }
    const auto [busiest, shortestGap] = busiestWindow(starts, 30'000);
    std::printf("\nback to back for %.1f s (%d pages, %zu requests): at most %zu requests in any 30 s "
                "(%.1f per second), starts at least %lld ms apart\n",
                sustained, loads, starts.size(), busiest, static_cast<double>(busiest) / 30.0,
                static_cast<long long>(shortestGap));
    std::filesystem::remove_all(dir);
    return 0;
}
