// Where and on what: countries from conn_country, platform families from the raw platform
// strings real exports carry, and hours in the country a play happened in (travel-aware).

#include "CoreTestHelpers.h"

#include "analytics/Places.h"
#include "analytics/PlatformFamily.h"
#include "analytics/Skips.h"
#include "util/Countries.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

constexpr std::int64_t kMinute = 60'000;

ingest::PlayRecord playIn(const char* country, const char* platform, const char* endIso, std::int64_t ms)
{
    auto p = testing::musicPlay("Mira Sol", "Tide", "", endIso, ms);
    p.country = country;
    p.platform = platform;
    return p;
}

TEST(PlatformFamilies, RawStringsFromRealExportsReadAsDevices)
{
    EXPECT_EQ(platformFamily("android"), PlatformFamily::Phone);
    EXPECT_EQ(platformFamily("Android OS 9 API 28 (samsung, SM-G960F)"), PlatformFamily::Phone);
    EXPECT_EQ(platformFamily("iOS 14.4.2 (iPhone10,3)"), PlatformFamily::Phone);
    EXPECT_EQ(platformFamily("iOS 14.3 (iPad11,3)"), PlatformFamily::Tablet);
    EXPECT_EQ(platformFamily("Windows 10 (10.0.18362; x64; AppX)"), PlatformFamily::Desktop);
    EXPECT_EQ(platformFamily("OS X 10.15.7 [x86 8]"), PlatformFamily::Desktop);
    EXPECT_EQ(platformFamily("Linux [x86-64 0]"), PlatformFamily::Desktop);
    EXPECT_EQ(platformFamily("web_player windows 10;chrome 76.0.3809.132;desktop"), PlatformFamily::Web);
    EXPECT_EQ(platformFamily("Partner google cast_tv;Chromecast;;"), PlatformFamily::TV);
    EXPECT_EQ(platformFamily("Partner sonos_ppc Sonos;Play:1;;"), PlatformFamily::Speaker);
    EXPECT_EQ(platformFamily("Partner amazon_salmon Amazon;Echo Dot;;"), PlatformFamily::Speaker);
    EXPECT_EQ(platformFamily("Partner android_auto"), PlatformFamily::Car);
    EXPECT_EQ(platformFamily("Partner playstation ps4"), PlatformFamily::Console);
    EXPECT_EQ(platformFamily("watchOS 9.1 (Watch6,2)"), PlatformFamily::Watch);
    EXPECT_EQ(platformFamily("something new"), PlatformFamily::Other);
    EXPECT_EQ(familyName(PlatformFamily::Web), "Web player");
    EXPECT_EQ(familyCode(PlatformFamily::TV), "tv");
}

TEST(Countries, CodesPackNameAndLocateTheirZone)
{
    EXPECT_EQ(unpackCountry(packCountry("SE")), "SE");
    EXPECT_EQ(packCountry("ZZ"), 0); // Spotify's "unknown"
    EXPECT_EQ(packCountry("S"), 0);
    EXPECT_EQ(packCountry("s1"), 0);
    EXPECT_EQ(countryName("SE"), "Sweden");
    EXPECT_EQ(countryName("GB"), "United Kingdom");
    EXPECT_EQ(countryName("QQ"), "QQ");
    const TimeZone* tokyo = countryZone(packCountry("JP"));
    ASSERT_NE(tokyo, nullptr);
    EXPECT_EQ(tokyo->name(), "Asia/Tokyo");
    ASSERT_NE(countryZone(packCountry("US")), nullptr);
    EXPECT_EQ(countryZone(packCountry("US"))->name(), "America/New_York"); // where most Americans live
    EXPECT_EQ(countryZone(0), nullptr);
}

class Places : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(
            db, {
                    // Stockholm, desktop and phone: 10 + 5 minutes, 2 plays.
                    playIn("SE", "Windows 10 (10.0.19042; x64; AppX)", "2024-05-01T08:10:00Z", 10 * kMinute),
                    playIn("SE", "android", "2024-05-01T09:05:00Z", 5 * kMinute),
                    // A trip to Tokyo on the phone: 20 minutes, plus a 10 s skip.
                    playIn("JP", "iOS 17.1 (iPhone15,2)", "2024-05-03T00:50:00Z", 20 * kMinute),
                    playIn("JP", "iOS 17.1 (iPhone15,2)", "2024-05-03T00:51:00Z", 10'000),
                    // Account data says neither country nor platform.
                    playIn("", "", "2024-05-04T12:00:00Z", 3 * kMinute),
                });
    }
    store::Database db = testing::freshDatabase();
};

TEST_F(Places, ListeningByCountryAndDeviceMostFirst)
{
    const auto places = queryPlaces(db, Period{});
    ASSERT_TRUE(places.ok()) << places.error().message;
    ASSERT_EQ(places->countries.size(), 3U);
    EXPECT_EQ(places->countries[0].code, "JP");
    EXPECT_EQ(places->countries[0].name, "Japan");
    EXPECT_EQ(places->countries[0].plays, 1); // the 10 s row is listening time but not a play
    EXPECT_EQ(places->countries[0].msPlayed, 20 * kMinute + 10'000);
    EXPECT_EQ(places->countries[1].code, "SE");
    EXPECT_EQ(places->countries[1].plays, 2);
    EXPECT_EQ(places->countries[1].msPlayed, 15 * kMinute);
    EXPECT_EQ(places->countries[2].code, "");
    EXPECT_EQ(places->countries[2].name, "Unknown");

    ASSERT_EQ(places->platformFamilies.size(), 3U);
    EXPECT_EQ(places->platformFamilies[0].code, "phone"); // android + the iPhone: 25 min 10 s
    EXPECT_EQ(places->platformFamilies[0].msPlayed, 25 * kMinute + 10'000);
    EXPECT_EQ(places->platformFamilies[0].plays, 2);
    EXPECT_EQ(places->platformFamilies[1].code, "desktop");
    EXPECT_EQ(places->platformFamilies[2].name, "Unknown");
}

TEST_F(Places, TravelAwareHoursUseTheCountryOfThePlay)
{
    auto stockholm = TimeZone::locate("Europe/Stockholm");
    ASSERT_TRUE(stockholm.ok());
    Period home;
    home.zone = *stockholm;
    // The Tokyo play started 00:30 UTC: 02:30 at home (CEST), 09:30 in Tokyo.
    auto atHome = querySkips(db, home);
    ASSERT_TRUE(atHome.ok());
    EXPECT_EQ(atHome->byHour[2].rows, 2); // the play and the skip a minute later
    EXPECT_EQ(atHome->byHour[9].rows, 0);

    Period travelling = home;
    travelling.travelAware = true;
    auto abroad = querySkips(db, travelling);
    ASSERT_TRUE(abroad.ok());
    EXPECT_EQ(abroad->byHour[2].rows, 0);
    EXPECT_EQ(abroad->byHour[9].rows, 2);
    EXPECT_EQ(abroad->byHour[9].skipped, 1);
    // Swedish plays stay in Swedish hours (08:00 UTC start -> 10:00 CEST), the unknown one at home.
    EXPECT_EQ(abroad->byHour[10].rows, 1);
    EXPECT_EQ(abroad->byHour[13].rows, 1); // 11:57 UTC -> 13:57 CEST
}

} // namespace
} // namespace tunescope::analytics
