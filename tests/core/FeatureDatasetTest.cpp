// Reading features datasets: the CSV layer and the column mapping over the shapes real datasets
// come in (the project's own messy fixtures in tests/data/features; the public samples are read
// by tests/samples/FeatureDatasetSamplesTest.cpp).

#include "TestSupport.h"

#include "enrich/DatasetColumns.h"
#include "enrich/FeatureDataset.h"
#include "ingest/CsvRecords.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tunescope::enrich {
namespace {

using ingest::parseCsv;
using testing::fixture;
using testing::readFile;

ParsedDataset parseFixture(const std::string& name)
{
    return parseFeatureDataset(readFile(fixture("features/" + name)));
}

const DatasetRow* rowTitled(const ParsedDataset& parsed, const std::string& title)
{
    const auto it = std::find_if(parsed.rows.begin(), parsed.rows.end(),
                                 [&title](const DatasetRow& row) { return row.title == title; });
    return it == parsed.rows.end() ? nullptr : &*it;
}

std::vector<std::size_t> rejectedLines(const ParsedDataset& parsed)
{
    std::vector<std::size_t> lines;
    for (const auto& problem : parsed.rejected) {
        lines.push_back(problem.line);
    }
    return lines;
}

TEST(CsvRecords, QuotesLineBreaksBomAndMixedLineEndsKeepTheirLineNumbers)
{
    const auto csv = parseCsv("\xEF\xBB\xBF"
                              "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\r12\" vinyl,last");
    ASSERT_TRUE(csv.fatal.empty());
    ASSERT_EQ(csv.records.size(), 4U);
    EXPECT_EQ(csv.records[0].fields, (std::vector<std::string>{"a", "b"})); // no BOM in the first name
    EXPECT_EQ(csv.records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\""}));
    EXPECT_EQ(csv.records[2].fields, (std::vector<std::string>{"two\r\nlines", "z"}));
    EXPECT_EQ(csv.records[2].line, 3U);
    EXPECT_EQ(csv.records[3].fields, (std::vector<std::string>{"12\" vinyl", "last"}));
    EXPECT_EQ(csv.records[3].line, 5U);
}

TEST(CsvRecords, AnUnterminatedQuoteStopsTheReadingAtItsLine)
{
    const auto csv = parseCsv("a,b\n1,2\n\"open,3\n4,5\n");
    EXPECT_EQ(csv.records.size(), 2U);
    EXPECT_EQ(csv.fatalLine, 3U);
    EXPECT_NE(csv.fatal.find("never ends"), std::string::npos) << csv.fatal;
}

TEST(CsvRecords, TextAfterAClosingQuoteRejectsThatRecordOnly)
{
    const auto csv = parseCsv("a,b\n\"x\"y,1\n2,3\n");
    ASSERT_EQ(csv.problems.size(), 1U);
    EXPECT_EQ(csv.problems[0].line, 2U);
    ASSERT_EQ(csv.records.size(), 2U);
    EXPECT_EQ(csv.records[1].fields, (std::vector<std::string>{"2", "3"}));
}

TEST(CsvRecords, TheSeparatorIsTheOneTheHeaderUses)
{
    EXPECT_EQ(parseCsv("a;b;c\n1,5;2;3\n").separator, ';');
    EXPECT_EQ(parseCsv("a\tb\n1\t2\n").separator, '\t');
    EXPECT_EQ(parseCsv("\"a;b\",c\n").separator, ',');
    EXPECT_EQ(parseCsv("").records.size(), 0U);
}

TEST(DatasetColumns, NamesDriftButMeanTheSameField)
{
    const auto columns = mapDatasetColumns({"", "Track Name", "Artist(s) Name", "danceability_%", "BPM", "Mode",
                                            "track_id", "id", "Key", "time_signature", "duration_ms"});
    EXPECT_EQ(columns.of(DatasetField::Title), 1U);
    EXPECT_EQ(columns.of(DatasetField::Artist), 2U);
    EXPECT_EQ(columns.of(DatasetField::Danceability), 3U);
    EXPECT_TRUE(columns.percent[static_cast<std::size_t>(DatasetField::Danceability)]);
    EXPECT_EQ(columns.of(DatasetField::Tempo), 4U);
    EXPECT_EQ(columns.of(DatasetField::Mode), 5U);
    EXPECT_EQ(columns.trackIds, (std::vector<std::size_t>{6, 7})); // track_id before a plain id
    EXPECT_EQ(columns.of(DatasetField::Key), 8U);
    EXPECT_FALSE(columns.of(DatasetField::Energy).has_value());
    EXPECT_TRUE(columns.identifiesTracks());
    EXPECT_TRUE(columns.hasFeatures());
}

TEST(DatasetColumns, CellsReadAsNumbersNotesAndModesOrStayMissing)
{
    double number = 0;
    EXPECT_EQ(readNumber("8.29E-05", number), CellState::Value);
    EXPECT_DOUBLE_EQ(number, 8.29e-05);
    EXPECT_EQ(readNumber(" 0,75 ", number), CellState::Value);
    EXPECT_DOUBLE_EQ(number, 0.75);
    for (const char* missing : {"", "NA", "n/a", "NaN", "null", "None", "-"}) {
        EXPECT_EQ(readNumber(missing, number), CellState::Missing) << missing;
    }
    EXPECT_EQ(readNumber("1,234,567", number), CellState::Unreadable);
    EXPECT_EQ(readNumber("inf", number), CellState::Unreadable);

    int key = -5;
    const std::pair<const char*, int> notes[] = {
        {"C", 0},   {"C#", 1}, {"Db", 1},  {"d", 2},       {"F\xE2\x99\xAF", 6},
        {"Bb", 10}, {"B", 11}, {"Cb", 11}, {"A minor", 9}, {"7", 7}};
    for (const auto& [text, pitch] : notes) {
        EXPECT_EQ(readKey(text, key), CellState::Value) << text;
        EXPECT_EQ(key, pitch) << text;
    }
    EXPECT_EQ(readKey("-1", key), CellState::Missing); // Spotify: no key detected
    EXPECT_EQ(readKey("12", key), CellState::Unreadable);
    EXPECT_EQ(readKey("H", key), CellState::Unreadable);

    int mode = -1;
    EXPECT_EQ(readMode("Major", mode), CellState::Value);
    EXPECT_EQ(mode, 1);
    EXPECT_EQ(readMode("minor", mode), CellState::Value);
    EXPECT_EQ(mode, 0);
    EXPECT_EQ(readMode("1.0", mode), CellState::Value);
    EXPECT_EQ(mode, 1);
    EXPECT_EQ(readMode("2", mode), CellState::Unreadable);
}

TEST(DatasetColumns, ArtistListsOfferTheMainArtistToMatchBy)
{
    EXPECT_EQ(artistCandidates("['Drake', 'Future']"), (std::vector<std::string>{"Drake"}));
    EXPECT_EQ(artistCandidates("[\"Guns N' Roses\"]"), (std::vector<std::string>{"Guns N' Roses"}));
    EXPECT_EQ(artistCandidates("Latto, Jung Kook"), (std::vector<std::string>{"Latto, Jung Kook", "Latto"}));
    EXPECT_EQ(artistCandidates("Tyler, The Creator"),
              (std::vector<std::string>{"Tyler, The Creator", "Tyler"})); // the whole name is tried first
    EXPECT_TRUE(artistCandidates("  ").empty());
}

TEST(FeatureDataset, PercentagesNoteNamesAndBrokenRowsFromASpreadsheetExport)
{
    const auto parsed = parseFixture("percent_notes_crlf.csv");
    ASSERT_TRUE(parsed.fatal.empty()) << parsed.fatal;
    EXPECT_EQ(parsed.dataRecords, 10U);
    EXPECT_EQ(parsed.rows.size(), 7U);
    // The short row, the key "H" and the 150 % are rejected with the lines they are on, counted
    // after the quoted line break.
    EXPECT_EQ(rejectedLines(parsed), (std::vector<std::size_t>{9, 11, 12}));
    EXPECT_NE(parsed.rejected[0].message.find("fields"), std::string::npos) << parsed.rejected[0].message;
    EXPECT_NE(parsed.rejected[1].message.find("\"H\""), std::string::npos) << parsed.rejected[1].message;
    EXPECT_NE(parsed.rejected[2].message.find("150"), std::string::npos) << parsed.rejected[2].message;

    const auto* tidewater = rowTitled(parsed, "Tidewater");
    ASSERT_NE(tidewater, nullptr);
    EXPECT_EQ(tidewater->artists.front(), "Velvet Harbour");
    EXPECT_FALSE(tidewater->spotifyId.has_value());
    const AudioFeatures& f = tidewater->features;
    EXPECT_DOUBLE_EQ(f.danceability.value_or(-1), 0.71);
    EXPECT_DOUBLE_EQ(f.instrumentalness.value_or(-1), 0.0);
    EXPECT_DOUBLE_EQ(f.tempo.value_or(-1), 118.0);
    EXPECT_EQ(f.key, 1);  // C#
    EXPECT_EQ(f.mode, 1); // Major
    EXPECT_FALSE(f.loudness.has_value());

    const auto* glass = rowTitled(parsed, "Glass Houses");
    ASSERT_NE(glass, nullptr);
    EXPECT_FALSE(glass->features.valence.has_value());                     // NA stays missing, never 0
    EXPECT_DOUBLE_EQ(glass->features.instrumentalness.value_or(-1), 0.01); // "1" in a % column is 1 %
    EXPECT_EQ(glass->artists, (std::vector<std::string>{"Noor & The Quiet, Mira Sol", "Noor & The Quiet"}));

    const auto* nordlys = rowTitled(parsed, "Nordlys");
    ASSERT_NE(nordlys, nullptr);
    EXPECT_FALSE(nordlys->features.key.has_value());
    EXPECT_FALSE(nordlys->features.tempo.has_value());
    EXPECT_EQ(nordlys->features.mode, 0);
    EXPECT_EQ(rowTitled(parsed, "Paper Lanterns")->features.key, 1); // Db
    EXPECT_NE(rowTitled(parsed, "Two\r\nLines"), nullptr);
}

TEST(FeatureDataset, IdsInAnyFormPythonListsAndEmptyRows)
{
    const auto parsed = parseFixture("ids_python_lists.csv");
    ASSERT_TRUE(parsed.fatal.empty()) << parsed.fatal;
    EXPECT_EQ(parsed.dataRecords, 6U);
    EXPECT_EQ(rejectedLines(parsed), (std::vector<std::size_t>{7}));
    EXPECT_NE(parsed.rejected[0].message.find("no audio features"), std::string::npos);

    const auto* paper = rowTitled(parsed, "Paper Lanterns");
    ASSERT_NE(paper, nullptr);
    EXPECT_EQ(paper->spotifyId, "0PaperLanterns00000001");
    EXPECT_DOUBLE_EQ(paper->features.instrumentalness.value_or(-1), 8.29e-05);
    EXPECT_EQ(paper->features.durationMs, 215000);
    EXPECT_EQ(paper->features.timeSignature, 4);
    const auto* fog = rowTitled(parsed, "Fog Signal (feat. Mira Sol)");
    ASSERT_NE(fog, nullptr);
    EXPECT_EQ(fog->artists, (std::vector<std::string>{"The Lamplighters"}));
    EXPECT_FALSE(fog->features.key.has_value());   // -1
    EXPECT_FALSE(fog->features.tempo.has_value()); // 0: no beat found
    const auto* tidewater = rowTitled(parsed, "Tidewater");
    ASSERT_NE(tidewater, nullptr);
    EXPECT_EQ(tidewater->spotifyId, "6NameOnly0000000000001"); // from a spotify:track: URI
}

TEST(FeatureDataset, SemicolonsDecimalCommasAndAnUnmarkedPercentColumn)
{
    const auto parsed = parseFixture("semicolon_decimal_comma.csv");
    ASSERT_TRUE(parsed.fatal.empty()) << parsed.fatal;
    ASSERT_EQ(parsed.rows.size(), 2U);
    const AudioFeatures& f = parsed.rows[0].features;
    EXPECT_DOUBLE_EQ(f.danceability.value_or(-1), 0.61);
    EXPECT_DOUBLE_EQ(f.energy.value_or(-1), 0.72); // 72 in a column of values above 1: percent
    EXPECT_DOUBLE_EQ(f.tempo.value_or(-1), 118.5);
    EXPECT_EQ(f.key, 0);
}

TEST(FeatureDataset, ABrokenValueFarAboveOneDoesNotMakeTheColumnPercent)
{
    // 1e30 is no percentage: its row is rejected and the other rows keep their 0..1 values.
    const auto parsed = parseFeatureDataset("artist,title,energy,duration_ms\n"
                                            "Velvet Harbour,Tidewater,0.72,215000\n"
                                            "Velvet Harbour,Paper Lanterns,1e30,198000\n"
                                            "Velvet Harbour,Glass Houses,0.5,1e30\n");
    ASSERT_TRUE(parsed.fatal.empty()) << parsed.fatal;
    ASSERT_EQ(parsed.rows.size(), 1U);
    EXPECT_DOUBLE_EQ(parsed.rows[0].features.energy.value_or(-1), 0.72);
    EXPECT_EQ(rejectedLines(parsed), (std::vector<std::size_t>{3, 4}));
    ASSERT_EQ(parsed.rejected.size(), 2U);
    EXPECT_EQ(parsed.rejected[0].message, "energy 1e+30 is outside 0..1 (or 0..100 as a percentage)");
    EXPECT_EQ(parsed.rejected[1].message, "duration (ms) 1e+30 is longer than any track"); // was stored as garbage
}

TEST(FeatureDataset, FilesThatCannotBeUsedSayWhy)
{
    const auto quote = parseFixture("unterminated_quote.csv");
    EXPECT_EQ(quote.fatalLine, 3U);
    EXPECT_TRUE(quote.rows.empty());

    const auto noTrack = parseFeatureDataset("danceability,energy\n0.5,0.5\n");
    EXPECT_NE(noTrack.fatal.find("no column names the track"), std::string::npos) << noTrack.fatal;
    const auto noFeatures = parseFeatureDataset("artist,title,year\nA,B,2020\n");
    EXPECT_NE(noFeatures.fatal.find("no audio-feature column"), std::string::npos) << noFeatures.fatal;
    const auto notText = parseFeatureDataset("artist,title,energy\nA,B\xFF\xFE,0.5\n");
    EXPECT_EQ(notText.fatalLine, 2U);
    EXPECT_NE(notText.fatal.find("UTF-8"), std::string::npos);
    constexpr char kWithNul[] = "artist,title,energy\nA,B,0.5\nC,D\0,0.5\n";
    const auto withNul = parseFeatureDataset(std::string_view(kWithNul, sizeof kWithNul - 1));
    EXPECT_EQ(withNul.fatalLine, 3U); // a NUL is no text either (binary data, UTF-16)
    EXPECT_FALSE(parseFeatureDataset("").fatal.empty());
}

TEST(FeatureDataset, AnyBytesGiveAnAnswerNotACrash)
{
    // What a fuzzer would throw first: nothing here may crash or loop.
    for (const std::string& text : {std::string("\""), std::string("\"\"\""), std::string(",,,\n,,,"),
                                    std::string("id\n\n\n"), std::string(1, '\0'), std::string("\r\r\r\"\r"),
                                    std::string("name,artist,energy\n\"a\"\"\",b,0.1\n\"x\"\"y,z,2")}) {
        const auto parsed = parseFeatureDataset(text);
        if (parsed.fatal.empty()) {
            EXPECT_EQ(parsed.dataRecords, parsed.rows.size() + parsed.rejected.size()); // every record accounted for
        }
    }
}

} // namespace
} // namespace tunescope::enrich
