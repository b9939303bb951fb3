// Where a refresh token lives without a keychain: a file only its owner can read.

#include "auth/FileSecretStore.h"
#include "auth/MemorySecretStore.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace tunescope::auth {
namespace {

namespace fs = std::filesystem;

const std::string kSecret = "REFRESH-SECRET-abc123";

mode_t modeOf(const fs::path& file)
{
    struct stat info {};
    EXPECT_EQ(::stat(file.c_str(), &info), 0);
    return info.st_mode & 0777;
}

void expectNoSecretIn(const Error& error)
{
    EXPECT_EQ(error.message.find("REFRESH-SECRET"), std::string::npos) << "an error message carries a secret";
}

TEST(FileSecretStore, WritesAFileOnlyTheOwnerCanRead)
{
    testing::TempDir dir;
    const auto file = dir.path() / "config" / "secrets.json";
    FileSecretStore store(file);
    const mode_t previous = ::umask(0); // even a permissive umask must not widen the mode
    const Status written = store.write("profile/user", kSecret);
    ::umask(previous);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(modeOf(file), 0600U);
    EXPECT_EQ(store.read("profile/user").value(), kSecret);
    EXPECT_EQ(store.read("other").value(), std::nullopt);

    // Nothing but the file is left behind (no temporary files).
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(file.parent_path())) {
        ++entries;
    }
    EXPECT_EQ(entries, 1U);
}

TEST(FileSecretStore, KeepsKeysApartAndRemovesOne)
{
    testing::TempDir dir;
    FileSecretStore store(dir.path() / "secrets.json");
    ASSERT_TRUE(store.write("a", "REFRESH-SECRET-a").ok());
    ASSERT_TRUE(store.write("b", "REFRESH-SECRET-b").ok());
    ASSERT_TRUE(store.write("a", "REFRESH-SECRET-a2").ok());
    ASSERT_TRUE(store.remove("b").ok());
    ASSERT_TRUE(store.remove("never-there").ok());
    EXPECT_EQ(store.read("a").value(), "REFRESH-SECRET-a2");
    EXPECT_EQ(store.read("b").value(), std::nullopt);
    EXPECT_EQ(modeOf(dir.path() / "secrets.json"), 0600U);

    // Another store over the same file (the next run) sees the same secrets.
    FileSecretStore again(dir.path() / "secrets.json");
    EXPECT_EQ(again.read("a").value(), "REFRESH-SECRET-a2");

    // Removing the last secret removes the file.
    ASSERT_TRUE(again.remove("a").ok());
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "secrets.json"));
    EXPECT_EQ(again.read("a").value(), std::nullopt);
}

TEST(FileSecretStore, AMissingFileHoldsNoSecrets)
{
    testing::TempDir dir;
    FileSecretStore store(dir.path() / "nothing-yet.json");
    const auto secret = store.read("a");
    ASSERT_TRUE(secret.ok());
    EXPECT_EQ(*secret, std::nullopt);
    EXPECT_FALSE(fs::exists(dir.path() / "nothing-yet.json")) << "reading creates nothing";
}

TEST(FileSecretStore, RefusesAFileOthersCanRead)
{
    testing::TempDir dir;
    const auto file = dir.write("secrets.json", R"({"a":"REFRESH-SECRET-abc123"})");
    ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
    FileSecretStore store(file);

    const auto secret = store.read("a");
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().code, ErrorCode::Io);
    EXPECT_NE(secret.error().message.find("chmod 600 " + file.string()), std::string::npos);
    expectNoSecretIn(secret.error());

    const Status written = store.write("a", "REFRESH-SECRET-new");
    ASSERT_FALSE(written.ok()) << "a file that may have leaked is not quietly reused";
    EXPECT_EQ(modeOf(file), 0644U);

    ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
    EXPECT_EQ(store.read("a").value(), kSecret);
}

TEST(FileSecretStore, RefusesASymbolicLink)
{
    testing::TempDir dir;
    const auto target = dir.write("elsewhere.json", R"({"a":"REFRESH-SECRET-abc123"})");
    ASSERT_EQ(::chmod(target.c_str(), 0600), 0);
    const auto link = dir.path() / "secrets.json";
    fs::create_symlink(target, link);
    FileSecretStore store(link);
    const auto secret = store.read("a");
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().code, ErrorCode::Io);
}

TEST(FileSecretStore, ADamagedFileIsCorruptWithoutQuotingIt)
{
    testing::TempDir dir;
    const auto file = dir.write("secrets.json", R"({"a":"REFRESH-SECRET-abc123", oops)");
    ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
    FileSecretStore store(file);
    const auto secret = store.read("a");
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().code, ErrorCode::Corrupt);
    EXPECT_NE(secret.error().message.find(file.string()), std::string::npos);
    expectNoSecretIn(secret.error());
}

TEST(FileSecretStore, DescribesItselfForTheUser)
{
    FileSecretStore store("/home/someone/.config/tunescope/secrets.json");
    EXPECT_EQ(store.describe(), "a file readable only by you (/home/someone/.config/tunescope/secrets.json)");
}

TEST(MemorySecretStore, RemembersUntilRemoved)
{
    MemorySecretStore store;
    EXPECT_EQ(store.read("a").value(), std::nullopt);
    ASSERT_TRUE(store.write("a", kSecret).ok());
    EXPECT_EQ(store.read("a").value(), kSecret);
    ASSERT_TRUE(store.remove("a").ok());
    EXPECT_EQ(store.read("a").value(), std::nullopt);
    EXPECT_EQ(store.describe().find("REFRESH"), std::string::npos);
}

} // namespace
} // namespace tunescope::auth
