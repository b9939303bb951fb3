// Hostile files too big to keep in the tree, written at run time: a 10 MB name, a 10 MB number,
// JSON nested 100,000 levels deep, 10 MB CSV fields. Each is refused (or its row rejected) with
// the place, without a stack overflow, in bounded memory, and the profile is unchanged.

#include "HostileProfile.h"
#include "PeakMemory.h"

#include "ingest/HistoryParser.h"

#include <gtest/gtest.h>

#include <iostream>

namespace tunescope {
namespace {

using ingest::FileReport;

constexpr std::size_t kTenMegabytes = 10'000'000;
constexpr std::int64_t kMiB = 1 << 20;

std::string historyRow(const std::string& trackJson, const std::string& msPlayed = "200000")
{
    return R"({"ts":"2023-06-01T12:00:00Z","platform":"linux","ms_played":)" + msPlayed +
           R"(,"master_metadata_track_name":)" + trackJson +
           R"(,"master_metadata_album_artist_name":"Marigold Static","spotify_track_uri":"spotify:track:0FictionalBig000000001"})";
}

class HostileBigFile : public ::testing::Test {
protected:
    // Imports `file` into the profile: refused, with `says` and `place` in the message, profile
    // unchanged.
    void expectHistoryRefused(const std::filesystem::path& file, const std::string& says, const std::string& place)
    {
        const std::string before = testing::databaseContentDigest(profile.db);
        const auto report = profile.importHistory(file);
        ASSERT_EQ(report.files.size(), 1U);
        const auto& f = report.files[0];
        EXPECT_EQ(f.name, file.string());
        EXPECT_EQ(f.outcome, FileReport::Outcome::Rejected);
        EXPECT_NE(f.error.find(says), std::string::npos) << f.error.substr(0, 200);
        EXPECT_NE(f.error.find(place), std::string::npos) << f.error.substr(0, 200);
        EXPECT_LT(f.error.size(), 300U); // the message quotes no 10 MB value
        EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
        EXPECT_TRUE(profile.intact());
    }

    // Peak memory of `work` in a child process; prints it for the report.
    std::int64_t peakGrowth(const std::string& what, const std::function<void()>& work)
    {
        const auto growth = testing::peakMemoryGrowth(work);
        EXPECT_TRUE(growth) << "peak memory cannot be measured here";
        std::cout << "[ figures  ] " << what << ": peak memory +" << growth.value_or(0) / 1024 << " KiB\n";
        return growth.value_or(0);
    }

    testing::HostileProfile profile;
};

TEST_F(HostileBigFile, ATenMegabyteTrackNameIsRefusedInBoundedMemory)
{
    const std::string first = historyRow(R"("Copper Harbor")");
    const std::string text = "[" + first + ",\n" + historyRow("\"" + std::string(kTenMegabytes, 'x') + "\"") + "]";
    const auto file = profile.dir.write("Streaming_History_Audio_2023_0.json", text);
    const auto valueAt = text.find(std::string(16, 'x')) - 1; // the opening quote
    expectHistoryRefused(file, "\"master_metadata_track_name\" is 9765 KiB long",
                         "at byte " + std::to_string(valueAt) + " (entry 2)");
    const auto growth = peakGrowth("history JSON with a 10 MB track name", [&file] {
        auto db = testing::freshDatabase();
        (void)ingest::importHistory(db, {file});
    });
    EXPECT_LT(growth, 200 * kMiB);
}

TEST_F(HostileBigFile, ATenMegabyteNumberIsRefused)
{
    const std::string text = "[" + historyRow(R"("Copper Harbor")", std::string(kTenMegabytes, '7')) + "]";
    expectHistoryRefused(profile.dir.write("Streaming_History_Audio_2023_0.json", text),
                         "\"ms_played\" is 9765 KiB long", "(entry 1)");
}

TEST_F(HostileBigFile, JsonNestedAHundredThousandDeepIsRefusedWithoutOverflowingTheStack)
{
    const std::string deep(100'000, '[');
    expectHistoryRefused(profile.dir.write("lists.json", deep), "its entries are not objects", "at byte 1 (entry 1)");
    // Inside an entry, where the reader skips values it does not know.
    const std::string inValue = R"([{"ts":"2023-06-01T12:00:00Z","extra":)" + deep;
    expectHistoryRefused(profile.dir.write("in-value.json", inValue), "values are nested too deeply", "(entry 1)");
    std::string objects = R"([{"ts":"2023-06-01T12:00:00Z","extra":)";
    for (int i = 0; i < 100'000; ++i) {
        objects += R"({"a":)";
    }
    expectHistoryRefused(profile.dir.write("objects.json", objects), "values are nested too deeply", "(entry 1)");
    // The quick look that tells history from other files inside a ZIP copes as well.
    EXPECT_FALSE(ingest::looksLikeHistory(deep));
}

TEST_F(HostileBigFile, ATenMegabyteChartFieldIsRefusedWithItsLine)
{
    const std::string text = "rank,uri,artist_names,track_name,streams\n"
                             "1,spotify:track:1aAaAaAaAaAaAaAaAaAaAa,Aurora Vale,Northern Lights,41474366\n"
                             "2,spotify:track:4dDdDdDdDdDdDdDdDdDdDd,Kiko Mar,\"" +
                             std::string(kTenMegabytes, 'y') + "\",30000000\n";
    const auto file = profile.dir.write("big-field.csv", text);
    const std::string before = testing::databaseContentDigest(profile.db);
    const auto report = profile.importCharts(file);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("big-field.csv, line 3: field 4 is 9765 KiB long"), std::string::npos)
        << report.files[0].error.substr(0, 200);
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
    EXPECT_TRUE(profile.intact());
    const auto growth = peakGrowth("chart CSV with a 10 MB field", [&file] {
        auto db = testing::freshDatabase();
        (void)ingest::importCharts(db, {file}, testing::HostileProfile::chartOptions());
    });
    EXPECT_LT(growth, 200 * kMiB);
}

TEST_F(HostileBigFile, ATenMegabyteFeatureFieldRejectsItsRow)
{
    const std::string text = "track_id,artists,track_name,danceability,energy\n"
                             "0FictionalTrack0000003,Marigold Static,\"" +
                             std::string(kTenMegabytes, 'z') + "\",0.61,0.72\n";
    const auto file = profile.dir.write("big-field-features.csv", text);
    const std::string before = testing::databaseContentDigest(profile.db);
    const auto report = profile.importFeatures(file);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rejected, 1U);
    EXPECT_EQ(report->matched, 0U);
    ASSERT_EQ(report->problems.size(), 1U);
    EXPECT_NE(report->problems[0].find("big-field-features.csv:2: field 3 is 9765 KiB long"), std::string::npos)
        << report->problems[0].substr(0, 200);
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
    const auto growth = peakGrowth("features CSV with a 10 MB field", [&file] {
        auto db = testing::freshDatabase();
        (void)enrich::importFeatureDataset(db, file);
    });
    EXPECT_LT(growth, 200 * kMiB);
}

} // namespace
} // namespace tunescope
