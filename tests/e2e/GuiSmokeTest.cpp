#include "TestSupport.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace tunescope {
namespace {

// Launches the real binary's window on the demo profile (offscreen platform), waits for the
// Overview to be painted and lets it quit: the app starts, shows data and exits cleanly.
TEST(GuiSmoke, DemoWindowOpensPaintsAndExits)
{
#ifndef TUNESCOPE_WITH_UI
    GTEST_SKIP() << "built without the desktop UI";
#else
    testing::TempDir dir;
    // `timeout`: a window that never reports its first frame fails the test instead of hanging it.
    const std::string command = "QT_QPA_PLATFORM=offscreen TUNESCOPE_EXIT_AFTER_FIRST_PAINT=1 XDG_CONFIG_HOME='" +
                                dir.path().string() + "/config' TUNESCOPE_DATA_DIR='" + dir.path().string() +
                                "' timeout 120 '" + TUNESCOPE_BINARY + "' --demo 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string out;
    std::array<char, 512> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        out.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << out;
    EXPECT_NE(out.find("first-paint-ms "), std::string::npos) << out;
#endif
}

} // namespace
} // namespace tunescope
