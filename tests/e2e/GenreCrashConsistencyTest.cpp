// Killed mid-enrichment (`tunescope enrich genres`, SIGKILL at many moments, against the fake
// MusicBrainz): the database passes integrity_check, every artist is looked up whole (its lookup
// row with all its genres, as the uninterrupted run stores them) or not at all, and a rerun ends
// with the content of an uninterrupted run.

#include "BinaryRun.h"
#include "FakeMusicBrainz.h"
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
using fakes::FakeMusicBrainz;

constexpr int kArtists = 10;

// Per artist name: "outcome|mbid|genre:source:weight,..." (no lookup times); absent when not looked up.
struct GenreContent {
    std::string integrity;
    std::map<std::string, std::string> lookups;
    std::int64_t genresWithoutLookup = 0;
};

GenreContent readContent(const std::filesystem::path& dataDir)
{
    GenreContent content;
    auto db = store::openProfile(store::ProfileLocation{dataDir, "default"});
    EXPECT_TRUE(db.ok()) << db.error().message;
    if (!db) {
        return content;
    }
    auto check = db->prepare("PRAGMA integrity_check");
    content.integrity = check && check->step() ? check->text(0) : "failed";
    auto lookups = db->prepare(
        "SELECT c.name, l.outcome, coalesce(l.mbid, ''), coalesce((SELECT group_concat(g, ',') FROM (SELECT "
        "genre || ':' || source || ':' || round(weight, 6) AS g FROM artist_genres WHERE creator_id = l.creator_id "
        "ORDER BY genre)), '') FROM artist_genre_lookups l JOIN creators c ON c.id = l.creator_id");
    while (lookups && lookups->step()) {
        std::string row = std::to_string(lookups->int64(1));
        row.append("|").append(lookups->textView(2)).append("|").append(lookups->textView(3));
        content.lookups[lookups->text(0)] = row;
    }
    auto orphans = db->prepare("SELECT count(*) FROM artist_genres WHERE creator_id NOT IN "
                               "(SELECT creator_id FROM artist_genre_lookups)");
    content.genresWithoutLookup = orphans && orphans->step() ? orphans->int64(0) : -1;
    return content;
}

fakes::FakeMusicBrainzOptions slowMusicBrainz()
{
    fakes::FakeMusicBrainzOptions options;
    options.minInterval = 0ms; // the pace has its own tests; runs here follow each other closely
    options.latency = 20ms;
    return options;
}

class GenreCrash : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.running());
        std::string rows = "[";
        for (int i = 0; i < kArtists; ++i) {
            const std::string number = std::to_string(i);
            std::string name = "Artist ";
            name.append(number);
            if (i % 5 != 4) { // two of them MusicBrainz does not know
                std::string genre = "genre ";
                genre.append(number);
                fake.addArtist({FakeMusicBrainz::mbidFor(i), name, {{genre, 3}, {"shared", 1}}, {}, "", 100});
            }
            rows.append(i == 0 ? "" : ",").append(R"({"endTime":"2024-03-10 10:0)").append(number);
            rows.append(R"(","artistName":")").append(name).append(R"(","trackName":"Song","msPlayed":)");
            rows.append(std::to_string(900'000 - 60'000 * i)).append("}");
        }
        history = scratch.write("StreamingHistory_music_0.json", rows + "]");
    }

    std::string environment(const std::filesystem::path& dataDir) const
    {
        return "TUNESCOPE_DATA_DIR='" + dataDir.string() + "' TUNESCOPE_MUSICBRAINZ_URL='" + fake.baseUrl() +
               "' TUNESCOPE_MUSICBRAINZ_INTERVAL_MS=50 TZ=UTC";
    }

    testing::BinaryRun run(const std::filesystem::path& dataDir, const std::string& args)
    {
        return testing::runBinary(environment(dataDir), args, scratch.path() / "stderr.txt");
    }

    void importHistory(const std::filesystem::path& dataDir)
    {
        const auto imported = run(dataDir, "import '" + history.string() + "'");
        ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
    }

    FakeMusicBrainz fake{slowMusicBrainz()};
    testing::TempDir scratch;
    std::filesystem::path history;
};

TEST_F(GenreCrash, AnEnrichmentKilledAtAnyMomentKeepsWholeLookupsAndARerunEndsWhereAnUninterruptedOneDoes)
{
    testing::TempDir reference;
    importHistory(reference.path());
    const auto started = std::chrono::steady_clock::now();
    const auto uninterrupted = run(reference.path(), "enrich genres --json");
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    ASSERT_EQ(uninterrupted.exitCode, 0) << uninterrupted.out << uninterrupted.err;
    const GenreContent whole = readContent(reference.path());
    ASSERT_EQ(whole.integrity, "ok");
    ASSERT_EQ(whole.lookups.size(), static_cast<std::size_t>(kArtists));

    std::optional<testing::TempDir> data;
    int lookupsKept = 0;
    const auto tally = testing::killRepeatedly(
        12, 5ms, took, 20'261'204,
        [&](int) {
            data.emplace();
            importHistory(data->path());
            return testing::KilledRun{environment(data->path()), "enrich genres --json"};
        },
        [&](int k, bool) {
            const GenreContent killed = readContent(data->path());
            EXPECT_EQ(killed.integrity, "ok") << "kill " << k;
            EXPECT_EQ(killed.genresWithoutLookup, 0) << "kill " << k << ": genres stored without their lookup";
            for (const auto& [artist, lookup] : killed.lookups) {
                EXPECT_EQ(lookup, whole.lookups.at(artist)) << "kill " << k << ": " << artist << " half stored";
            }
            lookupsKept += static_cast<int>(killed.lookups.size());
            const auto rerun = run(data->path(), "enrich genres --json");
            ASSERT_EQ(rerun.exitCode, 0) << "rerun after kill " << k << ": " << rerun.out << rerun.err;
            const GenreContent after = readContent(data->path());
            EXPECT_EQ(after.integrity, "ok");
            EXPECT_EQ(after.lookups, whole.lookups) << "kill " << k;
            EXPECT_EQ(after.genresWithoutLookup, 0);
        });
    RecordProperty("kill_points_tried", tally.tried);
    RecordProperty("kills_mid_run", tally.landed);
    RecordProperty("lookups_kept_before_a_kill", lookupsKept);
    EXPECT_GE(tally.landed, 6) << "most kills should land while the enrichment runs";
}

} // namespace
} // namespace tunescope
