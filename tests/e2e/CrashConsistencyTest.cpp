// Killed mid-import (SIGKILL at many moments): the database passes integrity_check, holds each file
// either whole or not at all, and a rerun ends with exactly what an uninterrupted import gives.

#include "CliRunner.h"
#include "KillLoop.h"
#include "TestSupport.h"

#include "store/Profile.h"
#include "util/CivilTime.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

constexpr int kFiles = 3;
constexpr int kPlaysPerFile = 6'000;

// File f holds plays of year 2020 + f, one every 4 minutes, each its own track.
std::string history(int file)
{
    const UtcMs first =
        parseIsoTimestamp(std::to_string(2020 + file) + "-01-01T00:10:00Z").value_or(0); // started_at stays in the year
    std::string json = "[";
    for (int i = 0; i < kPlaysPerFile; ++i) {
        json.append(i == 0 ? "" : ",").append(R"({"ts": ")").append(formatIsoUtc(first + i * 240'000LL));
        json.append(R"(", "ms_played": 200000, "master_metadata_track_name": "Track )").append(std::to_string(i));
        json.append(R"(", "master_metadata_album_artist_name": "Artist )").append(std::to_string(i % 97));
        json.append(R"(", "master_metadata_album_album_name": "Album", "reason_end": "trackdone"})");
    }
    return json.append("]");
}

// What the profile holds, independent of row ids: every play with its names, and per-year counts.
struct Content {
    std::vector<std::int64_t> playsPerFile;
    std::string digest;
    std::string integrity;
};

Content readContent(const std::filesystem::path& dataDir)
{
    Content content;
    auto db = store::openProfile(store::ProfileLocation{dataDir, "default"});
    EXPECT_TRUE(db.ok()) << db.error().message;
    if (!db) {
        return content;
    }
    auto check = db->prepare("PRAGMA integrity_check");
    content.integrity = check && check->step() ? check->text(0) : "failed";
    for (int f = 0; f < kFiles; ++f) {
        auto count = db->prepare("SELECT count(*) FROM plays WHERE strftime('%Y', started_at / 1000, 'unixepoch') = ?");
        const std::string year = std::to_string(2020 + f);
        count->bind(1, std::string_view(year));
        content.playsPerFile.push_back(count->step() ? count->int64(0) : -1);
    }
    auto rows = db->prepare("SELECT p.started_at, p.ms_played, i.name, c.name FROM plays p JOIN items i ON "
                            "i.id = p.item_id JOIN creators c ON c.id = i.creator_id ORDER BY p.started_at, i.name");
    std::size_t hash = 0;
    while (rows->step()) {
        const std::string row = std::to_string(rows->int64(0)) + '|' + std::to_string(rows->int64(1)) + '|' +
                                rows->text(2) + '|' + rows->text(3);
        hash = hash * 1'000'003U ^ std::hash<std::string>{}(row);
    }
    content.digest = std::to_string(hash);
    return content;
}

TEST(CrashConsistency, AnImportKilledAtAnyMomentLeavesWholeFilesAndARerunCompletesIt)
{
    testing::TempDir inputs;
    std::vector<std::filesystem::path> files;
    for (int f = 0; f < kFiles; ++f) {
        files.push_back(inputs.write("Streaming_History_Audio_" + std::to_string(2020 + f) + ".json", history(f)));
    }
    testing::TempDir reference;
    std::string args = "import";
    for (const auto& file : files) {
        args.append(" ").append(quoted(file));
    }
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(runTunescope(reference.path(), args).exitCode, 0);
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    const Content whole = readContent(reference.path());
    ASSERT_EQ(whole.integrity, "ok");
    ASSERT_EQ(whole.playsPerFile, std::vector<std::int64_t>(kFiles, kPlaysPerFile));

    // Kill points spread over the import's whole run (process start, parsing, each file's
    // transaction, the commit; as long as it took uninterrupted), chosen at random but reproducibly.
    int partial = 0;
    std::optional<testing::TempDir> data;
    const auto tally = testing::killRepeatedly(
        12, std::chrono::milliseconds(5), took, 20'261'202,
        [&](int) {
            data.emplace();
            return testing::KilledRun{"", "--data-dir " + quoted(data->path()) + " " + args};
        },
        [&](int k, bool) {
            if (std::filesystem::exists(store::ProfileLocation{data->path(), "default"}.databaseFile())) {
                const Content killed = readContent(data->path());
                EXPECT_EQ(killed.integrity, "ok") << "kill " << k;
                for (const auto count : killed.playsPerFile) {
                    EXPECT_TRUE(count == 0 || count == kPlaysPerFile)
                        << "kill " << k << ": a file half in (" << count << ")";
                    partial += count == kPlaysPerFile ? 1 : 0;
                }
            }
            ASSERT_EQ(runTunescope(data->path(), args).exitCode, 0) << "rerun after kill " << k;
            const Content rerun = readContent(data->path());
            EXPECT_EQ(rerun.integrity, "ok");
            EXPECT_EQ(rerun.playsPerFile, whole.playsPerFile) << "kill " << k;
            EXPECT_EQ(rerun.digest, whole.digest) << "kill " << k;
        });
    RecordProperty("kill_points_tried", tally.tried);
    RecordProperty("kills_mid_run", tally.landed);
    RecordProperty("files_in_before_a_kill", partial);
}

} // namespace
} // namespace tunescope
