// Killed mid-sync (SIGKILL at many moments, against the fake Spotify answering with some latency):
// the database passes integrity_check; every top-list snapshot is whole (all its entries, each
// naming a stored track or complete artist) or absent; the recently-played batch is in whole with
// its cursor or not at all; and a rerun ends with the content of an uninterrupted sync.

#include "BinaryRun.h"
#include "FakeSpotify.h"
#include "KillLoop.h"
#include "TestSupport.h"

#include "store/Profile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <optional>

namespace tunescope {
namespace {

using namespace std::chrono_literals;

// What a sync leaves in the profile, without times and row ids.
struct SyncContent {
    std::string integrity;
    std::string digest;
    std::map<std::string, std::vector<std::string>> lists; // "kind/range" -> ids of its newest snapshot
    std::vector<std::string> broken;                       // what is not whole, in words
    std::int64_t snapshots = 0;
    std::int64_t recentPlays = 0;
    bool cursorStored = false;
};

std::string rows(store::Database& db, const std::string& sql)
{
    std::string out;
    auto stmt = db.prepare(sql);
    while (stmt && stmt->step()) {
        for (int c = 0; c < stmt->columnCount(); ++c) {
            out.append(stmt->textView(c)).append("|");
        }
        out.append("\n");
    }
    return stmt ? out : "error: " + stmt.error().message;
}

std::int64_t number(store::Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    return stmt && stmt->step() ? stmt->int64(0) : -1;
}

SyncContent readContent(const std::filesystem::path& dataDir)
{
    SyncContent content;
    auto db = store::openProfile(store::ProfileLocation{dataDir, "default"});
    EXPECT_TRUE(db.ok()) << db.error().message;
    if (!db) {
        return content;
    }
    content.integrity = rows(*db, "PRAGMA integrity_check");
    content.snapshots = number(*db, "SELECT count(*) FROM top_snapshots");
    // Every snapshot, whole: as many entries as it says, ranks 1..n, each naming what was stored with it.
    auto snapshots = db->prepare("SELECT id, kind, time_range, item_count FROM top_snapshots ORDER BY taken_at, id");
    while (snapshots && snapshots->step()) {
        const std::string id = std::to_string(snapshots->int64(0));
        const std::string list = std::to_string(snapshots->int64(1)) + "/" + std::to_string(snapshots->int64(2));
        const bool artists = snapshots->int64(1) == 1;
        const std::string entries = " FROM top_entries WHERE snapshot_id = " + id;
        const auto count = number(*db, "SELECT count(*)" + entries);
        if (count != snapshots->int64(3) || number(*db, "SELECT coalesce(max(rank), 0)" + entries) != count) {
            content.broken.push_back("snapshot " + list + " has " + std::to_string(count) + " of " +
                                     std::to_string(snapshots->int64(3)) + " entries");
        }
        const auto unnamed =
            number(*db, "SELECT count(*)" + entries + " AND spotify_id NOT IN (SELECT spotify_id FROM " +
                            (artists ? "spotify_artists WHERE complete = 1)" : "spotify_tracks)"));
        if (unnamed != 0) {
            content.broken.push_back("snapshot " + list + " names " + std::to_string(unnamed) + " unstored entities");
        }
        std::vector<std::string> ids;
        auto entry = db->prepare("SELECT spotify_id" + entries + " ORDER BY rank");
        while (entry && entry->step()) {
            ids.push_back(entry->text(0));
        }
        content.lists[list] = ids;
    }
    content.recentPlays = number(*db, "SELECT count(*) FROM plays WHERE source = 3");
    content.cursorStored = number(*db, "SELECT count(*) FROM sync_state WHERE key = 'recently_played_after'") == 1;
    // The snapshots as a sorted multiset of their contents (a rerun takes the missing lists later).
    content.digest = rows(*db, "SELECT s.kind, s.time_range, group_concat(e.spotify_id, ',') FROM top_snapshots s "
                               "JOIN (SELECT * FROM top_entries ORDER BY snapshot_id, rank) e ON e.snapshot_id = s.id "
                               "GROUP BY s.id ORDER BY 1, 2, 3");
    content.digest += rows(*db, "SELECT spotify_id, name, genres, popularity, followers, complete FROM "
                                "spotify_artists ORDER BY 1");
    content.digest += rows(*db, "SELECT spotify_id, name, duration_ms, explicit, album_id, artist_ids, isrc FROM "
                                "spotify_tracks ORDER BY 1");
    content.digest += rows(*db, "SELECT spotify_id, name, album_type, release_date, total_tracks, artist_ids FROM "
                                "spotify_albums ORDER BY 1");
    content.digest += rows(*db, "SELECT * FROM spotify_images ORDER BY 1, 2");
    content.digest += rows(*db, "SELECT p.started_at, p.ms_played, i.name FROM plays p JOIN items i ON i.id = "
                                "p.item_id ORDER BY 1, 3");
    content.digest += rows(*db, "SELECT value FROM sync_state WHERE key = 'recently_played_after'");
    return content;
}

class SyncCrash : public ::testing::Test {
protected:
    static fakes::FakeSpotifyOptions slowSpotify()
    {
        fakes::FakeSpotifyOptions options;
        options.latency = 20ms; // every answer takes a while, so kills land between and inside requests
        options.catalogue.artistCount = 40;
        return options;
    }

    void SetUp() override
    {
        ASSERT_TRUE(fake.running());
        // Top artist lists naming only some artists: the others, named by the top tracks and the
        // recent plays, are the artist details step's work.
        std::vector<std::string> some;
        for (std::size_t i = 0; i < 25; ++i) {
            some.push_back(fake.catalogue().artists().at(i).id);
        }
        for (const auto range :
             {fakes::TimeRange::ShortTerm, fakes::TimeRange::MediumTerm, fakes::TimeRange::LongTerm}) {
            fake.setTopArtistIds(range, some);
        }
    }

    std::string environment(const std::filesystem::path& dataDir) const
    {
        return "TUNESCOPE_DATA_DIR='" + dataDir.string() + "' TUNESCOPE_SPOTIFY_API_URL='" + fake.apiBaseUrl() +
               "' TUNESCOPE_SPOTIFY_TOKEN='" + token + "' TZ=UTC";
    }

    testing::BinaryRun sync(const std::filesystem::path& dataDir)
    {
        return testing::runBinary(environment(dataDir), "sync --json", scratch.path() / "stderr.txt");
    }

    fakes::FakeSpotify fake{slowSpotify()};
    std::string token = fake.issueTokens({"user-top-read", "user-read-recently-played", "user-library-read"})
                            .accessToken; // never printed
    testing::TempDir scratch;
};

TEST_F(SyncCrash, ASyncKilledAtAnyMomentLeavesWholeStepsAndARerunEndsWhereAnUninterruptedOneDoes)
{
    testing::TempDir reference;
    const auto started = std::chrono::steady_clock::now();
    const auto uninterrupted = sync(reference.path());
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    ASSERT_EQ(uninterrupted.exitCode, 0) << uninterrupted.out << uninterrupted.err;
    const SyncContent whole = readContent(reference.path());
    ASSERT_EQ(whole.integrity, "ok|\n");
    ASSERT_EQ(whole.snapshots, 6);
    ASSERT_TRUE(whole.broken.empty()) << whole.broken.front();
    ASSERT_GT(whole.recentPlays, 0);
    ASSERT_TRUE(whole.cursorStored);

    std::optional<testing::TempDir> data;
    int stepsKept = 0;
    const auto tally = testing::killRepeatedly(
        12, 5ms, took, 20'261'203,
        [&](int) {
            data.emplace();
            return testing::KilledRun{environment(data->path()), "sync --json"};
        },
        [&](int k, bool) {
            if (std::filesystem::exists(store::ProfileLocation{data->path(), "default"}.databaseFile())) {
                const SyncContent killed = readContent(data->path());
                EXPECT_EQ(killed.integrity, "ok|\n") << "kill " << k;
                for (const auto& broken : killed.broken) {
                    ADD_FAILURE() << "kill " << k << ": " << broken;
                }
                for (const auto& [list, ids] : killed.lists) {
                    EXPECT_EQ(ids, whole.lists.at(list)) << "kill " << k << ": list " << list;
                }
                EXPECT_TRUE(killed.recentPlays == 0 || killed.recentPlays == whole.recentPlays)
                    << "kill " << k << ": " << killed.recentPlays << " recent plays";
                EXPECT_EQ(killed.cursorStored, killed.recentPlays > 0) << "kill " << k;
                stepsKept += static_cast<int>(killed.snapshots) + (killed.recentPlays > 0 ? 1 : 0);
            }
            const auto rerun = sync(data->path());
            ASSERT_EQ(rerun.exitCode, 0) << "rerun after kill " << k << ": " << rerun.out << rerun.err;
            const SyncContent after = readContent(data->path());
            EXPECT_EQ(after.integrity, "ok|\n");
            EXPECT_EQ(after.snapshots, 6) << "kill " << k;
            EXPECT_TRUE(after.broken.empty()) << "kill " << k;
            EXPECT_EQ(after.digest, whole.digest) << "kill " << k;
        });
    RecordProperty("kill_points_tried", tally.tried);
    RecordProperty("kills_mid_run", tally.landed);
    RecordProperty("steps_kept_before_a_kill", stepsKept);
    EXPECT_GE(tally.landed, 6) << "most kills should land while the sync runs";
}

} // namespace
} // namespace tunescope
