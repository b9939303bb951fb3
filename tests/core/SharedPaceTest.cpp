// Request starts spaced across processes through the shared pace file: two senders over one file
// (as the window and a command line run would be) never start closer than the interval, a stop
// ends the wait, and an unusable file leaves requests unpaced rather than failing them.

#include "ManualClock.h"
#include "TestSupport.h"

#include "http/SharedPace.h"

#include <gtest/gtest.h>

#include <vector>

namespace tunescope::http {
namespace {

using namespace std::chrono_literals;

// Answers 200 at once and notes when each request reached it.
class StampingSender final : public HttpSender {
public:
    explicit StampingSender(Clock& clock) : clock_(clock) {}
    Result<HttpResponse> send(const HttpRequest& /*request*/, std::stop_token /*stop*/) override
    {
        starts.push_back(clock_.now());
        return HttpResponse{200, {}, "{}"};
    }
    std::vector<UtcMs> starts;

private:
    Clock& clock_;
};

TEST(SharedPace, TwoSendersOverOneFileKeepOnePaceTogether)
{
    testing::TempDir dir;
    testing::ManualClock clock;
    StampingSender transport(clock);
    SharedPaceSender window(transport, dir.path() / "pace", 1000ms, clock);
    SharedPaceSender commandLine(transport, dir.path() / "pace", 1000ms, clock);
    const HttpRequest request;
    ASSERT_TRUE(window.send(request, {}).ok());
    ASSERT_TRUE(commandLine.send(request, {}).ok());
    clock.advance(300ms);
    ASSERT_TRUE(window.send(request, {}).ok());
    clock.advance(5000ms); // a pause: the next one goes at once
    ASSERT_TRUE(commandLine.send(request, {}).ok());
    ASSERT_EQ(transport.starts.size(), 4U);
    EXPECT_EQ(transport.starts[0], testing::ManualClock::kDefaultStart); // the first at once
    EXPECT_EQ(transport.starts[1] - transport.starts[0], 1000);
    EXPECT_EQ(transport.starts[2] - transport.starts[1], 1000);
    EXPECT_EQ(transport.starts[3], testing::ManualClock::kDefaultStart + 2000 + 5000); // no wait after the pause
}

TEST(SharedPace, AStopEndsTheWaitAndNothingIsSent)
{
    testing::TempDir dir;
    testing::ManualClock clock;
    StampingSender transport(clock);
    SharedPaceSender sender(transport, dir.path() / "pace", 1000ms, clock);
    ASSERT_TRUE(sender.send(HttpRequest{}, {}).ok());
    std::stop_source stop;
    stop.request_stop();
    const auto second = sender.send(HttpRequest{}, stop.get_token());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(transport.starts.size(), 1U);
}

TEST(SharedPace, AFileThatCannotBeUsedLeavesRequestsToTheProcesssOwnGate)
{
    testing::TempDir dir;
    testing::ManualClock clock;
    StampingSender transport(clock);
    SharedPaceSender sender(transport, dir.path() / "no" / "such" / "folder" / "pace", 1000ms, clock);
    ASSERT_TRUE(sender.send(HttpRequest{}, {}).ok());
    ASSERT_TRUE(sender.send(HttpRequest{}, {}).ok());
    EXPECT_EQ(transport.starts.size(), 2U);
    // A damaged file (or one from a clock far ahead) costs one interval at most.
    testing::TempDir other;
    const auto damaged = other.write("pace", "99999999999999999");
    SharedPaceSender recovering(transport, damaged, 1000ms, clock);
    const UtcMs before = clock.now();
    ASSERT_TRUE(recovering.send(HttpRequest{}, {}).ok());
    EXPECT_LE(transport.starts.back() - before, 1000);
}

} // namespace
} // namespace tunescope::http
