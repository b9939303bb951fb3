#pragma once

// The artist-page tests talk to the fake Spotify through the real stack: libcurl, a request gate
// paced like the app's, the retrying client, the typed API. The clock fast-forwards, so pacing,
// backoff and cooldowns cost no test time.

#include "FakeSpotify.h"
#include "FastForwardClock.h"
#include "TestSupport.h"

#include "auth/EnvTokenProvider.h"
#include "http/CooldownStore.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "http/RequestGate.h"
#include "spotify/SpotifyApi.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace tunescope::testing {

inline fakes::FakeSpotifyOptions prolificCatalogue(int releases = 40)
{
    fakes::FakeSpotifyOptions options;
    options.catalogue.prolificReleases = releases;
    return options;
}

class BrowseAgainstFake : public ::testing::Test {
protected:
    fakes::FakeSpotify fake{prolificCatalogue()};
    FastForwardClock clock;
    http::CurlTransport transport;
    http::RequestGate gate{clock, http::HostPacing{std::chrono::milliseconds(100), 2}};
    http::MemoryCooldownStore cooldowns;
    http::HttpClient client{transport, clock, gate, cooldowns};
    auth::EnvTokenProvider tokens{fake.issueTokens({}).accessToken};
    spotify::SpotifyApi api{client, tokens, fake.apiBaseUrl()};
    store::Database db = freshDatabase();
    const fakes::FakeArtist& artist = *fake.catalogue().prolificArtist();
};

} // namespace tunescope::testing
