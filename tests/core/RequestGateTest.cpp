#include "http/RequestGate.h"

#include "ManualClock.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace tunescope::http {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

using testing::ManualClock;

TEST(RequestGate, PacesRequestStartsPerHost)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{1000ms, 4});
    const UtcMs t0 = clock.now();
    std::vector<UtcMs> starts;
    for (int i = 0; i < 3; ++i) {
        auto permit = gate.acquire("musicbrainz.org", {});
        ASSERT_TRUE(permit);
        starts.push_back(clock.now());
    }
    EXPECT_EQ(starts, (std::vector<UtcMs>{t0, t0 + 1000, t0 + 2000}));
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{1000ms, 1000ms}));

    // Another host has its own pace: no wait.
    ASSERT_TRUE(gate.acquire("api.spotify.com", {}));
    EXPECT_EQ(clock.waits().size(), 2U);
}

TEST(RequestGate, NoWaitOnceTheIntervalHasPassed)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{1000ms, 4});
    ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));
    clock.advance(1500ms);
    ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));
    clock.advance(400ms);
    ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{600ms}));
}

TEST(RequestGate, OverridesApplyToTheirHostOnly)
{
    ManualClock clock;
    RequestGate gate(clock); // default: no spacing
    gate.setPacing("musicbrainz.org", HostPacing{1000ms, 1});
    EXPECT_EQ(gate.pacing("musicbrainz.org").maxInFlight, 1);
    EXPECT_EQ(gate.pacing("api.spotify.com").minInterval, 0ms);
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(gate.acquire("api.spotify.com", {}));
        ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));
    }
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{1000ms, 1000ms}));
}

TEST(RequestGate, HeldPermitsStillPaceLaterStarts)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{250ms, 8});
    const UtcMs t0 = clock.now();
    // Four permits held at once: each start is still a pacing interval after the previous one.
    std::vector<RequestGate::Permit> held;
    for (int i = 0; i < 4; ++i) {
        auto permit = gate.acquire("h", {});
        ASSERT_TRUE(permit);
        held.push_back(std::move(permit).value());
    }
    EXPECT_EQ(gate.inFlight("h"), 4);
    EXPECT_EQ(clock.now(), t0 + 750);
    held.clear();
    EXPECT_EQ(gate.inFlight("h"), 0);
}

TEST(RequestGate, LimitsRequestsInFlight)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{0ms, 2});
    std::atomic<int> inside{0};
    std::atomic<int> most{0};
    std::vector<std::thread> threads;
    threads.reserve(8);
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            auto permit = gate.acquire("api.spotify.com", {});
            ASSERT_TRUE(permit);
            const int now = ++inside;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            std::this_thread::sleep_for(2ms);
            --inside;
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_LE(most.load(), 2);
    EXPECT_GE(most.load(), 1);
    EXPECT_EQ(gate.inFlight("api.spotify.com"), 0);
}

TEST(RequestGate, AFullHostMakesTheNextCallerWaitForARelease)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{0ms, 1});
    auto first = gate.acquire("api.spotify.com", {});
    ASSERT_TRUE(first);

    // Other hosts are not held up.
    ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));

    std::atomic<bool> gotIt{false};
    std::thread second([&] {
        auto permit = gate.acquire("api.spotify.com", {});
        EXPECT_TRUE(permit);
        gotIt = true;
    });
    std::this_thread::sleep_for(30ms);
    EXPECT_FALSE(gotIt.load());
    {
        auto released = std::move(first).value();
    } // the permit ends here
    second.join();
    EXPECT_TRUE(gotIt.load());
    EXPECT_EQ(gate.inFlight("api.spotify.com"), 0);
}

TEST(RequestGate, StopEndsAWaitForASlot)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{0ms, 1});
    auto held = gate.acquire("api.spotify.com", {});
    ASSERT_TRUE(held);
    std::stop_source stop;
    const auto started = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(20ms);
        stop.request_stop();
    });
    const auto waiting = gate.acquire("api.spotify.com", stop.get_token());
    stopper.join();
    ASSERT_FALSE(waiting);
    EXPECT_EQ(waiting.error().code, ErrorCode::Cancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 1s);
    EXPECT_EQ(gate.inFlight("api.spotify.com"), 1); // only the held permit
}

TEST(RequestGate, StopEndsAPacingWaitAndFreesTheSlot)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{5000ms, 1});
    ASSERT_TRUE(gate.acquire("musicbrainz.org", {}));
    std::stop_source stop;
    clock.setOnSleep([&] { stop.request_stop(); });
    const auto paced = gate.acquire("musicbrainz.org", stop.get_token());
    ASSERT_FALSE(paced);
    EXPECT_EQ(paced.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(gate.inFlight("musicbrainz.org"), 0);
}

TEST(RequestGate, MovedPermitsReleaseOnce)
{
    ManualClock clock;
    RequestGate gate(clock, HostPacing{0ms, 2});
    auto a = gate.acquire("h", {});
    auto b = gate.acquire("h", {});
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    EXPECT_EQ(gate.inFlight("h"), 2);
    RequestGate::Permit kept = std::move(a).value();
    kept = std::move(b).value(); // releases the first slot, takes over the second
    EXPECT_EQ(gate.inFlight("h"), 1);
    {
        RequestGate::Permit last = std::move(kept);
    }
    EXPECT_EQ(gate.inFlight("h"), 0);
}

} // namespace
} // namespace tunescope::http
