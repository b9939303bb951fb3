#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

class ExchangeCli : public ::testing::Test {
protected:
    testing::TempDir data;
    testing::TempDir files;

    void SetUp() override
    {
        const auto run = runTunescope(data.path(), "import " + quoted(testing::fixture("extended_2024.json")) + " " +
                                                       quoted(testing::fixture("extended_2021.json")));
        ASSERT_EQ(run.exitCode, 0) << run.out;
    }

    // What a user compares between two profiles: the totals and the top lists.
    std::string listening(const std::string& profile)
    {
        std::string text;
        for (const char* command :
             {"stats --json", "top artists --format json --limit 100", "top tracks --format json --limit 100",
              "top albums --format json --limit 100 --by minutes"}) {
            const auto run = runTunescope(data.path(), "--profile " + profile + " " + command);
            EXPECT_EQ(run.exitCode, 0) << run.out;
            text += run.out;
        }
        return text;
    }
};

TEST_F(ExchangeCli, PlaysExportedAsJsonImportIntoAnotherProfileWithTheSameStatsAndTopLists)
{
    const auto file = files.path() / "plays.json";
    auto run = runTunescope(data.path(), "export plays --format json --out " + quoted(file));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("Exported"), std::string::npos) << run.out;
    run = runTunescope(data.path(), "--profile copy import " + quoted(file));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_EQ(listening("copy"), listening("default"));
    EXPECT_EQ(testing::readFile(file).find("ip_addr"), std::string::npos);
}

TEST_F(ExchangeCli, PlaysCsvHoldsTheRangeAndTopCsvIsTheTopListOfTheRange)
{
    const auto all = files.path() / "all.csv";
    const auto march = files.path() / "march.csv";
    ASSERT_EQ(runTunescope(data.path(), "export plays --out " + quoted(all)).exitCode, 0);
    ASSERT_EQ(
        runTunescope(data.path(), "export plays --from 2024-03-10 --to 2024-03-10 --format csv --out " + quoted(march))
            .exitCode,
        0);
    const auto allText = testing::readFile(all);
    const auto marchText = testing::readFile(march);
    EXPECT_EQ(allText.rfind("ended_at,started_at,ms_played,kind,creator,title", 0), 0U) << allText;
    EXPECT_LT(marchText.size(), allText.size());
    EXPECT_NE(marchText.find("2024-03-10T"), std::string::npos) << marchText;
    EXPECT_EQ(marchText.find("2023-"), std::string::npos) << marchText;

    const auto top = files.path() / "top.csv";
    ASSERT_EQ(runTunescope(data.path(), "export top tracks --by minutes --limit 3 --out " + quoted(top)).exitCode, 0);
    const auto printed = runTunescope(data.path(), "top tracks --by minutes --limit 3 --format csv");
    EXPECT_EQ(testing::readFile(top), printed.out);
    EXPECT_EQ(printed.out.rfind("rank,track,artist,plays,minutes", 0), 0U) << printed.out;

    const auto bad = runTunescope(data.path(), "export plays --format xml --out " + quoted(all), true);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.out.find("--format"), std::string::npos) << bad.out;
}

TEST_F(ExchangeCli, RestoreBringsBackTheBackupAndRefusesAFileThatIsNotOne)
{
    const auto backup = files.path() / "profile.tunescope";
    auto run = runTunescope(data.path(), "backup --out " + quoted(backup));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto backedUp = listening("default");
    ASSERT_EQ(runTunescope(data.path(), "import " + quoted(testing::fixture("extended_2020.json"))).exitCode, 0);
    const auto later = listening("default");
    ASSERT_NE(later, backedUp);

    const auto garbage = files.write("holiday.jpg", std::string(4096, '\x7f'));
    run = runTunescope(data.path(), "restore " + quoted(garbage), true);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.out.find(garbage.string()), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("not a Tunescope backup"), std::string::npos) << run.out;
    EXPECT_EQ(listening("default"), later);

    run = runTunescope(data.path(), "restore " + quoted(backup));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_EQ(listening("default"), backedUp);
    // Into a new profile too.
    ASSERT_EQ(runTunescope(data.path(), "--profile other restore " + quoted(backup)).exitCode, 0);
    EXPECT_EQ(listening("other"), backedUp);
}

} // namespace
} // namespace tunescope
