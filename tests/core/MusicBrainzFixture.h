#pragma once

// A MusicBrainz client and the fake MusicBrainz on one virtual clock: the real one-second pace
// without the waiting. Time moves only when the client waits, so the fake sees each request at
// the very moment the client's gate let it go, free of scheduling jitter: it answers 503 to
// anything closer than a second, and every test fails if that ever happened.

#include "FakeMusicBrainz.h"
#include "ManualClock.h"

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

    static fakes::FakeMusicBrainzOptions pacedBy(ManualClock& clock)
    {
        fakes::FakeMusicBrainzOptions options;
        options.nowMs = [&clock] { return clock.now(); };
        return options;
    }

    ManualClock paceClock; // the client's pace and backoff, and the fake's arrivals
    fakes::FakeMusicBrainz fake{pacedBy(paceClock)};
    http::MemoryCooldownStore cooldowns;
    std::unique_ptr<enrich::MusicBrainzClient> client;
};

} // namespace tunescope::testing
