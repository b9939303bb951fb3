// tunescope_fake_spotify: the fake Spotify servers for trying the app by hand, without a Spotify
// account or the internet. Prints the two base URLs and a client id, serves until Ctrl+C.
#include "FakeSpotify.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include <pthread.h>

namespace {

std::optional<int> number(const char* text)
{
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < 0 || value > 1'000'000) {
        return std::nullopt;
    }
    return static_cast<int>(value);
}

void usage()
{
    std::cerr << "usage: tunescope_fake_spotify [--latency-ms N] [--port-api PORT] [--port-accounts PORT]\n"
                 "                              [--extended-quota] [--prolific-releases N]\n";
}

} // namespace

int main(int argc, char** argv)
{
    tunescope::fakes::FakeSpotifyOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--extended-quota") {
            options.extendedQuota = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        }
        const bool takesValue =
            arg == "--latency-ms" || arg == "--port-api" || arg == "--port-accounts" || arg == "--prolific-releases";
        const auto value = (takesValue && i + 1 < argc) ? number(argv[i + 1]) : std::nullopt;
        if (!value || (arg.rfind("--port-", 0) == 0 && *value > 65535) ||
            (arg == "--prolific-releases" && *value > 1000)) {
            std::cerr << "tunescope_fake_spotify: bad or missing value for " << arg << "\n";
            usage();
            return 2;
        }
        ++i;
        if (arg == "--latency-ms") {
            options.latency = std::chrono::milliseconds(*value);
        } else if (arg == "--prolific-releases") {
            options.catalogue.prolificReleases = *value; // an artist with a big discography
        } else if (arg == "--port-api") {
            options.apiPort = *value;
        } else {
            options.accountsPort = *value;
        }
    }

    // Block the stop signals before the server threads start, so they all inherit the mask and
    // only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    tunescope::fakes::FakeSpotify fake(options);
    if (!fake.running()) {
        std::cerr << "tunescope_fake_spotify: could not listen on the requested port(s); is another copy running?\n";
        return 1;
    }
    std::cout << "Fake Spotify accounts: " << fake.accountsBaseUrl() << "\n"
              << "Fake Spotify API:      " << fake.apiBaseUrl() << "\n"
              << "Client ID:             " << fake.clientId() << "\n"
              << "Redirect URI:          http://127.0.0.1:<any port>/callback\n"
              << "Mode:                  " << (options.extendedQuota ? "Extended Quota" : "Development Mode") << "\n"
              << "Press Ctrl+C to stop." << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cout << "Stopping." << std::endl;
    return 0;
}
