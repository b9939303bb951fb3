// tunescope recap, run as a user would: a PNG poster of the asked size from a small history.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

const char* const kHistory = R"([
  {"endTime" : "2024-03-09 23:50", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 200000},
  {"endTime" : "2024-03-10 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 180000},
  {"endTime" : "2024-03-11 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000}
])";

struct PngSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

// Width and height from the IHDR chunk, which a PNG starts with (after the 8-byte signature).
PngSize pngSize(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, 24> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (!in || header[1] != 'P' || header[2] != 'N' || header[3] != 'G') {
        return {};
    }
    const auto bigEndian = [&](std::size_t at) {
        return (std::uint32_t{header.at(at)} << 24U) | (std::uint32_t{header.at(at + 1)} << 16U) |
               (std::uint32_t{header.at(at + 2)} << 8U) | std::uint32_t{header.at(at + 3)};
    };
    return {bigEndian(16), bigEndian(20)};
}

class RecapCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto file = inputs.write("StreamingHistory_music_0.json", kHistory);
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(RecapCli, WritesAPosterOfEachSize)
{
#ifndef TUNESCOPE_WITH_UI
    const auto run = runTunescope(data.path(), "recap --out " + quoted(data.path() / "r.png"), true);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.out.find("desktop build"), std::string::npos) << run.out;
#else
    const auto portrait = data.path() / "recap.png";
    auto run = runTunescope(data.path(), "recap --from 2024-03-01 --to 2024-03-31 --out " + quoted(portrait));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("March 2024"), std::string::npos) << run.out;
    const auto tall = pngSize(portrait);
    EXPECT_EQ(tall.width, 1080U);
    EXPECT_EQ(tall.height, 1920U);
    // A gradient, text and bars: far from the few kilobytes a blank image of that size takes.
    EXPECT_GT(std::filesystem::file_size(portrait), 100'000U);

    const auto landscape = data.path() / "wide.png";
    run = runTunescope(data.path(), "recap --size 1920x1080 --out " + quoted(landscape));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto wide = pngSize(landscape);
    EXPECT_EQ(wide.width, 1920U);
    EXPECT_EQ(wide.height, 1080U);
#endif
}

TEST_F(RecapCli, ABadSizeOrNoOutputIsAUsageError)
{
#ifndef TUNESCOPE_WITH_UI
    GTEST_SKIP() << "built without the desktop UI";
#else
    auto run = runTunescope(data.path(), "recap --size 800x600 --out " + quoted(data.path() / "x.png"), true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--size"), std::string::npos) << run.out;
    EXPECT_FALSE(std::filesystem::exists(data.path() / "x.png"));

    run = runTunescope(data.path(), "recap", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--out"), std::string::npos) << run.out;
#endif
}

} // namespace
} // namespace tunescope
