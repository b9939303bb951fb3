#pragma once

// Doubles for the Spotify client tests: an HttpSender that serves scripted answers by URL and
// records what it was asked, a TokenProvider with numbered fake tokens, and a SpotifyApi wired
// to both.

#include "TestSupport.h"

#include "auth/TokenProvider.h"
#include "http/HttpTypes.h"
#include "spotify/SpotifyApi.h"

#include <gtest/gtest.h>

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tunescope::testing {

// The Web API base the SpotifyApi tests script their URLs under.
inline const std::string kApiBase = "https://api.spotify.com/v1";

inline http::HttpResponse jsonResponse(int status, std::string body)
{
    return http::HttpResponse{status, {{"content-type", "application/json; charset=utf-8"}}, std::move(body)};
}

inline std::string spotifyFixture(const std::string& name)
{
    return readFile(fixture("spotify/" + name));
}

class ScriptedSender : public http::HttpSender {
public:
    // Answers for `url`, in order; the last one repeats.
    void on(const std::string& url, http::HttpResponse response) { routes_[url].push_back(std::move(response)); }
    void on(const std::string& url, int status, std::string body) { on(url, jsonResponse(status, std::move(body))); }
    // Answers every URL without a scripted answer (e.g. endless pages).
    std::function<Result<http::HttpResponse>(const http::HttpRequest&)> fallback;
    // Runs before each answer (e.g. to request a stop after the first page).
    std::function<void(const http::HttpRequest&)> beforeAnswer;

    Result<http::HttpResponse> send(const http::HttpRequest& request, std::stop_token /*stop*/) override
    {
        requests.push_back(request);
        if (beforeAnswer) {
            beforeAnswer(request);
        }
        const auto route = routes_.find(request.url);
        if (route == routes_.end() || route->second.empty()) {
            if (fallback) {
                return fallback(request);
            }
            ADD_FAILURE() << "unexpected request: " << request.url;
            return jsonResponse(404, R"({"error":{"status":404,"message":"Not scripted"}})");
        }
        http::HttpResponse response = route->second.front();
        if (route->second.size() > 1) {
            route->second.pop_front();
        }
        return response;
    }

    [[nodiscard]] std::vector<std::string> urls() const
    {
        std::vector<std::string> out;
        for (const auto& request : requests) {
            out.push_back(request.url);
        }
        return out;
    }

    std::vector<http::HttpRequest> requests;

private:
    std::map<std::string, std::deque<http::HttpResponse>> routes_;
};

inline std::string headerOf(const http::HttpRequest& request, const std::string& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

// Tokens "fake-token-1", "fake-token-2", ...: renewing moves to the next one.
class FakeTokens : public auth::TokenProvider {
public:
    Result<std::string> accessToken(std::stop_token /*stop*/) override
    {
        ++accessCalls;
        if (accessError) {
            return *accessError;
        }
        return current();
    }

    Result<std::string> renewAfterUnauthorized(const std::string& rejectedToken, std::stop_token /*stop*/) override
    {
        rejected.push_back(rejectedToken);
        if (renewError) {
            return *renewError;
        }
        ++generation;
        return current();
    }

    [[nodiscard]] std::string current() const { return "fake-token-" + std::to_string(generation); }

    int generation = 1;
    int accessCalls = 0;
    std::vector<std::string> rejected;
    std::optional<Error> accessError;
    std::optional<Error> renewError;
};

// A SpotifyApi at kApiBase over a ScriptedSender and FakeTokens.
class SpotifyApiFixture : public ::testing::Test {
protected:
    ScriptedSender sender;
    FakeTokens tokens;
    spotify::SpotifyApi api{sender, tokens, kApiBase};
};

} // namespace tunescope::testing
