// `tunescope enrich genres` as a user runs it, against the fake MusicBrainz: a history's artists
// get their genres, a second run asks nothing, --limit, the demo profile refused, and Ctrl+C in
// the middle keeps what was found so that the next run finishes the rest.

#include "BinaryRun.h"
#include "FakeMusicBrainz.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace tunescope {
namespace {

using namespace std::chrono_literals;
using fakes::FakeMusicBrainz;

// The binary's pace for the fake (a "mirror" on 127.0.0.1 may be asked faster than once a
// second); the fake refuses anything closer than its own, smaller interval (less its 10 ms
// tolerance): 60 ms of scheduling jitter on a loaded machine are forgiven, a client ignoring the
// pace is not.
constexpr auto kClientInterval = 100ms;

fakes::FakeMusicBrainzOptions fakeOptions(std::chrono::milliseconds latency = 0ms)
{
    fakes::FakeMusicBrainzOptions options;
    options.minInterval = 50ms;
    options.latency = latency;
    return options;
}

class GenreCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.running());
        const std::array<const char*, 5> names = {"Velvet Harbour", "Noor & The Quiet", "Amber Signal", "Nova",
                                                  "Static Orchard"};
        std::string rows = "[";
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i < 3) {
                fake.addArtist({FakeMusicBrainz::mbidFor(static_cast<int>(i)),
                                names[i],
                                {{"genre " + std::to_string(i), 3}, {"shared", 1}},
                                {},
                                "",
                                100});
            }
            // Listening time falls from the first to the last.
            rows += std::string(i == 0 ? "" : ",") + R"({"endTime":"2024-03-10 1)" + std::to_string(i) +
                    R"(:00","artistName":")" + names[i] + R"(","trackName":"Song","msPlayed":)" +
                    std::to_string(600'000 - 100'000 * static_cast<int>(i)) + "}";
        }
        fake.addArtist({FakeMusicBrainz::mbidFor(7), "Nova", {{"techno", 2}}, {}, "German DJ", 100});
        fake.addArtist({FakeMusicBrainz::mbidFor(8), "Nova", {{"samba", 2}}, {}, "Brazilian band", 100});
        const auto file = scratch.write("StreamingHistory_music_0.json", rows + "]");
        const auto imported = run("import '" + file.string() + "'");
        ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
    }

    void TearDown() override { EXPECT_EQ(fake.tooFast(), 0) << "the binary asked faster than its pace"; }

    std::string environment() const
    {
        std::string env = "TUNESCOPE_DATA_DIR='" + data.path().string();
        env.append("' TUNESCOPE_MUSICBRAINZ_URL='").append(fake.baseUrl());
        env.append("' TUNESCOPE_MUSICBRAINZ_INTERVAL_MS=").append(std::to_string(kClientInterval.count()));
        return env.append(" TZ=UTC");
    }

    testing::BinaryRun run(const std::string& args)
    {
        return testing::runBinary(environment(), args, scratch.path() / "stderr.txt");
    }

    testing::TempDir data;
    testing::TempDir scratch;
    FakeMusicBrainz fake{fakeOptions()};
};

TEST_F(GenreCli, TheHistorysArtistsGetTheirGenresAndASecondRunAsksNothing)
{
    auto result = run("enrich genres --limit 2 --json");
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["due"], 5);
    EXPECT_EQ(json["looked_up"], 2);
    EXPECT_EQ(json["remaining"], 3);
    EXPECT_EQ(json["found"], 2);

    result = run("enrich genres");
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("Genres looked up for 3 of 3 artists"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Found: 1"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("None found: 1"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("not guessed: 1"), std::string::npos) << result.out; // the two Novas
    EXPECT_EQ(result.err.find("\033["), std::string::npos); // no progress lines when not a terminal

    const int asked = fake.requestCount();
    result = run("enrich genres --json");
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["due"], 0);
    EXPECT_EQ(fake.requestCount(), asked);
    for (const auto& request : fake.requests()) {
        EXPECT_EQ(request.userAgent.rfind("Tunescope/", 0), 0U) << request.userAgent;
    }
}

TEST_F(GenreCli, TheDemoProfileIsNeverEnrichedAndBadOptionsAreUsageErrors)
{
    auto result = run("--demo enrich genres");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("made up"), std::string::npos) << result.err;
    EXPECT_EQ(run("enrich genres --limit 0").exitCode, 1);
    EXPECT_EQ(run("enrich moods").exitCode, 1);
    EXPECT_EQ(fake.requestCount(), 0);
    result = run("enrich --help");
    EXPECT_NE(result.out.find("TUNESCOPE_MUSICBRAINZ_URL"), std::string::npos);
}

TEST(GenreCliInterrupt, CtrlCStopsCleanlyAndTheNextRunFinishesTheRest)
{
    FakeMusicBrainz fake(fakeOptions(150ms)); // slow answers: time to press Ctrl+C mid-run
    ASSERT_TRUE(fake.running());
    testing::TempDir data;
    testing::TempDir scratch;
    std::string rows = "[";
    for (int i = 0; i < 6; ++i) {
        const std::string name = "Artist " + std::to_string(i);
        fake.addArtist({FakeMusicBrainz::mbidFor(i), name, {{"genre " + std::to_string(i), 1}}, {}, "", 100});
        rows += std::string(i == 0 ? "" : ",") + R"({"endTime":"2024-03-10 10:0)" + std::to_string(i) +
                R"(","artistName":")" + name + R"(","trackName":"Song","msPlayed":)" +
                std::to_string(600'000 - 60'000 * i) + "}";
    }
    const auto file = scratch.write("StreamingHistory_music_0.json", rows + "]");

    auto spawn = [&](const std::vector<std::string>& args) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setenv("TUNESCOPE_DATA_DIR", data.path().c_str(), 1);
            ::setenv("TUNESCOPE_MUSICBRAINZ_URL", fake.baseUrl().c_str(), 1);
            ::setenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS", std::to_string(kClientInterval.count()).c_str(), 1);
            (void)std::freopen((scratch.path() / "out.txt").c_str(), "w", stdout);
            (void)std::freopen((scratch.path() / "err.txt").c_str(), "w", stderr);
            std::vector<char*> argv{const_cast<char*>(TUNESCOPE_BINARY)};
            for (const auto& arg : args) {
                argv.push_back(const_cast<char*>(arg.c_str()));
            }
            argv.push_back(nullptr);
            ::execv(TUNESCOPE_BINARY, argv.data());
            std::_Exit(127);
        }
        return pid;
    };
    auto exitCodeOf = [](pid_t pid) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    ASSERT_EQ(exitCodeOf(spawn({"import", file.string()})), 0);

    const pid_t pid = spawn({"enrich", "genres", "--json"});
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (fake.requestCount() < 5 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(10ms); // two artists done (search + lookup each), the third begun
    }
    ::kill(pid, SIGINT);
    EXPECT_EQ(exitCodeOf(pid), 3);
    const auto stopped = nlohmann::json::parse(testing::readFile(scratch.path() / "out.txt"));
    EXPECT_TRUE(stopped["stopped_early"].get<bool>());
    const int keptBefore = stopped["looked_up"].get<int>();
    EXPECT_GE(keptBefore, 2);
    EXPECT_LT(keptBefore, 6);
    EXPECT_NE(testing::readFile(scratch.path() / "err.txt").find("kept"), std::string::npos);

    // Run again at once: the pace is shared between processes (<data dir>/musicbrainz-pace).
    ASSERT_EQ(exitCodeOf(spawn({"enrich", "genres", "--json"})), 0);
    const auto finished = nlohmann::json::parse(testing::readFile(scratch.path() / "out.txt"));
    EXPECT_EQ(finished["due"].get<int>(), 6 - keptBefore);
    EXPECT_EQ(finished["looked_up"].get<int>(), 6 - keptBefore);
    EXPECT_EQ(finished["found"].get<int>(), 6 - keptBefore);
    EXPECT_EQ(fake.tooFast(), 0);
}

} // namespace
} // namespace tunescope
