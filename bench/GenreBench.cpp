// Genre enrichment of the demo profile's artists against the fake MusicBrainz (tests/fakes,
// loopback only) at MusicBrainz's real pace of one request per second, on a virtual clock: the
// client's waits (the request gate, backoff) pass instantly, and the fake measures arrivals on the
// same clock, so "a second apart" is checked exactly while the run takes seconds, not minutes.
// Prints the requests, the time spent besides waiting, the real-time equivalent, the busiest
// one-second window and the requests the fake refused as too fast (must be 0).
// Usage: tunescope_genre_bench [ARTISTS]   (default: the demo profile's 320)
#include "FakeMusicBrainz.h"
#include "ManualClock.h"

#include "demo/DemoProfile.h"
#include "enrich/GenreEnrichment.h"
#include "store/Migrations.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

using namespace tunescope;
using namespace std::chrono_literals;

namespace {

// The demo's artists as MusicBrainz might know them: most with genres (a few with tags only), some
// unknown, some sharing their name with another artist (no guess is allowed then).
int describeToFake(store::Database& db, fakes::FakeMusicBrainz& fake)
{
    auto stmt = db.prepare("SELECT name FROM creators WHERE kind = 1 ORDER BY id");
    int number = 0;
    while (stmt && stmt->step()) {
        const std::string name = stmt->text(0);
        const int kind = number % 10;
        if (kind < 7) {
            fake.addArtist({fakes::FakeMusicBrainz::mbidFor(number),
                            name,
                            {{"indie rock", 3 + kind}, {"dream pop", 1 + number % 3}},
                            {{"seen live", 5}},
                            "",
                            100});
        } else if (kind == 7) {
            fake.addArtist({fakes::FakeMusicBrainz::mbidFor(number), name, {}, {{"lo-fi", 2}}, "", 100});
        } else if (kind == 8) {
            fake.addArtist({fakes::FakeMusicBrainz::mbidFor(number), name, {{"jazz", 1}}, {}, "US band", 100});
            fake.addArtist(
                {fakes::FakeMusicBrainz::mbidFor(100'000 + number), name, {{"metal", 1}}, {}, "UK band", 100});
        } // kind 9: unknown to MusicBrainz
        ++number;
    }
    return number;
}

} // namespace

int main(int argc, char** argv)
{
    demo::DemoOptions demoOptions;
    if (argc > 1) {
        demoOptions.artistCount = static_cast<std::size_t>(std::max(1, std::atoi(argv[1])));
    }
    auto db = store::Database::openInMemory();
    if (!db || !store::migrate(*db) || !demo::buildDemoProfile(*db, demoOptions)) {
        std::fprintf(stderr, "could not build the demo profile\n");
        return 1;
    }
    // The demo comes with made-up genres already "looked up": start from none, as a user's
    // profile after its first import does.
    if (!db->exec("DELETE FROM artist_genres; DELETE FROM artist_genre_lookups;")) {
        std::fprintf(stderr, "could not clear the demo's genres\n");
        return 1;
    }

    testing::ManualClock clock; // virtual: moves only when the client waits
    fakes::FakeMusicBrainzOptions fakeOptions;
    fakeOptions.minInterval = enrich::kMusicBrainzInterval; // the real limit
    fakeOptions.tolerance = 0ms;                            // virtual time is exact
    fakeOptions.nowMs = [&clock] { return clock.now(); };
    fakes::FakeMusicBrainz fake(fakeOptions);
    if (!fake.running()) {
        std::fprintf(stderr, "the fake MusicBrainz did not start\n");
        return 1;
    }
    const int artists = describeToFake(*db, fake);

    enrich::MusicBrainzSettings settings;
    settings.baseUrl = fake.baseUrl();
    settings.minInterval = enrich::kMusicBrainzInterval; // as for musicbrainz.org itself
    settings.clock = &clock;
    auto client = enrich::MusicBrainzClient::create(settings);
    if (!client) {
        std::fprintf(stderr, "%s\n", client.error().message.c_str());
        return 1;
    }

    const UtcMs virtualStart = clock.now();
    const auto wallStart = std::chrono::steady_clock::now();
    // When the most played artists are done: they fill the top of every chart.
    std::vector<std::pair<std::size_t, double>> milestones{{10, 0.0}, {50, 0.0}, {100, 0.0}};
    const enrich::GenreProgressFn progress = [&](std::size_t done, std::size_t, const std::string&) {
        for (auto& [count, seconds] : milestones) {
            if (done == count && seconds == 0.0) {
                seconds = static_cast<double>(clock.now() - virtualStart) / 1000.0 +
                          std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
            }
        }
    };
    const auto summary = enrich::enrichGenres(*db, **client, {}, progress, {}, clock);
    const double wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    const double waitedSeconds = static_cast<double>(clock.now() - virtualStart) / 1000.0;
    if (summary.error) {
        std::fprintf(stderr, "enrichment failed: %s\n", summary.error->message.c_str());
        return 1;
    }

    const int busiest = fake.busiestWindow(1000ms);
    const int tooFast = fake.tooFast();
    std::printf("demo profile: %d artists; fake MusicBrainz at its real limit (1 request/s), virtual clock\n\n",
                artists);
    std::printf("looked up %zu: %zu found, %zu none, %zu ambiguous (no guess)\n", summary.lookedUp, summary.found,
                summary.none, summary.ambiguous);
    std::printf("requests                     %8zu   (%.2f per artist)\n", summary.requests,
                static_cast<double>(summary.requests) /
                    static_cast<double>(std::max<std::size_t>(1, summary.lookedUp)));
    std::printf("time besides waits           %8.2f s (%.1f ms per request)\n", wallSeconds,
                1000.0 * wallSeconds / static_cast<double>(std::max<std::size_t>(1, summary.requests)));
    std::printf("waits for the 1/s pace       %8.1f s\n", waitedSeconds);
    std::printf("real-time equivalent         %8.1f s (%.1f min)\n", wallSeconds + waitedSeconds,
                (wallSeconds + waitedSeconds) / 60.0);
    for (const auto& [count, seconds] : milestones) {
        if (seconds > 0.0) {
            std::printf("top %-3zu artists done after %8.1f s\n", count, seconds);
        }
    }
    std::printf("most requests in any 1 s     %8d   (must be 1)\n", busiest);
    std::printf("refused as too fast          %8d   (must be 0)\n", tooFast);
    return busiest <= 1 && tooFast == 0 ? 0 : 2;
}
