#include "http/BaseUrl.h"

#include <gtest/gtest.h>

using tunescope::http::normalizeBaseUrl;

TEST(BaseUrl, AnHttpsAddressIsKeptWithoutTrailingSlashesOrSpaces)
{
    EXPECT_EQ(normalizeBaseUrl(" https://proxy.example.org/spotify/v1/ ").value(),
              "https://proxy.example.org/spotify/v1");
    EXPECT_EQ(normalizeBaseUrl("https://api.spotify.com/v1").value(), "https://api.spotify.com/v1");
}

TEST(BaseUrl, PlainHttpIsAcceptedOnlyForThisComputer)
{
    EXPECT_EQ(normalizeBaseUrl("http://127.0.0.1:8080/v1").value(), "http://127.0.0.1:8080/v1");
    EXPECT_EQ(normalizeBaseUrl("http://localhost:5000").value(), "http://localhost:5000");
    EXPECT_EQ(normalizeBaseUrl("http://[::1]:5000/").value(), "http://[::1]:5000");
    const auto remote = normalizeBaseUrl("http://mirror.example.org");
    ASSERT_FALSE(remote);
    EXPECT_NE(remote.error().message.find("use https://"), std::string::npos);
    // A host that merely starts like a loopback name is not one.
    EXPECT_FALSE(normalizeBaseUrl("http://localhost.example.org"));
    EXPECT_FALSE(normalizeBaseUrl("http://127.0.0.1.example.org"));
}

TEST(BaseUrl, WhatCannotBeAServiceAddressIsRefusedWithTheReason)
{
    for (const char* bad : {"", "api.spotify.com/v1", "ftp://example.org", "https://", "https:///v1",
                            "https://example.org/v1?x=1", "https://example.org/#top", "https://user:pw@example.org"}) {
        const auto result = normalizeBaseUrl(bad);
        ASSERT_FALSE(result) << bad;
        EXPECT_EQ(result.error().code, tunescope::ErrorCode::InvalidInput) << bad;
        EXPECT_FALSE(result.error().message.empty()) << bad;
    }
}
