#include "FakeReccoBeats.h"

#include "FakeServer.h"
#include "SeededRandom.h"

#include <cstdint>

namespace tunescope::fakes {
namespace {

using nlohmann::json;

// FNV-1a: the same id gives the same made-up numbers on every run and platform.
std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return hash;
}

// A ReccoBeats track id: a UUID v4 shape derived from the Spotify id.
std::string uuidFor(std::string_view spotifyId)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::uint64_t a = stableHash(spotifyId);
    std::uint64_t b = stableHash(std::string(spotifyId) + "#");
    std::string out;
    for (int i = 0; i < 32; ++i) {
        std::uint64_t& source = i < 16 ? a : b;
        out += kHex[source & 0xFU];
        source >>= 4U;
        if (i == 7 || i == 11 || i == 15 || i == 19) {
            out += '-';
        }
    }
    out[14] = '4'; // version 4
    return out;
}

std::vector<std::string> idsOf(const Params& query)
{
    std::vector<std::string> ids;
    for (const auto& [name, value] : query) {
        if (name != "ids") {
            continue;
        }
        std::string_view rest = value; // comma-separated, or the parameter repeated: both accepted
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            if (const auto id = rest.substr(0, comma); !id.empty()) {
                ids.emplace_back(id);
            }
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return ids;
}

Reply badRequest(const std::string& message)
{
    return jsonReply(json{{"timestamp", "2026-01-01T00:00:00.000+00:00"},
                          {"status", 400},
                          {"error", "Bad Request"},
                          {"message", message},
                          {"path", "/v1/audio-features"}},
                     400);
}

} // namespace

FakeReccoBeats::FakeReccoBeats(FakeReccoBeatsOptions options)
    : maxIds_(options.maxIds), latencyMs_(static_cast<int>(options.latency.count())),
      sleeper_(std::make_unique<InterruptibleSleeper>())
{
    const ServerHooks hooks{log_, faults_, latencyMs_, *sleeper_};
    server_ = std::make_unique<FakeServer>("reccobeats", hooks);
    addRoutes();
    running_ = server_->start(options.port);
}

FakeReccoBeats::~FakeReccoBeats()
{
    sleeper_->wakeAll();
    server_->stop();
}

void FakeReccoBeats::addRoutes()
{
    server_->route("GET", "/v1/audio-features", "GET /v1/audio-features", [this](const IncomingRequest& request) {
        const auto ids = idsOf(request.query);
        if (ids.empty()) {
            return badRequest("Required parameter 'ids' is not present.");
        }
        if (ids.size() > maxIds_) {
            return badRequest("Maximum " + std::to_string(maxIds_) + " ids per request.");
        }
        json content = json::array();
        const std::lock_guard lock(mutex_);
        for (const auto& id : ids) {
            const auto it = tracks_.find(id);
            if (it == tracks_.end()) {
                continue; // unknown ids are simply missing
            }
            json item = {{"id", uuidFor(id)}, {"href", "https://open.spotify.com/track/" + id}};
            item.update(it->second);
            content.push_back(std::move(item));
        }
        return jsonReply(json{{"content", std::move(content)}});
    });
    server_->fallback([](const IncomingRequest& request) {
        return jsonReply(json{{"timestamp", "2026-01-01T00:00:00.000+00:00"},
                              {"status", 404},
                              {"error", "Not Found"},
                              {"path", request.path}},
                         404);
    });
}

std::string FakeReccoBeats::baseUrl() const
{
    return server_->origin() + "/v1";
}

json FakeReccoBeats::madeUpFeatures(std::string_view spotifyId)
{
    SeededRandom random(stableHash(spotifyId));
    auto unit = [&random] { return random.between(0, 1000) / 1000.0; };
    json f;
    f["acousticness"] = unit();
    f["danceability"] = unit();
    f["energy"] = unit();
    f["instrumentalness"] = unit() * 0.5;
    f["key"] = random.between(0, 11);
    f["liveness"] = unit() * 0.6;
    f["loudness"] = -30.0 + unit() * 28.0;
    f["mode"] = random.between(0, 1);
    f["speechiness"] = unit() * 0.4;
    f["tempo"] = 60.0 + unit() * 120.0;
    f["valence"] = unit();
    return f;
}

void FakeReccoBeats::addTrack(const std::string& spotifyId)
{
    setFeatures(spotifyId, madeUpFeatures(spotifyId));
}

void FakeReccoBeats::addTracks(const std::vector<std::string>& spotifyIds)
{
    for (const auto& id : spotifyIds) {
        addTrack(id);
    }
}

void FakeReccoBeats::setFeatures(const std::string& spotifyId, json features)
{
    const std::lock_guard lock(mutex_);
    tracks_[spotifyId] = std::move(features);
}

json FakeReccoBeats::features(const std::string& spotifyId) const
{
    const std::lock_guard lock(mutex_);
    const auto it = tracks_.find(spotifyId);
    return it == tracks_.end() ? json() : it->second;
}

void FakeReccoBeats::fail(std::string pathPrefix, Fault fault, int times)
{
    faults_.add(std::move(pathPrefix), std::move(fault), times);
}

std::size_t FakeReccoBeats::pendingFaults() const
{
    return faults_.pending();
}

std::vector<LoggedRequest> FakeReccoBeats::requests() const
{
    return log_.entries();
}

int FakeReccoBeats::requestCount(std::string_view pathPrefix) const
{
    return log_.countPath(pathPrefix);
}

std::vector<std::string> FakeReccoBeats::askedIds() const
{
    std::vector<std::string> ids;
    for (const auto& request : log_.entries()) {
        const auto asked = idsOf(request.query);
        ids.insert(ids.end(), asked.begin(), asked.end());
    }
    return ids;
}

void FakeReccoBeats::clearRequestLog()
{
    log_.clear();
}

} // namespace tunescope::fakes
