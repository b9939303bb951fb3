#include "FakeMusicBrainz.h"

#include "FakeServer.h"
#include "Faults.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace tunescope::fakes {
namespace {

using nlohmann::json;

constexpr std::string_view kHelp = "For usage, please see: https://musicbrainz.org/development/mmd";

Reply musicBrainzError(int status, std::string_view message)
{
    return jsonReply(json{{"error", message}, {"help", kHelp}}, status);
}

std::int64_t steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// `artist:"Some \"Name\""` -> `Some "Name"`; nullopt when the phrase is not properly escaped (an
// unescaped quote inside it would end it early: Lucene reports a syntax error).
std::optional<std::string> searchedName(std::string_view query)
{
    constexpr std::string_view kField = "artist:";
    if (query.substr(0, kField.size()) == kField) {
        query.remove_prefix(kField.size());
    }
    if (query.size() < 2 || query.front() != '"' || query.back() != '"') {
        return std::string(query);
    }
    query = query.substr(1, query.size() - 2);
    std::string name;
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (query[i] == '\\' && i + 1 < query.size()) {
            name += query[++i];
        } else if (query[i] == '"' || query[i] == '\\') {
            return std::nullopt;
        } else {
            name += query[i];
        }
    }
    return name;
}

bool includes(const Params& query, std::string_view what)
{
    const auto inc = paramValue(query, "inc").value_or("");
    std::string_view rest = inc; // '+' arrives as a space
    while (!rest.empty()) {
        const auto cut = rest.find_first_of(" +");
        if (rest.substr(0, cut) == what) {
            return true;
        }
        rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    }
    return false;
}

json artistSummary(const FakeMusicBrainzArtist& artist)
{
    return json{{"id", artist.mbid},
                {"name", artist.name},
                {"sort-name", artist.name},
                {"type", "Group"},
                {"type-id", "e431f5f6-b5d2-343d-8b36-72607fffb74b"},
                {"disambiguation", artist.disambiguation}};
}

} // namespace

FakeMusicBrainz::FakeMusicBrainz(FakeMusicBrainzOptions options)
    : options_(std::move(options)), faults_(std::make_unique<FaultQueue>()),
      sleeper_(std::make_unique<InterruptibleSleeper>())
{
    if (!options_.nowMs) {
        options_.nowMs = steadyNowMs;
    }
    const ServerHooks hooks{log_, *faults_, noLatency_, *sleeper_};
    server_ = std::make_unique<FakeServer>("musicbrainz", hooks);
    addRoutes();
    running_ = server_->start(options_.port);
}

FakeMusicBrainz::~FakeMusicBrainz()
{
    sleeper_->wakeAll();
    server_->stop();
}

std::string FakeMusicBrainz::baseUrl() const
{
    return server_->origin() + "/ws/2";
}

std::string FakeMusicBrainz::mbidFor(int number)
{
    std::array<char, 16> tail{};
    std::snprintf(tail.data(), tail.size(), "%012x", static_cast<unsigned>(number));
    return std::string("5b11f4ce-a62d-471e-81fc-") + tail.data();
}

void FakeMusicBrainz::addRoutes()
{
    server_->route("GET", "/ws/2/url", "GET /ws/2/url", [this](const IncomingRequest& request) {
        return serve(request, [&] { return urlLookup(request); });
    });
    server_->route("GET", "/ws/2/artist/([^/]+)", "GET /ws/2/artist/{mbid}", [this](const IncomingRequest& request) {
        return serve(request, [&] { return artistLookup(request); });
    });
    server_->route("GET", "/ws/2/artist", "GET /ws/2/artist", [this](const IncomingRequest& request) {
        return serve(request, [&] { return artistSearch(request); });
    });
    server_->fallback([this](const IncomingRequest& request) {
        return serve(request, [] { return musicBrainzError(404, "Not Found"); });
    });
}

Reply FakeMusicBrainz::serve(const IncomingRequest& request, const std::function<Reply()>& answer)
{
    {
        const std::lock_guard lock(mutex_);
        const std::int64_t now = options_.nowMs();
        const bool paced = options_.minInterval.count() > 0 && !arrivals_.empty();
        const bool tooSoon =
            paced && now - arrivals_.back() < options_.minInterval.count() - options_.tolerance.count();
        arrivals_.push_back(now); // the real service counts refused requests too
        if (tooSoon) {
            ++tooFast_;
            return musicBrainzError(503, "Your requests are exceeding the allowable rate limit. Please see "
                                         "https://wiki.musicbrainz.org/MusicBrainz_API/Rate_Limiting for more "
                                         "information.");
        }
    }
    if (options_.latency.count() > 0) {
        sleeper_->sleepFor(options_.latency);
    }
    if (auto scripted = takeScripted(request.path)) {
        if (scripted->reply) {
            return *scripted->reply;
        }
        sleeper_->sleepFor(scripted->delay);
    }
    const std::string agent = lower(request.userAgent);
    if (agent.empty() || agent.starts_with("curl/") || agent.starts_with("libcurl") ||
        agent.starts_with("python-requests")) {
        return musicBrainzError(403, "Your requests are being blocked: send a meaningful User-Agent.");
    }
    if (paramValue(request.query, "fmt") != std::optional<std::string>("json")) {
        return Reply{200,
                     R"(<?xml version="1.0" encoding="UTF-8"?><metadata xmlns="http://musicbrainz.org/ns/mmd-2.0#"/>)",
                     "application/xml; charset=utf-8",
                     {}};
    }
    return answer();
}

Reply FakeMusicBrainz::urlLookup(const IncomingRequest& request) const
{
    const auto resource = paramValue(request.query, "resource");
    if (!resource) {
        return musicBrainzError(400, "Invalid resource.");
    }
    constexpr std::string_view kSpotifyArtist = "https://open.spotify.com/artist/";
    const std::lock_guard lock(mutex_);
    const auto links = resource->starts_with(kSpotifyArtist)
                           ? spotifyLinks_.find(resource->substr(kSpotifyArtist.size()))
                           : spotifyLinks_.end();
    if (links == spotifyLinks_.end()) {
        return musicBrainzError(404, "Not Found");
    }
    json relations = json::array();
    if (includes(request.query, "artist-rels")) {
        for (const auto& mbid : links->second) {
            const auto artist = artists_.find(mbid);
            json summary = artist != artists_.end() ? artistSummary(artist->second) : json{{"id", mbid}};
            relations.push_back(json{{"type", "free streaming"},
                                     {"type-id", "769085a1-c2f7-4c24-a532-2375a77693bd"},
                                     {"direction", "backward"},
                                     {"target-type", "artist"},
                                     {"ended", false},
                                     {"begin", nullptr},
                                     {"end", nullptr},
                                     {"attributes", json::array()},
                                     {"source-credit", ""},
                                     {"target-credit", ""},
                                     {"artist", std::move(summary)}});
        }
    }
    return jsonReply(json{{"resource", *resource},
                          {"id", "0b0c7d4a-0000-4000-8000-" + std::string(12, '0')},
                          {"relations", std::move(relations)}});
}

Reply FakeMusicBrainz::artistLookup(const IncomingRequest& request) const
{
    const std::string& mbid = request.pathArgs.at(0);
    if (mbid.size() != 36) {
        return musicBrainzError(400, "Invalid mbid.");
    }
    const std::lock_guard lock(mutex_);
    const auto it = artists_.find(mbid);
    if (it == artists_.end()) {
        return musicBrainzError(404, "Not Found");
    }
    json body = artistSummary(it->second);
    body["country"] = "XE";
    body["life-span"] = {{"begin", "2001"}, {"end", nullptr}, {"ended", false}};
    body["isnis"] = json::array();
    if (includes(request.query, "genres")) {
        json genres = json::array();
        for (const auto& [name, count] : it->second.genres) {
            genres.push_back(json{{"id", "aac07ae0-8acf-4249-b5c0-2762b53947a2"},
                                  {"name", name},
                                  {"count", count},
                                  {"disambiguation", ""}});
        }
        body["genres"] = std::move(genres);
    }
    if (includes(request.query, "tags")) {
        json tags = json::array();
        for (const auto& [name, count] : it->second.tags) {
            tags.push_back(json{{"name", name}, {"count", count}});
        }
        body["tags"] = std::move(tags);
    }
    return jsonReply(body);
}

Reply FakeMusicBrainz::artistSearch(const IncomingRequest& request) const
{
    const auto query = paramValue(request.query, "query");
    if (!query) {
        return musicBrainzError(400, "Invalid query.");
    }
    const auto name = searchedName(*query);
    if (!name) {
        return musicBrainzError(400, "Invalid query: the phrase is not properly escaped.");
    }
    const std::string wanted = lower(*name);
    int limit = 25;
    if (const auto text = paramValue(request.query, "limit")) {
        limit = std::clamp(std::atoi(text->c_str()), 1, 100);
    }
    std::vector<std::pair<int, json>> hits;
    {
        const std::lock_guard lock(mutex_);
        for (const auto& [mbid, artist] : artists_) {
            const std::string own = lower(artist.name);
            const int score = own == wanted                                              ? artist.exactScore
                              : !wanted.empty() && own.find(wanted) != std::string::npos ? 60
                                                                                         : 0;
            if (score > 0) {
                json hit = artistSummary(artist);
                hit["score"] = score;
                hits.emplace_back(score, std::move(hit));
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    json artists = json::array();
    for (std::size_t i = 0; i < hits.size() && static_cast<int>(i) < limit; ++i) {
        artists.push_back(std::move(hits[i].second));
    }
    return jsonReply(json{{"created", "2026-11-20T12:00:00.000Z"},
                          {"count", hits.size()},
                          {"offset", 0},
                          {"artists", std::move(artists)}});
}

void FakeMusicBrainz::addArtist(FakeMusicBrainzArtist artist)
{
    const std::lock_guard lock(mutex_);
    std::string mbid = artist.mbid;
    artists_[mbid] = std::move(artist);
}

void FakeMusicBrainz::linkSpotifyArtist(const std::string& spotifyId, const std::string& mbid)
{
    const std::lock_guard lock(mutex_);
    spotifyLinks_[spotifyId].push_back(mbid);
}

void FakeMusicBrainz::refuseNext(int times, int status, std::optional<int> retryAfterSeconds, std::string pathPrefix)
{
    Reply reply = musicBrainzError(status, "Your requests are exceeding the allowable rate limit. Please see "
                                           "https://wiki.musicbrainz.org/MusicBrainz_API/Rate_Limiting for more "
                                           "information.");
    if (retryAfterSeconds) {
        reply.headers.emplace_back("Retry-After", std::to_string(*retryAfterSeconds));
    }
    answerNext(std::move(reply), times, std::move(pathPrefix));
}

void FakeMusicBrainz::answerNext(Reply reply, int times, std::string pathPrefix)
{
    const std::lock_guard lock(mutex_);
    script_.push_back(Scripted{std::move(pathPrefix), std::move(reply), std::chrono::milliseconds(0), times});
}

void FakeMusicBrainz::delayNext(std::chrono::milliseconds delay, int times, std::string pathPrefix)
{
    const std::lock_guard lock(mutex_);
    script_.push_back(Scripted{std::move(pathPrefix), std::nullopt, delay, times});
}

void FakeMusicBrainz::fail(std::string pathPrefix, Fault fault, int times)
{
    faults_->add(std::move(pathPrefix), std::move(fault), times);
}

std::size_t FakeMusicBrainz::pendingFaults() const
{
    return faults_->pending();
}

std::optional<FakeMusicBrainz::Scripted> FakeMusicBrainz::takeScripted(const std::string& path)
{
    const std::lock_guard lock(mutex_);
    for (auto it = script_.begin(); it != script_.end(); ++it) {
        if (path.starts_with(it->pathPrefix)) {
            Scripted taken = *it;
            if (--it->remaining <= 0) {
                script_.erase(it);
            }
            return taken;
        }
    }
    return std::nullopt;
}

std::vector<LoggedRequest> FakeMusicBrainz::requests() const
{
    return log_.entries();
}

int FakeMusicBrainz::requestCount(std::string_view pathPrefix) const
{
    return log_.countPath(pathPrefix);
}

int FakeMusicBrainz::tooFast() const
{
    const std::lock_guard lock(mutex_);
    return tooFast_;
}

std::vector<std::int64_t> FakeMusicBrainz::arrivals() const
{
    const std::lock_guard lock(mutex_);
    return arrivals_;
}

int FakeMusicBrainz::busiestWindow(std::chrono::milliseconds window) const
{
    const auto times = arrivals();
    int busiest = 0;
    std::size_t first = 0;
    for (std::size_t last = 0; last < times.size(); ++last) {
        while (times[last] - times[first] >= window.count()) {
            ++first;
        }
        busiest = std::max(busiest, static_cast<int>(last - first + 1));
    }
    return busiest;
}

} // namespace tunescope::fakes
