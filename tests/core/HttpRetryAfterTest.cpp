#include "http/RetryAfter.h"
#include "util/CivilTime.h"

#include <gtest/gtest.h>

namespace tunescope::http {
namespace {

using std::chrono::milliseconds;

UtcMs at(std::string_view iso)
{
    const auto t = parseIsoTimestamp(iso);
    EXPECT_TRUE(t) << iso;
    return t.value_or(0);
}

const UtcMs kNow = at("2015-10-21T07:27:00Z");

TEST(RetryAfter, ReadsDeltaSeconds)
{
    EXPECT_EQ(parseRetryAfter("5", kNow), milliseconds(5'000));
    EXPECT_EQ(parseRetryAfter("0", kNow), milliseconds(0));
    EXPECT_EQ(parseRetryAfter(" 30 ", kNow), milliseconds(30'000));
    EXPECT_EQ(parseRetryAfter("86400", kNow), milliseconds(86'400'000));
}

TEST(RetryAfter, ClampsHugeValuesToAWeek)
{
    EXPECT_EQ(parseRetryAfter("604800", kNow), kLongestRetryAfter);
    EXPECT_EQ(parseRetryAfter("31536000", kNow), kLongestRetryAfter);
    EXPECT_EQ(parseRetryAfter("99999999999999999999999999", kNow), kLongestRetryAfter);
}

TEST(RetryAfter, ReadsHttpDates)
{
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", kNow), milliseconds(60'000));
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 09:27:00 GMT", kNow), milliseconds(2 * 3'600'000));
    // Already over: ask again right away.
    EXPECT_EQ(parseRetryAfter("Tue, 20 Oct 2015 07:28:00 GMT", kNow), milliseconds(0));
    EXPECT_EQ(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", kNow), kLongestRetryAfter);
}

TEST(RetryAfter, RejectsGarbage)
{
    for (const char* value :
         {"", " ", "soon", "-5", "5s", "1.5", "0x10", "Wed, 21 Oct 2015 07:28:00 UTC", "Wed, 31 Feb 2015 07:28:00 GMT",
          "Wed, 21 Foo 2015 07:28:00 GMT", "Wed, 21 Oct 2015 25:28:00 GMT", "21 Oct 2015 07:28:00 GMT"}) {
        EXPECT_FALSE(parseRetryAfter(value, kNow)) << '"' << value << '"';
    }
}

TEST(RetryAfter, FindsTheHeaderInAnyCase)
{
    HttpResponse response;
    response.status = 429;
    EXPECT_FALSE(retryAfterOf(response, kNow));
    response.headers = {{"retry-after", "7"}};
    EXPECT_EQ(retryAfterOf(response, kNow), milliseconds(7'000));
    response.headers = {{"Retry-After", "8"}};
    EXPECT_EQ(retryAfterOf(response, kNow), milliseconds(8'000));
    response.headers = {{"retry-after", "later"}};
    EXPECT_FALSE(retryAfterOf(response, kNow));
}

} // namespace
} // namespace tunescope::http
