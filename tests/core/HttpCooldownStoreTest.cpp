#include "http/CooldownStore.h"

#include <gtest/gtest.h>

namespace tunescope::http {
namespace {

TEST(MemoryCooldownStore, RemembersTheLatestCooldownPerHost)
{
    MemoryCooldownStore store;
    EXPECT_FALSE(store.cooldownUntil("api.spotify.com"));
    store.setCooldown("api.spotify.com", 1'000, "slow down");
    store.setCooldown("musicbrainz.org", 5'000, "busy");
    EXPECT_EQ(store.cooldownUntil("api.spotify.com"), 1'000);
    EXPECT_EQ(store.cooldownUntil("musicbrainz.org"), 5'000);
    EXPECT_EQ(store.reason("musicbrainz.org"), "busy");

    store.setCooldown("api.spotify.com", 9'000, "quota");
    EXPECT_EQ(store.cooldownUntil("api.spotify.com"), 9'000);
    EXPECT_EQ(store.reason("api.spotify.com"), "quota");
    EXPECT_FALSE(store.cooldownUntil("accounts.spotify.com"));
}

} // namespace
} // namespace tunescope::http
