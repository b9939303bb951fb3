// Two tunescope processes on one profile at the same time: both imports go in whole (SQLite's
// locking serialises the writers), nothing is counted twice, and the database stays sound.

#include "CliRunner.h"
#include "TestSupport.h"

#include "store/Profile.h"
#include "util/CivilTime.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <future>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

// An extended-history file of `count` plays, one every 4 minutes from `start`, each its own track
// so that two files with different artists share nothing.
std::string history(const char* start, const char* artist, int count)
{
    const UtcMs first = parseIsoTimestamp(start).value_or(0);
    std::string json = "[";
    for (int i = 0; i < count; ++i) {
        json.append(i == 0 ? "" : ",").append(R"({"ts": ")").append(formatIsoUtc(first + i * 240'000LL));
        json.append(R"(", "ms_played": 200000, "master_metadata_track_name": "Track )").append(std::to_string(i));
        json.append(R"(", "master_metadata_album_artist_name": ")").append(artist);
        json.append(R"(", "master_metadata_album_album_name": "Album", "reason_end": "trackdone"})");
    }
    return json.append("]");
}

TEST(SharedProfileCli, TwoImportsAtOnceBothGoInWhole)
{
    testing::TempDir data;
    testing::TempDir inputs;
    // Big enough that the two imports overlap (each takes longer than starting a process).
    constexpr int kPlays = 20'000;
    const auto first =
        inputs.write("Streaming_History_Audio_2024_0.json", history("2022-01-01T00:00:00Z", "Mira Sol", kPlays));
    const auto second =
        inputs.write("Streaming_History_Audio_2024_1.json", history("2022-01-01T00:02:00Z", "Noor", kPlays));
    auto a = std::async(std::launch::async,
                        [&] { return runTunescope(data.path(), "import --json " + quoted(first), true); });
    auto b = std::async(std::launch::async,
                        [&] { return runTunescope(data.path(), "import --json " + quoted(second), true); });
    const auto runA = a.get();
    const auto runB = b.get();
    ASSERT_EQ(runA.exitCode, 0) << runA.out;
    ASSERT_EQ(runB.exitCode, 0) << runB.out;

    const auto stats = runTunescope(data.path(), "stats --json");
    ASSERT_EQ(stats.exitCode, 0) << stats.out;
    EXPECT_EQ(nlohmann::json::parse(stats.out)["plays"], 2 * kPlays);

    // Importing both again, again at once, adds nothing.
    auto c = std::async(std::launch::async, [&] { return runTunescope(data.path(), "import " + quoted(first)); });
    auto d = std::async(std::launch::async, [&] { return runTunescope(data.path(), "import " + quoted(second)); });
    EXPECT_EQ(c.get().exitCode, 0);
    EXPECT_EQ(d.get().exitCode, 0);
    EXPECT_EQ(nlohmann::json::parse(runTunescope(data.path(), "stats --json").out)["plays"], 2 * kPlays);

    auto db = store::openProfile(store::ProfileLocation{data.path(), "default"});
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto check = db->prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    ASSERT_TRUE(check->step());
    EXPECT_EQ(check->text(0), "ok");
}

} // namespace
} // namespace tunescope
