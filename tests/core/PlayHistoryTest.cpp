#include "CoreTestHelpers.h"

#include "analytics/PlayHistory.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using analytics::HistoryColumn;
using analytics::HistoryFilter;

class PlayHistory : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(
            db, {
                    testing::musicPlay("Björk Lindqvist", "Amber Harbor", "Glass", "2024-05-01T10:00:00Z", 200'000),
                    testing::musicPlay("Mira Calloway", "Quiet Engine", "Kites", "2024-05-01T11:00:00Z", 12'000),
                    testing::musicPlay("Mira Calloway", "Velvet Kite", "Kites", "2024-05-02T09:00:00Z", 180'000),
                    testing::podcastPlay("Demo Data Radio", "Episode 7", "2024-05-03T08:00:00Z", 1'200'000),
                });
        filter.period = analytics::resolvePeriod({}, TimeZone::utc());
    }

    std::vector<std::string> titles(const HistoryFilter& f, HistoryColumn sort = HistoryColumn::StartedAt,
                                    bool descending = true)
    {
        auto ids = analytics::queryHistoryIds(db, f, sort, descending);
        EXPECT_TRUE(ids.ok());
        auto rows = analytics::fetchHistoryRows(db, *ids);
        EXPECT_TRUE(rows.ok());
        std::vector<std::string> out;
        for (const auto& r : *rows) {
            out.push_back(r.title);
        }
        return out;
    }

    store::Database db = testing::freshDatabase();
    HistoryFilter filter;
};

TEST_F(PlayHistory, ListsEveryRowNewestFirstByDefault)
{
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Episode 7", "Velvet Kite", "Quiet Engine", "Amber Harbor"}));
}

TEST_F(PlayHistory, SearchIgnoresCaseBeyondAscii)
{
    filter.search = "BJÖRK";
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Amber Harbor"}));
    filter.search = "kites"; // album
    EXPECT_EQ(titles(filter).size(), 2U);
    filter.search = "100%"; // LIKE wildcards are literal
    EXPECT_TRUE(titles(filter).empty());
}

TEST_F(PlayHistory, FiltersByKindAndSkips)
{
    filter.kind = ingest::PlayKind::Podcast;
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Episode 7"}));
    filter.kind = ingest::PlayKind::Music;
    filter.skipped = true; // under 30 s
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Quiet Engine"}));
    filter.skipped = false;
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Velvet Kite", "Amber Harbor"}));
}

TEST_F(PlayHistory, SortsByArtistThenTimeAndDrillsDown)
{
    EXPECT_EQ(titles(filter, HistoryColumn::Creator, false),
              (std::vector<std::string>{"Amber Harbor", "Episode 7", "Quiet Engine", "Velvet Kite"}));
    auto ids = analytics::queryHistoryIds(db, filter, HistoryColumn::StartedAt, true);
    const auto rows = analytics::fetchHistoryRows(db, *ids);
    filter.creatorId = rows->at(1).creatorId; // Mira Calloway
    EXPECT_EQ(titles(filter), (std::vector<std::string>{"Velvet Kite", "Quiet Engine"}));

    auto details =
        analytics::querySubjectDetails(db, {analytics::Subject::Kind::Creator, *filter.creatorId}, filter.period);
    ASSERT_TRUE(details.ok());
    EXPECT_EQ(details->name, "Mira Calloway");
    EXPECT_EQ(details->plays, 1); // the 12 s row is no play
    EXPECT_EQ(details->msPlayed, 192'000);
}

TEST_F(PlayHistory, DrillsIntoAnAlbum)
{
    auto ids = analytics::queryHistoryIds(db, filter, HistoryColumn::StartedAt, true);
    const auto rows = analytics::fetchHistoryRows(db, *ids);
    const auto& velvet = rows->at(1);
    ASSERT_EQ(velvet.title, "Velvet Kite");
    ASSERT_EQ(velvet.album, "Kites");
    ASSERT_NE(velvet.albumId, 0);
    EXPECT_EQ(rows->at(3).album, "Glass");
    EXPECT_NE(rows->at(3).albumId, velvet.albumId);

    auto details = analytics::querySubjectDetails(db, {analytics::Subject::Kind::Album, velvet.albumId}, filter.period);
    ASSERT_TRUE(details.ok());
    EXPECT_EQ(details->name, "Kites");
    EXPECT_EQ(details->creator, "Mira Calloway");
    EXPECT_EQ(details->plays, 1);          // Velvet Kite; Quiet Engine's 12 s is no play
    EXPECT_EQ(details->msPlayed, 192'000); // both rows' listening time
    EXPECT_EQ(rows->at(0).albumId, 0);     // the podcast has no album

    EXPECT_FALSE(analytics::querySubjectDetails(db, {analytics::Subject::Kind::Album, 9999}, filter.period).ok());
}

} // namespace
} // namespace tunescope
