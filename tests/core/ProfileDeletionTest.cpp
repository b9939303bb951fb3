#include "CoreTestHelpers.h"
#include "TestSupport.h"

#include "auth/MemorySecretStore.h"
#include "exchange/ProfileDeletion.h"
#include "ingest/HistoryImporter.h"
#include "store/SpotifyAccount.h"
#include "sync/SpotifyConnection.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace tunescope::exchange {
namespace {

using tunescope::testing::TempDir;

// The keychain of these tests: memory shared by every store the deletion opens.
class SharedKeychain final : public auth::SecretStore {
public:
    explicit SharedKeychain(std::shared_ptr<auth::MemorySecretStore> inner) : inner_(std::move(inner)) {}
    Result<std::optional<std::string>> read(const std::string& key) override { return inner_->read(key); }
    Status write(const std::string& key, const std::string& secret) override { return inner_->write(key, secret); }
    Status remove(const std::string& key) override { return inner_->remove(key); }
    [[nodiscard]] std::string describe() const override { return "the test keychain"; }

private:
    std::shared_ptr<auth::MemorySecretStore> inner_;
};

struct Profiles {
    TempDir data;
    std::shared_ptr<auth::MemorySecretStore> keychain = std::make_shared<auth::MemorySecretStore>();

    [[nodiscard]] store::ProfileLocation at(const std::string& name) const { return {data.path(), name}; }
    [[nodiscard]] sync::KeychainOpener opener() const
    {
        return [inner = keychain] { return std::make_unique<SharedKeychain>(inner); };
    }

    // A profile with plays and a Spotify login, in the keychain or (inFile) in its login file.
    void make(const std::string& name, bool inFile)
    {
        auto db = store::openProfile(at(name));
        ASSERT_TRUE(db);
        ASSERT_FALSE(ingest::importHistory(*db, {tunescope::testing::fixture("extended_2024.json")}).anyRejected());
        store::SpotifyAccount account;
        account.clientId = "client";
        account.secretKey = sync::SpotifyConnection::secretKeyFor(name);
        ASSERT_TRUE(store::saveSpotifyAccount(*db, account));
        auto secrets = sync::openLoginStorage(*db, at(name), inFile, opener());
        ASSERT_NE(secrets, nullptr);
        ASSERT_TRUE(secrets->write(account.secretKey, "refresh-token-of-" + name));
    }

    bool inKeychain(const std::string& name) const
    {
        const auto secret = keychain->read(sync::SpotifyConnection::secretKeyFor(name));
        return secret && secret->has_value();
    }
};

TEST(ProfileDeletion, TheFolderAndTheLoginGoOtherProfilesStay)
{
    Profiles profiles;
    profiles.make("mine", false);
    profiles.make("filed", true);
    profiles.make("other", false);
    ASSERT_TRUE(profiles.inKeychain("mine"));
    ASSERT_TRUE(std::filesystem::exists(sync::loginFileFor(profiles.at("filed"))));

    const auto contents = describeProfile(profiles.at("mine"));
    ASSERT_TRUE(contents) << contents.error().message;
    EXPECT_GT(contents->plays, 0);
    EXPECT_EQ(contents->directory, profiles.at("mine").directory());
    EXPECT_TRUE(contents->spotifyAccount);
    EXPECT_FALSE(contents->loginFile);
    EXPECT_TRUE(describeProfile(profiles.at("filed"))->loginFile);

    ASSERT_TRUE(deleteProfile(profiles.at("mine"), profiles.opener()));
    EXPECT_FALSE(std::filesystem::exists(profiles.at("mine").directory()));
    EXPECT_FALSE(profiles.inKeychain("mine"));

    ASSERT_TRUE(deleteProfile(profiles.at("filed"), profiles.opener()));
    EXPECT_FALSE(std::filesystem::exists(profiles.at("filed").directory()));

    EXPECT_TRUE(profiles.inKeychain("other"));
    const auto other = describeProfile(profiles.at("other"));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->plays, contents->plays);

    const auto gone = deleteProfile(profiles.at("mine"), profiles.opener());
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_NE(gone.error().message.find("mine"), std::string::npos);
}

TEST(ProfileDeletion, RefusedWhileTheProfileIsOpenAndThenNothingIsDeleted)
{
    Profiles profiles;
    profiles.make("mine", false);
    auto open = store::openProfile(profiles.at("mine"));
    ASSERT_TRUE(open);
    const auto refused = deleteProfile(profiles.at("mine"), profiles.opener());
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("in use"), std::string::npos) << refused.error().message;
    EXPECT_TRUE(std::filesystem::exists(profiles.at("mine").databaseFile()));
    EXPECT_TRUE(profiles.inKeychain("mine"));
    EXPECT_GT(tunescope::testing::queryInt(*open, "SELECT COUNT(*) FROM plays"), 0);
}

} // namespace
} // namespace tunescope::exchange
