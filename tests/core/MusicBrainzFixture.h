#pragma once

// A MusicBrainz client and the fake MusicBrainz on one fast-forward clock: the real one-second
// pace without the waiting. The fake answers 503 to anything faster, and every test fails if
// that ever happened.

#include "FakeMusicBrainz.h"
#include "FastForwardClock.h"

#include "enrich/MusicBrainzClient.h"

#include <gtest/gtest.h>

#include <memory>

namespace tunescope::testing {

class MusicBrainzFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.running());
        enrich::MusicBrainzSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.clock = &paceClock;
        settings.cooldowns = &cooldowns;
        auto created = enrich::MusicBrainzClient::create(settings);
        ASSERT_TRUE(created.ok()) << created.error().message;
        client = std::move(created).value();
    }

    void TearDown() override { EXPECT_EQ(fake.tooFast(), 0) << "the client asked faster than once a second"; }

    static fakes::FakeMusicBrainzOptions pacedBy(FastForwardClock& clock)
    {
        fakes::FakeMusicBrainzOptions options;
        options.nowMs = [&clock] { return clock.now(); };
        return options;
    }

    FastForwardClock paceClock; // the client's pace and backoff, and the fake's arrivals
    fakes::FakeMusicBrainz fake{pacedBy(paceClock)};
    http::MemoryCooldownStore cooldowns;
    std::unique_ptr<enrich::MusicBrainzClient> client;
};

} // namespace tunescope::testing
