// Cover art on disk: downloaded once through its own HTTP client, then read from the file, also
// by a new cache object (a restart); failures leave no file behind.

#include "BrowseTestFixture.h"

#include "browse/ImageCache.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace tunescope {
namespace {

class BrowseImageCache : public testing::BrowseAgainstFake {
protected:
    std::string imageUrl(const std::string& name) const
    {
        // The fake serves images beside the API: http://127.0.0.1:PORT/image/<name>
        const std::string base = fake.apiBaseUrl();
        return base.substr(0, base.size() - 3) + "/image/" + name;
    }

    std::size_t filesInCache() const
    {
        std::size_t count = 0;
        if (std::filesystem::exists(dir.path() / "images")) {
            for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path() / "images")) {
                ++count;
            }
        }
        return count;
    }

    testing::TempDir dir;
    browse::ImageCache images{dir.path() / "images", transport, clock};
};

TEST_F(BrowseImageCache, TheFirstRequestDownloadsEveryLaterOneReadsTheFile)
{
    const std::string url = imageUrl(artist.id + "-64");
    EXPECT_FALSE(images.cachedFile(url).has_value());
    const auto file = images.fetch(url, {});
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->extension(), ".png");
    const std::string bytes = testing::readFile(*file);
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
    EXPECT_EQ(fake.requestCount("/image/"), 1);

    const auto again = images.fetch(url, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *file);
    EXPECT_EQ(images.cachedFile(url), *file);
    EXPECT_EQ(fake.requestCount("/image/"), 1);

    // A restart finds the file too, and another URL is another file.
    browse::ImageCache restarted(dir.path() / "images", transport, clock);
    EXPECT_EQ(restarted.cachedFile(url), *file);
    const auto other = restarted.fetch(imageUrl(artist.id + "-300"), {});
    ASSERT_TRUE(other.ok());
    EXPECT_NE(*other, *file);
    EXPECT_EQ(fake.requestCount("/image/"), 2);
    EXPECT_EQ(filesInCache(), 2U);
}

TEST_F(BrowseImageCache, AServerHiccupIsRetriedAndMissingOrNonImageAnswersStoreNothing)
{
    fake.fail("/image/", fakes::Fault::serverError(503));
    const auto retried = images.fetch(imageUrl("retried-64"), {});
    ASSERT_TRUE(retried.ok()) << retried.error().message;
    EXPECT_EQ(fake.requestCount("/image/"), 2);

    fakes::Fault notAnImage;
    notAnImage.status = 200;
    notAnImage.body = "<html><body>Sign in</body></html>";
    notAnImage.contentType = "text/html; charset=utf-8";
    notAnImage.label = "a login page instead of an image";
    fake.fail("/image/", notAnImage);
    const auto html = images.fetch(imageUrl("html-64"), {});
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error().code, ErrorCode::Remote);
    EXPECT_FALSE(images.cachedFile(imageUrl("html-64")).has_value());

    fake.fail("/image/", fakes::Fault::forbidden("Forbidden"));
    const auto refused = images.fetch(imageUrl("refused-64"), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Remote);
    EXPECT_EQ(filesInCache(), 1U); // only the retried one; no partial files either
}

TEST_F(BrowseImageCache, OnlyWebAddressesAreFetched)
{
    for (const std::string url : {"file:///etc/passwd", "ftp://example.org/x.png", "", "/image/x"}) {
        const auto result = images.fetch(url, {});
        ASSERT_FALSE(result.ok()) << url;
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput) << url;
    }
    EXPECT_EQ(fake.requestCount("/"), 0);
}

TEST_F(BrowseImageCache, AStopBeforeTheDownloadIsACancel)
{
    std::stop_source stop;
    stop.request_stop();
    const auto result = images.fetch(imageUrl("stopped-64"), stop.get_token());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(filesInCache(), 0U);
}

} // namespace
} // namespace tunescope
