// The Overview kept for the next start: it must come back exactly, and only for the very question
// it answers about the very plays it was computed from.
#include "CoreTestHelpers.h"

#include "analytics/OverviewCache.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

struct CachedProfile {
    store::Database db = testing::freshDatabase();
    OverviewCacheKey key;
    CachedOverview cached;
};

CachedProfile profileWithPlays()
{
    CachedProfile p;
    testing::storePlays(p.db,
                        {testing::musicPlay("Mira Calloway", "Quiet Engine", "Harbor", "2024-03-10T12:00:00Z", 200000),
                         testing::musicPlay("Mira Calloway", "Velvet Kite", "Harbor", "2024-03-10T12:04:00Z", 180000),
                         testing::musicPlay("The Paper Lanterns", "Glass Harbor", "", "2024-03-11T08:00:00Z", 40000)});
    Period period;
    period.zone = *TimeZone::locate("Europe/Berlin");
    p.key = OverviewCacheKey{period, Metric::Minutes, Bucket::Week, newestPlayId(p.db).value()};
    auto overview = queryOverview(p.db, OverviewRequest{period, Metric::Minutes, 10, Bucket::Week});
    EXPECT_TRUE(overview.ok());
    const std::int64_t topArtist = overview->topArtists.front().id;
    p.cached = CachedOverview{std::move(overview).value(), {{topArtist, {"indie pop", "dream pop"}}}};
    return p;
}

} // namespace

TEST(OverviewCacheTest, AnOverviewComesBackExactlyForTheSameQuestion)
{
    const auto p = profileWithPlays();
    ASSERT_EQ(p.cached.overview.totals.plays, 3);
    ASSERT_EQ(p.cached.overview.topArtists.front().name, "Mira Calloway");
    const auto back = decodeOverviewCache(encodeOverviewCache(p.key, p.cached), p.key);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->overview, p.cached.overview); // totals, every top list, timeline, heatmap
    EXPECT_EQ(back->artistGenres, p.cached.artistGenres);
}

TEST(OverviewCacheTest, AnotherQuestionOrNewerPlaysFindNothing)
{
    auto p = profileWithPlays();
    const std::string text = encodeOverviewCache(p.key, p.cached);

    auto other = p.key;
    other.metric = Metric::Plays;
    EXPECT_FALSE(decodeOverviewCache(text, other)) << "metric";
    other = p.key;
    other.period.zone = TimeZone::utc();
    EXPECT_FALSE(decodeOverviewCache(text, other)) << "zone";
    other = p.key;
    other.period.begin = testing::utc("2024-01-01T00:00:00Z");
    EXPECT_FALSE(decodeOverviewCache(text, other)) << "period";
    other = p.key;
    other.period.travelAware = true;
    EXPECT_FALSE(decodeOverviewCache(text, other)) << "travel-aware hours";

    // A play that came in since (an import, a sync) makes the cache useless.
    testing::storePlays(p.db,
                        {testing::musicPlay("Mira Calloway", "Quiet Engine", "Harbor", "2024-03-12T12:00:00Z", 200000)},
                        "more plays");
    other = p.key;
    other.newestPlayId = newestPlayId(p.db).value();
    EXPECT_GT(other.newestPlayId, p.key.newestPlayId);
    EXPECT_FALSE(decodeOverviewCache(text, other)) << "newer plays";
}

TEST(OverviewCacheTest, ADamagedCacheIsNoCache)
{
    const auto p = profileWithPlays();
    const std::string text = encodeOverviewCache(p.key, p.cached);
    EXPECT_FALSE(decodeOverviewCache("", p.key));
    EXPECT_FALSE(decodeOverviewCache("not json", p.key));
    EXPECT_FALSE(decodeOverviewCache(text.substr(0, text.size() / 2), p.key)); // cut short
    std::string wrongShape = text;
    wrongShape.replace(wrongShape.find("\"artists\":["), 11, "\"artists\":[\"x\",");
    EXPECT_FALSE(decodeOverviewCache(wrongShape, p.key));
}

TEST(OverviewCacheTest, TheFileIsReplacedWholeAndAMissingOneReadsAsNothing)
{
    testing::TempDir dir;
    const auto file = dir.path() / "overview-cache.json";
    EXPECT_FALSE(readOverviewCacheFile(file));
    writeOverviewCacheFile(file, "first");
    writeOverviewCacheFile(file, "second");
    EXPECT_EQ(readOverviewCacheFile(file), std::optional<std::string>("second"));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        ++entries;
    }
    EXPECT_EQ(entries, 1U); // no temporary file left behind
    // A folder that does not exist: nothing written, nothing thrown.
    writeOverviewCacheFile(dir.path() / "gone" / "overview-cache.json", "x");
    EXPECT_FALSE(readOverviewCacheFile(dir.path() / "gone" / "overview-cache.json"));
}

} // namespace tunescope::analytics
