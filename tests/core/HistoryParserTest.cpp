// parseHistory: every export shape, by content; encodings; kinds; rows that are skipped.

#include "CoreTestHelpers.h"

#include "ingest/HistoryParser.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using ingest::HistoryShape;
using ingest::parseHistory;
using ingest::PlayKind;
using ingest::PlaySource;
using testing::fixture;
using testing::readFile;
using testing::utc;

ingest::ParsedHistory parseOk(std::string_view bytes)
{
    auto parsed = parseHistory(bytes);
    EXPECT_TRUE(parsed.ok()) << (parsed ? "" : parsed.error().message);
    return parsed ? parsed.value() : ingest::ParsedHistory{};
}

constexpr const char* kNoMetadata = "no track, episode or audiobook metadata";

TEST(HistoryParser, AccountMusicRowsAreMinutePrecisionUtcEndTimes)
{
    const auto parsed = parseOk(readFile(fixture("account_music.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::AccountMusic);
    EXPECT_EQ(parsed.rowsRead, 5U);
    ASSERT_EQ(parsed.records.size(), 5U); // 0 ms and "Unknown Artist" rows are kept
    EXPECT_TRUE(parsed.skipped.empty());
    const auto& first = parsed.records[0];
    EXPECT_EQ(first.kind, PlayKind::Music);
    EXPECT_EQ(first.source, PlaySource::AccountData);
    EXPECT_EQ(first.creator, "Marigold Static");
    EXPECT_EQ(first.title, "Lanterns Over Harrowgate");
    EXPECT_EQ(first.endedAt, utc("2023-05-04T18:22:00Z"));
    EXPECT_EQ(first.msPlayed, 215'000);
    EXPECT_EQ(first.startedAt(), utc("2023-05-04T18:18:25Z")); // end - ms_played
    EXPECT_TRUE(first.uri.empty());
    EXPECT_TRUE(first.album.empty());
    EXPECT_EQ(parsed.records[3].msPlayed, 0);
    EXPECT_EQ(parsed.records[4].creator, "Unknown Artist");
}

TEST(HistoryParser, AccountPodcastRowsAreEpisodes)
{
    const auto parsed = parseOk(readFile(fixture("account_podcast.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::AccountPodcast);
    ASSERT_EQ(parsed.records.size(), 3U);
    for (const auto& r : parsed.records) {
        EXPECT_EQ(r.kind, PlayKind::Podcast);
    }
    EXPECT_EQ(parsed.records[0].creator, "The Invented Almanac");
    EXPECT_EQ(parsed.records[0].title, "Episode 12: Lighthouses Nobody Built");
    EXPECT_EQ(parsed.records[1].endedAt, utc("2023-05-07T08:55:00Z"));
    EXPECT_EQ(parsed.records[1].msPlayed, 2'104'500);
}

TEST(HistoryParser, AccountAudiobookRowsAreChapters)
{
    const auto parsed = parseOk(readFile(fixture("account_audiobook.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::AccountAudiobook);
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].kind, PlayKind::Audiobook);
    EXPECT_EQ(parsed.records[0].creator, "The Clockmaker of Nowhere");
    EXPECT_EQ(parsed.records[0].title, "Chapter 1: Gears");
    // The other spelling we accept for the guessed shape.
    const auto alt = parseOk(R"([{"endTime":"2024-02-01 21:30","audiobookTitle":"Book","chapterTitle":"One",)"
                             R"("msPlayed":5}])");
    EXPECT_EQ(alt.shape, HistoryShape::AccountAudiobook);
    ASSERT_EQ(alt.records.size(), 1U);
    EXPECT_EQ(alt.records[0].kind, PlayKind::Audiobook);
    EXPECT_EQ(alt.records[0].title, "One");
}

TEST(HistoryParser, Extended2020MinifiedWithoutPersonalFields)
{
    const auto parsed = parseOk(readFile(fixture("extended_2020.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::Extended2020);
    EXPECT_EQ(parsed.rowsRead, 4U);
    ASSERT_EQ(parsed.records.size(), 3U);
    EXPECT_EQ(parsed.skipped.at(kNoMetadata), 1U);

    const auto& music = parsed.records[0];
    EXPECT_EQ(music.kind, PlayKind::Music);
    EXPECT_EQ(music.source, PlaySource::ExtendedHistory);
    EXPECT_EQ(music.creator, "Juniper Vale");
    EXPECT_EQ(music.title, "Copper Harbor");
    EXPECT_EQ(music.album, "Tide Tables");
    EXPECT_EQ(music.uri, "spotify:track:0FictionalTrack0000001");
    EXPECT_EQ(music.endedAt, utc("2020-03-14T09:26:53Z"));
    EXPECT_EQ(music.platform, "Android OS 10 API 29 (Fictional, Phone)");
    EXPECT_EQ(music.country, "NL");
    EXPECT_EQ(music.reasonStart, "clickrow");
    EXPECT_EQ(music.reasonEnd, "trackdone");
    EXPECT_EQ(music.shuffle, ingest::Flag::No);
    EXPECT_EQ(music.skipped, ingest::Flag::Unknown); // null
    ASSERT_TRUE(music.offlineAt.has_value());
    EXPECT_EQ(*music.offlineAt, 1'584'177'812'000); // already milliseconds

    const auto& episode = parsed.records[1];
    EXPECT_EQ(episode.kind, PlayKind::Podcast);
    EXPECT_EQ(episode.creator, "The Invented Almanac");
    EXPECT_EQ(episode.title, "Episode 3: Invented Islands");
    EXPECT_EQ(episode.uri, "spotify:episode:0FictionalEpisode00003");
    EXPECT_FALSE(episode.offlineAt.has_value()); // offline_timestamp 0 means none

    EXPECT_EQ(parsed.records[2].skipped, ingest::Flag::Yes);
    EXPECT_EQ(parsed.records[2].shuffle, ingest::Flag::Yes);
}

TEST(HistoryParser, Extended2021WithUsernameIpAndUserAgent)
{
    const auto parsed = parseOk(readFile(fixture("extended_2021.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::Extended2021);
    EXPECT_EQ(parsed.rowsRead, 4U);
    ASSERT_EQ(parsed.records.size(), 3U);
    EXPECT_EQ(parsed.skipped.at(kNoMetadata), 1U);
    // Rows are not sorted by ts in real exports; the parser keeps them as they come.
    EXPECT_EQ(parsed.records[0].endedAt, utc("2021-09-21T19:38:59Z"));
    EXPECT_EQ(parsed.records[1].endedAt, utc("2020-07-08T04:56:20Z"));
    EXPECT_EQ(parsed.records[2].kind, PlayKind::Podcast);
    EXPECT_TRUE(parsed.records[2].reasonStart.empty()); // "" in the export
    EXPECT_EQ(parsed.records[2].country, "ZZ");
    for (const auto& r : parsed.records) {
        for (const std::string* field : {&r.creator, &r.title, &r.album, &r.platform, &r.country}) {
            EXPECT_EQ(field->find("203.0.113"), std::string::npos);
            EXPECT_EQ(field->find("fictional-listener"), std::string::npos);
            EXPECT_EQ(field->find("TunescopeTestAgent"), std::string::npos);
        }
    }
}

TEST(HistoryParser, Extended2024PrettyPrintedWithAudiobooks)
{
    const auto parsed = parseOk(readFile(fixture("extended_2024.json")));
    EXPECT_EQ(parsed.shape, HistoryShape::Extended2024);
    EXPECT_EQ(parsed.rowsRead, 5U);
    ASSERT_EQ(parsed.records.size(), 4U);
    EXPECT_EQ(parsed.skipped.at(kNoMetadata), 1U);
    EXPECT_EQ(parsed.records[0].kind, PlayKind::Music);
    EXPECT_EQ(parsed.records[0].creator, "Okto & the Ferns");
    ASSERT_TRUE(parsed.records[0].offlineAt.has_value());
    EXPECT_EQ(*parsed.records[0].offlineAt, 1'710'044'820'000); // seconds in this shape
    EXPECT_EQ(parsed.records[1].kind, PlayKind::Podcast);
    EXPECT_EQ(parsed.records[1].creator, "The Invented Almanac");
    const auto& chapter = parsed.records[2];
    EXPECT_EQ(chapter.kind, PlayKind::Audiobook);
    EXPECT_EQ(chapter.creator, "The Clockmaker of Nowhere");
    EXPECT_EQ(chapter.title, "Chapter 3: Pendulums");
    EXPECT_EQ(chapter.uri, "spotify:episode:0FictionalChapter00003");
    EXPECT_EQ(chapter.offline, ingest::Flag::Unknown);
    EXPECT_EQ(parsed.records[3].msPlayed, 30'000);
}

TEST(HistoryParser, PrettyPrintedAndMinifiedGiveTheSameRecords)
{
    const std::string pretty = readFile(fixture("extended_2024.json"));
    std::string minified;
    bool inString = false;
    for (std::size_t i = 0; i < pretty.size(); ++i) {
        const char c = pretty[i];
        if (c == '"' && (i == 0 || pretty[i - 1] != '\\')) {
            inString = !inString;
        }
        if (inString || (c != ' ' && c != '\n')) {
            minified += c;
        }
    }
    ASSERT_LT(minified.size(), pretty.size());
    const auto a = parseOk(pretty);
    const auto b = parseOk(minified);
    // CRLF line endings too (files edited on Windows).
    std::string crlf;
    for (const char c : pretty) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    const auto c = parseOk(crlf);
    ASSERT_EQ(a.records.size(), b.records.size());
    ASSERT_EQ(a.records.size(), c.records.size());
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        EXPECT_EQ(a.records[i].creator, b.records[i].creator);
        EXPECT_EQ(a.records[i].title, c.records[i].title);
        EXPECT_EQ(a.records[i].endedAt, b.records[i].endedAt);
        EXPECT_EQ(a.records[i].msPlayed, c.records[i].msPlayed);
    }
}

TEST(HistoryParser, ByteOrderMarkIsTolerated)
{
    const std::string body = readFile(fixture("account_music.json"));
    const auto parsed = parseOk("\xEF\xBB\xBF" + body);
    EXPECT_EQ(parsed.shape, HistoryShape::AccountMusic);
    EXPECT_EQ(parsed.records.size(), 5U);
    EXPECT_TRUE(ingest::looksLikeHistory("\xEF\xBB\xBF" + body));
}

TEST(HistoryParser, UnicodeEscapesIncludingSurrogatePairs)
{
    const auto parsed = parseOk(R"([{"endTime":"2023-01-01 10:00","artistName":"Caf\u00e9 \u00c5sa \"Q\"",)"
                                R"("trackName":"Guitar \ud83c\udfb8 \u65e5\u672c \/ tab\tend","msPlayed":1},)"
                                R"({"endTime":"2023-01-01 10:01","artistName":"Lone \ud83c end","trackName":"x",)"
                                R"("msPlayed":1}])");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].creator, "Caf\xC3\xA9 \xC3\x85sa \"Q\"");
    EXPECT_EQ(parsed.records[0].title, "Guitar \xF0\x9F\x8E\xB8 \xE6\x97\xA5\xE6\x9C\xAC / tab\tend");
    // A lone surrogate cannot be UTF-8; it becomes U+FFFD instead of breaking the text.
    EXPECT_EQ(parsed.records[1].creator, "Lone \xEF\xBF\xBD end");
}

TEST(HistoryParser, DecomposedNamesAreNormalisedToComposedForm)
{
    // "Sólveig Drift" / "Luleå" written decomposed, once raw and once as \u escapes.
    const std::string raw = "[{\"endTime\":\"2023-01-01 10:00\",\"artistName\":\"So\xCC\x81lveig Drift\","
                            "\"trackName\":\"Lulea\xCC\x8A\",\"msPlayed\":1},"
                            "{\"endTime\":\"2023-01-01 10:05\",\"artistName\":\"So\\u0301lveig Drift\","
                            "\"trackName\":\"Lulea\\u030a\",\"msPlayed\":1}]";
    const auto parsed = parseOk(raw);
    ASSERT_EQ(parsed.records.size(), 2U);
    for (const auto& r : parsed.records) {
        EXPECT_EQ(r.creator, "S\xC3\xB3lveig Drift");
        EXPECT_EQ(r.title, "Lule\xC3\xA5");
    }
    // Extended rows too (artist, track and album).
    const auto ext = parseOk("[{\"ts\":\"2023-01-01T10:00:00Z\",\"ms_played\":1,"
                             "\"master_metadata_track_name\":\"Lulea\xCC\x8A\","
                             "\"master_metadata_album_artist_name\":\"So\xCC\x81lveig Drift\","
                             "\"master_metadata_album_album_name\":\"Dro\xCC\x88mmar\"}]");
    ASSERT_EQ(ext.records.size(), 1U);
    EXPECT_EQ(ext.records[0].creator, "S\xC3\xB3lveig Drift");
    EXPECT_EQ(ext.records[0].album, "Dr\xC3\xB6mmar");
}

TEST(HistoryParser, ShapeIsDetectedByContentWhateverTheKeyOrder)
{
    const auto ext = parseOk(R"([{"master_metadata_track_name":"T","ms_played":40000,)"
                             R"("master_metadata_album_artist_name":"A","ts":"2022-01-01T00:00:00Z"}])");
    EXPECT_EQ(ext.shape, HistoryShape::Extended2020);
    ASSERT_EQ(ext.records.size(), 1U);
    EXPECT_EQ(ext.records[0].kind, PlayKind::Music);
    const auto acct = parseOk(R"([{"msPlayed":40000,"trackName":"T","artistName":"A",)"
                              R"("endTime":"2022-01-01 00:00"}])");
    EXPECT_EQ(acct.shape, HistoryShape::AccountMusic);
    const auto ip = parseOk(R"([{"ip_addr":"192.0.2.9","ts":"2024-01-01T00:00:00Z","ms_played":1,)"
                            R"("master_metadata_track_name":"T","master_metadata_album_artist_name":"A"}])");
    EXPECT_EQ(ip.shape, HistoryShape::Extended2024);
    const auto empty = parseOk("  [ ]  \n");
    EXPECT_EQ(empty.shape, HistoryShape::Empty);
    EXPECT_EQ(empty.rowsRead, 0U);
}

TEST(HistoryParser, ObjectsAndOtherArraysAreNotHistory)
{
    for (const std::string_view bytes :
         {std::string_view(R"({"username":"someone","email":"a@example.invalid"})"),
          std::string_view(R"([{"artistName":"A","segment":"Light listeners"}])"),
          std::string_view(R"([{"platform":"ANDROID","searchTime":"2023-01-01","searchQuery":"q"}])"),
          std::string_view("[1, 2, 3]"), std::string_view(R"(["a", "b"])"), std::string_view("\"text\""),
          std::string_view("%PDF-1.4 not json")}) {
        const auto parsed = parseHistory(bytes);
        ASSERT_FALSE(parsed.ok()) << bytes;
        EXPECT_EQ(parsed.error().code, ErrorCode::Unsupported) << bytes;
        EXPECT_NE(parsed.error().message.find("not a Spotify streaming-history file"), std::string::npos)
            << parsed.error().message;
    }
    EXPECT_FALSE(ingest::looksLikeHistory(R"({"username":"someone"})"));
    EXPECT_FALSE(ingest::looksLikeHistory("%PDF-1.4"));
    EXPECT_TRUE(ingest::looksLikeHistory(readFile(fixture("extended_2020.json"))));
}

TEST(HistoryParser, KindFollowsWhichFieldsAreSet)
{
    const auto parsed =
        parseOk(R"([{"ts":"2024-01-01T00:00:00Z","ms_played":1,"master_metadata_track_name":"Song",)"
                R"("master_metadata_album_artist_name":null,"episode_name":null,"audiobook_title":null},)"
                R"({"ts":"2024-01-01T00:01:00Z","ms_played":1,"master_metadata_track_name":null,)"
                R"("spotify_episode_uri":"spotify:episode:0Fictional","episode_name":null,"episode_show_name":"Show"},)"
                R"({"ts":"2024-01-01T00:02:00Z","ms_played":1,"master_metadata_track_name":null,)"
                R"("episode_name":null,"audiobook_title":"Book","audiobook_chapter_title":null}])");
    ASSERT_EQ(parsed.records.size(), 3U);
    EXPECT_EQ(parsed.records[0].kind, PlayKind::Music);
    EXPECT_FALSE(parsed.records[0].creator.empty()); // a placeholder, never an empty name
    EXPECT_EQ(parsed.records[1].kind, PlayKind::Podcast);
    EXPECT_EQ(parsed.records[1].creator, "Show");
    EXPECT_FALSE(parsed.records[1].title.empty());
    EXPECT_EQ(parsed.records[2].kind, PlayKind::Audiobook);
    EXPECT_EQ(parsed.records[2].creator, "Book");
}

TEST(HistoryParser, SkippedRowsAreCountedByReason)
{
    const auto parsed =
        parseOk(R"([{"ts":"2024-01-01T00:00:00Z","ms_played":1,"master_metadata_track_name":"Kept",)"
                R"("master_metadata_album_artist_name":"A"},)"
                R"({"ts":"2024-01-01T00:01:00Z","ms_played":1,"master_metadata_track_name":null,"episode_name":null},)"
                R"({"ts":"2024-01-01T00:02:00Z","ms_played":1},)"
                R"({"ms_played":1,"master_metadata_track_name":"No ts"},)"
                R"({"ts":null,"ms_played":1,"master_metadata_track_name":"Null ts"},)"
                R"({"ts":"2024-13-01T00:00:00Z","ms_played":1,"master_metadata_track_name":"Month 13"},)"
                R"({"ts":"yesterday","ms_played":1,"master_metadata_track_name":"Words"},)"
                R"({"ts":"2024-01-01T00:03:00Z","master_metadata_track_name":"No ms"},)"
                R"({"ts":"2024-01-01T00:04:00Z","ms_played":-5,"master_metadata_track_name":"Negative"},)"
                R"({"ts":"2024-01-01T00:05:00Z","ms_played":"12","master_metadata_track_name":"String ms"}])");
    EXPECT_EQ(parsed.rowsRead, 10U);
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].title, "Kept");
    const std::map<std::string, std::size_t> expected = {{kNoMetadata, 2},
                                                         {"missing timestamp", 1},
                                                         {"unreadable timestamp", 3},
                                                         {"missing ms_played", 1},
                                                         {"invalid ms_played", 2}};
    EXPECT_EQ(parsed.skipped, expected);

    const auto acct = parseOk(R"([{"endTime":"2023-02-30 10:00","artistName":"A","trackName":"T","msPlayed":1},)"
                              R"({"endTime":"2023-02-28 10:00","msPlayed":1},)"
                              R"({"endTime":"2023-02-28T10:00:00Z","artistName":"A","trackName":"T","msPlayed":1}])");
    EXPECT_EQ(acct.records.size(), 0U);
    EXPECT_EQ(acct.skipped.at("unreadable timestamp"), 2U);
    EXPECT_EQ(acct.skipped.at(kNoMetadata), 1U);
}

TEST(HistoryParser, IntegralNumbersInOtherNotationsAreAccepted)
{
    const auto parsed = parseOk(R"([{"endTime":"2023-01-01 10:00","artistName":"A","trackName":"T",)"
                                R"("msPlayed":1.2e5},{"endTime":"2023-01-01 10:01","artistName":"A",)"
                                R"("trackName":"T","msPlayed":31000.0},{"endTime":"2023-01-01 10:02",)"
                                R"("artistName":"A","trackName":"T","msPlayed":12.5}])");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].msPlayed, 120'000);
    EXPECT_EQ(parsed.records[1].msPlayed, 31'000);
    EXPECT_EQ(parsed.skipped.at("invalid ms_played"), 1U);
}

} // namespace
} // namespace tunescope
