// The real binary logs in and syncs against the fake Spotify, as a user at a terminal would:
// `tunescope login` prints the address, the (simulated) browser follows it, then `sync` and
// `spotify-top` work from the stored login.

#include "FakeSpotify.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>

namespace tunescope {
namespace {

class SpotifyCli : public ::testing::Test {
protected:
    std::string environment() const
    {
        return "TUNESCOPE_DATA_DIR='" + data.path().string() + "' TUNESCOPE_SPOTIFY_API_URL='" + fake.apiBaseUrl() +
               "' TUNESCOPE_SPOTIFY_ACCOUNTS_URL='" + fake.accountsBaseUrl() + "' TZ=UTC ";
    }

    // Runs a command; when it prints an address to open, the browser follows it.
    std::pair<int, std::string> run(const std::string& args)
    {
        const std::string command = environment() + "'" + TUNESCOPE_BINARY + "' " + args + " 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        std::string out;
        std::thread browser;
        std::array<char, 4096> line{};
        while (std::fgets(line.data(), static_cast<int>(line.size()), pipe) != nullptr) {
            const std::string text(line.data());
            out += text;
            if (const auto at = text.find("http://127.0.0.1");
                at != std::string::npos && !browser.joinable() && text.find("/authorize") != std::string::npos) {
                std::string url = text.substr(at);
                url.erase(url.find_last_not_of("\r\n ") + 1);
                browser = std::thread([url] { fakes::simulateBrowser(url); });
            }
        }
        if (browser.joinable()) {
            browser.join();
        }
        const int status = ::pclose(pipe);
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
    }

    std::filesystem::path loginFile() const { return data.path() / "profiles" / "default" / "spotify-login.json"; }

    testing::TempDir data;
    fakes::FakeSpotify fake;
};

TEST_F(SpotifyCli, LoginSyncCompareAndLogOut)
{
    auto [code, out] = run("login --client-id " + fake.clientId() + " --store-login-in-file");
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("/authorize?client_id="), std::string::npos) << out;
    EXPECT_NE(out.find("Logged in"), std::string::npos) << out;
    struct stat info {};
    ASSERT_EQ(::stat(loginFile().c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777U, 0600U); // only the user can read the login

    std::tie(code, out) = run("sync --json");
    ASSERT_EQ(code, 0) << out;
    const auto report = nlohmann::json::parse(out);
    EXPECT_GT(report["requests"].get<int>(), 6);
    EXPECT_EQ(report["top_artists"].get<std::size_t>(), fake.topArtistIds(fakes::TimeRange::ShortTerm).size() +
                                                            fake.topArtistIds(fakes::TimeRange::MediumTerm).size() +
                                                            fake.topArtistIds(fakes::TimeRange::LongTerm).size());
    EXPECT_TRUE(report["stopped_early"].is_null());

    std::tie(code, out) = run("spotify-top artists --range short --json");
    ASSERT_EQ(code, 0) << out;
    const auto top = nlohmann::json::parse(out);
    const auto truth = fake.topArtistIds(fakes::TimeRange::ShortTerm);
    ASSERT_EQ(top["rows"].size(), truth.size());
    EXPECT_EQ(top["rows"][0]["spotify_id"], truth.front());
    EXPECT_FALSE(top["rows"][0]["name"].get<std::string>().empty());

    std::tie(code, out) = run("logout");
    ASSERT_EQ(code, 0) << out;
    std::tie(code, out) = run("sync");
    EXPECT_EQ(code, 3);
    EXPECT_NE(out.find("not logged in"), std::string::npos) << out;
}

// Secrets stay secret: through a login, syncs, a refresh after the access token expired and a
// logout, no authorization code, token or PKCE verifier shows in what the commands print or in any
// file of the data folder, except the login file the user opted into (0600), which logout removes.
TEST_F(SpotifyCli, NoSecretInOutputOrFilesOutsideTheOptedInLoginFile)
{
    std::string printed;
    const auto step = [&](const std::string& args) {
        auto [code, out] = run(args);
        printed += out;
        return code;
    };
    ASSERT_EQ(step("login --client-id " + fake.clientId() + " --store-login-in-file"), 0) << printed;
    ASSERT_EQ(step("sync --json"), 0) << printed;
    fake.expireAccessTokens();
    ASSERT_EQ(step("sync --recent-only"), 0) << printed;
    EXPECT_GE(fake.tokenCounters().refreshes, 1);

    const auto secrets = fake.secretsSeen();
    ASSERT_GE(secrets.size(), 4U); // a code, its verifier, access and refresh tokens
    // Names the leaked secret by its first characters only: a failing test must not leak it either.
    const auto leak = [&secrets](const std::string& text) {
        for (const auto& secret : secrets) {
            if (text.find(secret) != std::string::npos) {
                return secret.substr(0, 6) + "...";
            }
        }
        return std::string();
    };
    const auto scanFiles = [&](const std::filesystem::path& allowed) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(data.path())) {
            if (!entry.is_regular_file() || entry.path() == allowed) {
                continue;
            }
            EXPECT_EQ(leak(testing::readFile(entry.path())), "") << entry.path();
        }
    };
    EXPECT_EQ(leak(printed), "");
    scanFiles(loginFile());                              // the database, its journal, caches, pace files: no secret
    EXPECT_NE(leak(testing::readFile(loginFile())), ""); // the scan does find the opted-in refresh token

    ASSERT_EQ(step("logout"), 0) << printed;
    EXPECT_FALSE(std::filesystem::exists(loginFile()));
    scanFiles({});
    EXPECT_EQ(leak(printed), "");
}

// What the background timer runs (packaging/systemd/tunescope-sync.service): `sync --quiet`, whose
// output goes to the journal. It stays a short summary without progress lines or any secret, and
// once Spotify has asked for a pause, the next run ends at once without asking the API.
TEST_F(SpotifyCli, QuietSyncForTheJournalIsShortHasNoSecretAndHonoursAStoredCooldown)
{
    auto [code, out] = run("login --client-id " + fake.clientId() + " --store-login-in-file");
    ASSERT_EQ(code, 0) << out;
    const auto lineCount = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
    std::string journal;

    std::tie(code, out) = run("sync --quiet");
    journal += out;
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find("Synced with Spotify"), std::string::npos) << out;
    EXPECT_EQ(out.find("[1/"), std::string::npos) << out; // no progress lines
    EXPECT_LE(lineCount(out), 5) << out;

    // Spotify asks for a day's pause: the run stops and says until when.
    fake.fail("/v1/", fakes::Fault::tooManyRequestsHuge());
    std::tie(code, out) = run("sync --quiet");
    journal += out;
    EXPECT_EQ(code, 3) << out;
    EXPECT_NE(out.find("will not ask Spotify again before"), std::string::npos) << out;
    EXPECT_LE(lineCount(out), 6) << out;

    // The next timer run: the stored cooldown keeps it from Spotify altogether, the accounts
    // service included (a new process would otherwise renew an access token it cannot use).
    fake.clearRequestLog();
    std::tie(code, out) = run("sync --quiet");
    journal += out;
    EXPECT_EQ(code, 3) << out;
    EXPECT_NE(out.find("will not ask Spotify again before"), std::string::npos) << out;
    EXPECT_EQ(fake.requests().size(), 0U);

    const auto secrets = fake.secretsSeen();
    ASSERT_GE(secrets.size(), 2U); // at least the access and refresh tokens
    for (const auto& secret : secrets) {
        EXPECT_EQ(journal.find(secret), std::string::npos) << "a secret starting " << secret.substr(0, 6);
    }
}

TEST_F(SpotifyCli, WithoutAKeychainLoginSaysHowToKeepTheLogin)
{
    auto [code, out] = run("login --client-id " + fake.clientId());
    if (code == 0) {
        GTEST_SKIP() << "a system keychain answered on this machine";
    }
    EXPECT_EQ(code, 3);
    EXPECT_NE(out.find("--store-login-in-file"), std::string::npos) << out;
    EXPECT_EQ(fake.tokenCounters().authorizeRequests, 0);
}

} // namespace
} // namespace tunescope
