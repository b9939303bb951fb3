#include "FakeSpotifyLogin.h"

#include <thread>

namespace tunescope::bench {

Status logInToFake(sync::SpotifyConnection& connection, store::Database& db)
{
    std::thread browser;
    auto login = connection.login(
        db, [&browser](const std::string& url) { browser = std::thread([url] { fakes::simulateBrowser(url); }); }, {},
        {});
    if (browser.joinable()) {
        browser.join();
    }
    return login;
}

} // namespace tunescope::bench
