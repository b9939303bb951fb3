// Hostile files through the real binary, where the wording a user reads matters: the file, the
// place and the reason on the terminal, exit status 2, and JSON output that stays JSON (also for
// a file name that is not UTF-8).

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::fixture;
using testing::quoted;
using testing::runTunescope;

class HostileFilesCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(fixture("extended_2021.json"))).exitCode, 0);
    }

    std::string stats() { return runTunescope(data.path(), "stats --json").out; }

    testing::TempDir data;
};

TEST_F(HostileFilesCli, AFileInAnotherEncodingIsRejectedWithFilePlaceAndReason)
{
    const std::string before = stats();
    const auto file = fixture("hostile/history_latin1_name.json");
    const auto run = runTunescope(data.path(), "import " + quoted(file));
    EXPECT_EQ(run.exitCode, 2) << run.out;
    EXPECT_NE(run.out.find("rejected  " + file.string() +
                           "\n    invalid UTF-8 inside a string (is the file in another encoding?) at byte 682 "
                           "(entry 2)"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("0 plays added"), std::string::npos) << run.out;
    EXPECT_EQ(stats(), before);
}

TEST_F(HostileFilesCli, HostileZipEntriesAreNamedAndTheJsonReportStaysValid)
{
    const auto run = runTunescope(data.path(), "import --json " + quoted(fixture("hostile/export_path_traversal.zip")) +
                                                   " " + quoted(fixture("hostile/export_invalid_utf8_name.zip")));
    EXPECT_EQ(run.exitCode, 2) << run.out;
    const auto report = nlohmann::json::parse(run.out); // throws, failing the test, on broken output
    ASSERT_EQ(report["files"].size(), 5U);
    EXPECT_EQ(report["files"][0]["outcome"], "rejected");
    EXPECT_NE(report["files"][0]["name"].get<std::string>().find(": ../evil.json"), std::string::npos);
    EXPECT_NE(report["files"][0]["error"].get<std::string>().find("points outside the archive"), std::string::npos);
    EXPECT_EQ(report["files"][4]["outcome"], "rejected"); // the archive whose entry name is not UTF-8
    EXPECT_EQ(report["totals"]["rejected_files"], 5);
}

TEST_F(HostileFilesCli, AFileNameThatIsNotUtf8DoesNotAbortTheJsonReport)
{
    // Linux allows any bytes in a file name; the report printed the name and aborted (exit 134).
    testing::TempDir inputs;
    inputs.write("export/Streaming_History_\xFF\xFE.json", testing::readFile(fixture("extended_2024.json")));
    const auto run = runTunescope(data.path(), "import --json " + quoted(inputs.path() / "export"));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["totals"]["plays_added"], 4);
    EXPECT_NE(report["files"][0]["name"].get<std::string>().find("Streaming_History_\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(HostileFilesCli, AChartRowWithAnUnquotedSeparatorIsRejectedWithItsLine)
{
    const auto run =
        runTunescope(data.path(), "charts import " + quoted(fixture("hostile/charts_wrong_column_count.csv")) +
                                      " --region us --period weekly --date 2023-01-12");
    EXPECT_EQ(run.exitCode, 2) << run.out;
    EXPECT_NE(run.out.find("charts_wrong_column_count.csv, line 3: has 10 fields where the header has 9"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("0 chart entries added"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
