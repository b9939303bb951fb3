#include "CliRunner.h"
#include "TestSupport.h"

#include "store/Profile.h"
#include "store/SpotifyAccount.h"
#include "sync/LoginStorage.h"
#include "sync/SpotifyConnection.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

class DeleteProfileCli : public ::testing::Test {
protected:
    testing::TempDir data;

    store::ProfileLocation at(const std::string& name) const { return {data.path(), name}; }

    void SetUp() override
    {
        for (const char* profile : {"mine", "other"}) {
            const auto run = runTunescope(data.path(), std::string("--profile ") + profile + " import " +
                                                           quoted(testing::fixture("extended_2024.json")));
            ASSERT_EQ(run.exitCode, 0) << run.out;
        }
        // "mine" keeps its Spotify login in the file the user may choose instead of the keychain.
        auto db = store::openProfile(at("mine"));
        ASSERT_TRUE(db);
        store::SpotifyAccount account;
        account.clientId = "client";
        account.secretKey = sync::SpotifyConnection::secretKeyFor("mine");
        ASSERT_TRUE(store::saveSpotifyAccount(*db, account));
        auto secrets = sync::openLoginStorage(*db, at("mine"), true, {});
        ASSERT_NE(secrets, nullptr);
        ASSERT_TRUE(secrets->write(account.secretKey, "refresh-token-of-mine"));
        ASSERT_TRUE(std::filesystem::exists(sync::loginFileFor(at("mine"))));
    }
};

TEST_F(DeleteProfileCli, WithoutYesItSaysWhatWouldGoAndWithYesTheProfileAndItsLoginAreGone)
{
    const auto stats = runTunescope(data.path(), "--profile other stats --json");
    ASSERT_EQ(stats.exitCode, 0) << stats.out;

    const auto asked = runTunescope(data.path(), "--profile mine delete-profile", true);
    EXPECT_EQ(asked.exitCode, 1) << asked.out;
    EXPECT_NE(asked.out.find("--yes"), std::string::npos) << asked.out;
    EXPECT_NE(asked.out.find(at("mine").directory().string()), std::string::npos) << asked.out;
    EXPECT_NE(asked.out.find(" plays"), std::string::npos) << asked.out;
    EXPECT_NE(asked.out.find("Spotify login"), std::string::npos) << asked.out;
    EXPECT_TRUE(std::filesystem::exists(at("mine").databaseFile()));
    EXPECT_TRUE(std::filesystem::exists(sync::loginFileFor(at("mine"))));

    const auto deleted = runTunescope(data.path(), "--profile mine delete-profile --yes", true);
    ASSERT_EQ(deleted.exitCode, 0) << deleted.out;
    EXPECT_NE(deleted.out.find("Deleted profile \"mine\""), std::string::npos) << deleted.out;
    EXPECT_FALSE(std::filesystem::exists(at("mine").directory()));
    EXPECT_FALSE(std::filesystem::exists(sync::loginFileFor(at("mine"))));

    const auto untouched = runTunescope(data.path(), "--profile other stats --json");
    EXPECT_EQ(untouched.out, stats.out);

    const auto again = runTunescope(data.path(), "--profile mine delete-profile --yes", true);
    EXPECT_EQ(again.exitCode, 3) << again.out;
    EXPECT_NE(again.out.find("no profile \"mine\""), std::string::npos) << again.out;
}

TEST_F(DeleteProfileCli, RefusedWhileTheProfileIsOpenAndForTheDemo)
{
    {
        auto open = store::openProfile(at("mine"));
        ASSERT_TRUE(open);
        const auto refused = runTunescope(data.path(), "--profile mine delete-profile --yes", true);
        EXPECT_EQ(refused.exitCode, 3) << refused.out;
        EXPECT_NE(refused.out.find("in use"), std::string::npos) << refused.out;
        EXPECT_TRUE(std::filesystem::exists(at("mine").databaseFile()));
        EXPECT_TRUE(std::filesystem::exists(sync::loginFileFor(at("mine"))));
    }
    const auto demo = runTunescope(data.path(), "--demo delete-profile --yes", true);
    EXPECT_EQ(demo.exitCode, 1) << demo.out;
    EXPECT_NE(demo.out.find("demo"), std::string::npos) << demo.out;
}

} // namespace
} // namespace tunescope
