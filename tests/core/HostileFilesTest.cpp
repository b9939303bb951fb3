// The hostile corpus (tests/data/hostile): every file is refused with a message naming the file
// and the place of the fault (or, where a reader skips rows, the skip is reported), and the
// profile it was imported into is exactly as it was: same content digest, integrity_check ok.

#include "HostileProfile.h"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>

namespace tunescope {
namespace {

using ingest::FileReport;
using testing::hostileFile;

enum class Reader { History, Charts, Features };
enum class Verdict {
    Refused,    // nothing of the file is used
    RowsSkipped // the reader skips the bad rows and says so; this file has no good row
};

struct HostileCase {
    const char* file; // in tests/data/hostile
    Reader reader;
    Verdict verdict;
    const char* says;  // what is wrong, in the message or the skip reason
    const char* place; // where: "at byte N (entry M)", ", line N", "csv:N:"; "" where a file has none
    std::size_t skippedRows = 0;
};

std::ostream& operator<<(std::ostream& out, const HostileCase& c)
{
    return out << c.file;
}

const HostileCase kCases[] = {
    // History JSON: encodings and byte-order marks
    {"history_bom_between_entries.json", Reader::History, Verdict::Refused, "expected an object for the entry",
     "at byte 517 (entry 2)", 0},
    {"history_utf16le_bom.json", Reader::History, Verdict::Refused, "the file is UTF-16 text", "at byte 0", 0},
    {"history_utf16be_bom.json", Reader::History, Verdict::Refused, "the file is UTF-16 text", "at byte 0", 0},
    {"history_utf16le_no_bom.json", Reader::History, Verdict::Refused, "its entries are not objects",
     "at byte 1 (entry 1)", 0},
    {"history_latin1_name.json", Reader::History, Verdict::Refused, "invalid UTF-8 inside a string",
     "at byte 682 (entry 2)", 0},
    {"history_overlong_utf8.json", Reader::History, Verdict::Refused, "invalid UTF-8 inside a string",
     "at byte 125 (entry 1)", 0},
    // NUL bytes
    {"history_nul_in_string.json", Reader::History, Verdict::Refused, "control character inside a string",
     "at byte 640 (entry 2)", 0},
    {"history_nul_between_tokens.json", Reader::History, Verdict::Refused, "unexpected NUL byte",
     "at byte 577 (entry 2)", 0},
    // Numbers out of range, wrong types, impossible timestamps: rows skipped, as in real exports
    {"history_ms_played_out_of_range.json", Reader::History, Verdict::RowsSkipped, "invalid ms_played", "", 5},
    {"history_ms_played_overflowing.json", Reader::History, Verdict::RowsSkipped, "ms_played longer than a week", "",
     2},
    {"history_ms_played_wrong_type.json", Reader::History, Verdict::RowsSkipped, "invalid ms_played", "", 5},
    {"history_timestamps_out_of_range.json", Reader::History, Verdict::RowsSkipped, "unreadable timestamp", "", 7},
    // Wrong shapes, nothing at all
    {"history_object_not_list.json", Reader::History, Verdict::Refused, "it holds a JSON object", "at byte 0", 0},
    {"history_entries_are_lists.json", Reader::History, Verdict::Refused, "its entries are not objects",
     "at byte 4 (entry 1)", 0},
    {"history_empty.json", Reader::History, Verdict::Refused, "the file is empty", "", 0},
    {"history_whitespace.json", Reader::History, Verdict::Refused, "nothing but white space", "", 0},
    // Chart CSVs
    {"charts_bom_mid_file.csv", Reader::Charts, Verdict::Refused, "rank '\xEF\xBB\xBFrank' is not a whole number",
     "charts_bom_mid_file.csv, line 4", 0},
    {"charts_nul.csv", Reader::Charts, Verdict::Refused, "is not UTF-8 text", "charts_nul.csv, line 3", 0},
    {"charts_binary.csv", Reader::Charts, Verdict::Refused, "is not UTF-8 text", "charts_binary.csv, line 1", 0},
    {"charts_streams_out_of_range.csv", Reader::Charts, Verdict::Refused, "streams '1e30' is not a whole number",
     "charts_streams_out_of_range.csv, line 3", 0},
    {"charts_streams_overflow.csv", Reader::Charts, Verdict::Refused, "is not a whole number",
     "charts_streams_overflow.csv, line 4", 0},
    {"charts_streams_overflowing_totals.csv", Reader::Charts, Verdict::Refused,
     "streams 9000000000000000000 is beyond any chart's", "charts_streams_overflowing_totals.csv, line 2", 0},
    {"charts_negative_rank.csv", Reader::Charts, Verdict::Refused, "rank -1 is negative",
     "charts_negative_rank.csv, line 4", 0},
    {"charts_wrong_column_count.csv", Reader::Charts, Verdict::Refused, "has 10 fields where the header has 9",
     "charts_wrong_column_count.csv, line 3", 0},
    // Features CSVs: a file that cannot be read is refused; unreadable rows are listed
    {"features_nul.csv", Reader::Features, Verdict::Refused, "not UTF-8 text", "features_nul.csv:3:", 0},
    {"features_binary.csv", Reader::Features, Verdict::Refused, "not UTF-8 text", "features_binary.csv:1:", 0},
    {"features_bom_mid_file.csv", Reader::Features, Verdict::RowsSkipped,
     "danceability \"danceability\" is not a number", "features_bom_mid_file.csv:2:", 1},
    {"features_out_of_range.csv", Reader::Features, Verdict::RowsSkipped, "energy 1e+30 is outside",
     "features_out_of_range.csv:2:", 5},
    {"features_wrong_column_count.csv", Reader::Features, Verdict::RowsSkipped, "has 9 fields where the header has 8",
     "features_wrong_column_count.csv:2:", 2},
};

class HostileFile : public ::testing::TestWithParam<HostileCase> {
protected:
    testing::HostileProfile profile;
};

TEST_P(HostileFile, IsRefusedWithFileAndPlaceAndLeavesTheProfileAsItWas)
{
    const HostileCase& c = GetParam();
    const auto file = hostileFile(c.file);
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    const std::string before = testing::databaseContentDigest(profile.db);
    const auto playsBefore = testing::queryInt(profile.db, "SELECT count(*) FROM plays");

    switch (c.reader) {
    case Reader::History: {
        const auto report = profile.importHistory(file);
        ASSERT_EQ(report.files.size(), 1U);
        const FileReport& f = report.files[0];
        EXPECT_EQ(f.name, file.string());
        EXPECT_EQ(f.playsAdded, 0U);
        if (c.verdict == Verdict::Refused) {
            EXPECT_EQ(f.outcome, FileReport::Outcome::Rejected);
            EXPECT_TRUE(report.anyRejected());
            EXPECT_NE(f.error.find(c.says), std::string::npos) << f.error;
            EXPECT_NE(f.error.find(c.place), std::string::npos) << f.error;
            EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
        } else {
            // The skip is reported; the file itself is recorded as seen, no play is stored.
            EXPECT_EQ(f.outcome, FileReport::Outcome::Imported) << f.error;
            EXPECT_EQ(f.rowsRead, c.skippedRows);
            ASSERT_EQ(f.skipped.count(c.says), 1U);
            EXPECT_EQ(f.skipped.at(c.says), c.skippedRows);
            EXPECT_EQ(testing::queryInt(profile.db, "SELECT count(*) FROM plays"), playsBefore);
        }
        break;
    }
    case Reader::Charts: {
        const auto report = profile.importCharts(file);
        ASSERT_EQ(report.files.size(), 1U);
        const auto& f = report.files[0];
        EXPECT_EQ(f.name, file.string());
        EXPECT_EQ(f.outcome, FileReport::Outcome::Rejected);
        EXPECT_EQ(f.entriesAdded, 0U);
        EXPECT_NE(f.error.find(c.says), std::string::npos) << f.error;
        EXPECT_NE(f.error.find(c.place), std::string::npos) << f.error;
        EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
        break;
    }
    case Reader::Features: {
        const auto report = profile.importFeatures(file);
        if (c.verdict == Verdict::Refused) {
            ASSERT_FALSE(report.ok());
            EXPECT_NE(report.error().message.find(c.says), std::string::npos) << report.error().message;
            EXPECT_NE(report.error().message.find(c.place), std::string::npos) << report.error().message;
        } else {
            ASSERT_TRUE(report.ok()) << report.error().message;
            EXPECT_EQ(report->rejected, c.skippedRows);
            EXPECT_EQ(report->matched, 0U);
            ASSERT_FALSE(report->problems.empty());
            EXPECT_NE(report->problems[0].find(c.says), std::string::npos) << report->problems[0];
            EXPECT_NE(report->problems[0].find(c.place), std::string::npos) << report->problems[0];
        }
        EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
        break;
    }
    }
    EXPECT_TRUE(profile.intact());
}

INSTANTIATE_TEST_SUITE_P(Corpus, HostileFile, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<HostileCase>& param) {
                             std::string name = param.param.file;
                             for (char& ch : name) {
                                 ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             }
                             return name;
                         });

} // namespace
} // namespace tunescope
