#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace tunescope {
namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

// Runs the real binary with a private data dir; stderr is folded into `out` only when asked.
Run runTunescope(const std::filesystem::path& dataDir, const std::string& args, bool withStderr = false)
{
    const std::string command = std::string("TUNESCOPE_DATA_DIR='") + dataDir.string() + "' TZ=UTC '" +
                                TUNESCOPE_BINARY + "' " + args + (withStderr ? " 2>&1" : " 2>/dev/null");
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        run.out.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

TEST(Cli, DemoStatsIsAJsonObjectWithTheDocumentedFields)
{
    testing::TempDir dir;
    const auto run = runTunescope(dir.path(), "--demo stats --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    for (const char* key : {"plays", "ms_played", "unique_tracks", "unique_artists", "first_play", "last_play"}) {
        EXPECT_TRUE(json.contains(key)) << key;
    }
    EXPECT_GT(json["plays"].get<long>(), 10'000);
    EXPECT_GT(json["unique_artists"].get<long>(), 200);
}

TEST(Cli, UsageErrorsExitOneWithAHelpfulMessage)
{
    testing::TempDir dir;
    const auto run = runTunescope(dir.path(), "top planets", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("artists, tracks, albums"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
