// Countries, devices and skips over the real public extended histories in ../shared/samples
// (see SOURCES.md), checked against plain SQL over the same plays. Each test skips without them.

#include "../core/CoreTestHelpers.h"

#include "analytics/Places.h"
#include "analytics/Skips.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::queryInt;

#define REQUIRE_SAMPLES(var)                                                                                           \
    const auto var = testing::samplesDir();                                                                            \
    if (!(var)) {                                                                                                      \
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";                                        \
    }

store::Database importedExtended(const std::filesystem::path& samples)
{
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {samples / "extended_streaming_history"});
    EXPECT_FALSE(report.anyRejected());
    return db;
}

TEST(PlacesSamples, EveryCountryAndDeviceAddsUpToTheMusicPlayed)
{
    REQUIRE_SAMPLES(samples);
    auto db = importedExtended(*samples);
    const auto places = analytics::queryPlaces(db, analytics::Period{});
    ASSERT_TRUE(places.ok()) << places.error().message;
    const std::int64_t musicMs = queryInt(db, "SELECT sum(ms_played) FROM plays WHERE kind = 1");
    ASSERT_GT(musicMs, 0);
    for (const auto* list : {&places->countries, &places->platformFamilies}) {
        std::int64_t ms = 0;
        for (const auto& place : *list) {
            ms += place.msPlayed;
            EXPECT_FALSE(place.name.empty());
        }
        EXPECT_EQ(ms, musicMs);
    }
    for (const auto& country : places->countries) {
        if (country.code.empty()) {
            continue;
        }
        EXPECT_EQ(country.msPlayed, queryInt(db, "SELECT coalesce(sum(ms_played), 0) FROM plays WHERE kind = 1 AND "
                                                 "country = '" +
                                                     country.code + "'"))
            << country.code;
    }
    // The histories were heard in the United States and India, on iPhones, Android phones and
    // Windows; the iPhone rows alone make phones the first device.
    EXPECT_TRUE(places->countries.front().name == "United States" || places->countries.front().name == "India")
        << places->countries.front().name;
    ASSERT_FALSE(places->platformFamilies.empty());
    EXPECT_EQ(places->platformFamilies.front().code, "phone");
    const std::int64_t desktopMs =
        queryInt(db, "SELECT coalesce(sum(p.ms_played), 0) FROM plays p JOIN platforms f ON f.id = p.platform_id "
                     "WHERE p.kind = 1 AND (f.raw LIKE 'Windows%' OR f.raw = 'windows')");
    bool sawDesktop = false;
    for (const auto& family : places->platformFamilies) {
        if (family.code == "desktop") {
            sawDesktop = true;
            EXPECT_EQ(family.msPlayed, desktopMs);
        }
    }
    EXPECT_TRUE(sawDesktop);
}

TEST(SkipsSamples, SkipsCountEveryRuleOnce)
{
    REQUIRE_SAMPLES(samples);
    auto db = importedExtended(*samples);
    const auto skips = analytics::querySkips(db, analytics::Period{});
    ASSERT_TRUE(skips.ok()) << skips.error().message;
    EXPECT_EQ(skips->overall.rows, queryInt(db, "SELECT count(*) FROM plays WHERE kind = 1"));
    EXPECT_EQ(skips->overall.skipped,
              queryInt(db, "SELECT count(*) FROM plays WHERE kind = 1 AND (ms_played < 30000 OR "
                           "coalesce(skipped, 0) <> 0 OR coalesce(reason_end, '') = 'fwdbtn')"));
    EXPECT_EQ(skips->rowsWithFlags, queryInt(db, "SELECT count(*) FROM plays WHERE kind = 1 AND shuffle IS NOT NULL"));
    std::int64_t byHour = 0;
    for (const auto& hour : skips->byHour) {
        byHour += hour.rows;
    }
    EXPECT_EQ(byHour, skips->overall.rows);
}

} // namespace
} // namespace tunescope
