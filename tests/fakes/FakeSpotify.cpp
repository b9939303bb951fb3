#include "FakeSpotify.h"

#include "AccountsService.h"
#include "ApiRoutes.h"
#include "FakeServer.h"
#include "SpotifyJson.h"

#include <algorithm>

namespace tunescope::fakes {

namespace {

constexpr int kTopListCap = 99;

// A 1x1 transparent PNG: image URLs in the fake's JSON point at the fake, never at a CDN.
constexpr unsigned char kTinyPng[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
    0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x90, 0xDD, 0x19, 0xF2, 0x1F, 0x00, 0x04, 0x4B, 0x02, 0x2A,
    0x5E, 0xB5, 0x1F, 0xAC, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

std::vector<std::string> capped(std::vector<std::string> ids)
{
    if (ids.size() > static_cast<std::size_t>(kTopListCap)) {
        ids.resize(kTopListCap);
    }
    return ids;
}

Reply unauthorized()
{
    Reply reply = apiError(401, "Missing/invalid/expired access token");
    reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"spotify\", error=\"invalid_token\"");
    return reply;
}

} // namespace

struct FakeSpotify::Servers {
    Servers(TokenStore& tokens, const std::string& redirectPath, const ServerHooks& hooks)
        : accountsService(tokens, redirectPath), api("api", hooks), accounts("accounts", hooks)
    {
    }

    AccountsService accountsService;
    FakeServer api;
    FakeServer accounts;
};

FakeSpotify::FakeSpotify(FakeSpotifyOptions options)
    : catalogue_(std::make_unique<const FakeCatalogue>(FakeCatalogue::generate(options.catalogue))),
      listening_(std::make_unique<ListeningStore>(generateListening(*catalogue_, options.catalogue.seed))),
      tokens_(std::make_unique<TokenStore>()), latencyMs_(static_cast<int>(options.latency.count())),
      extendedQuota_(options.extendedQuota)
{
    sleeper_ = std::make_unique<InterruptibleSleeper>();
    const ServerHooks hooks{log_, faults_, latencyMs_, *sleeper_};
    servers_ = std::make_unique<Servers>(*tokens_, options.redirectPath, hooks);
    for (auto& id : options.clientIds) {
        servers_->accountsService.registerClient(id);
    }
    defaultClientId_ = options.clientIds.empty() ? std::string{} : options.clientIds.front();
    addApiRoutes();
    addAccountsRoutes();
    running_ = servers_->api.start(options.apiPort) && servers_->accounts.start(options.accountsPort);
}

FakeSpotify::~FakeSpotify()
{
    sleeper_->wakeAll(); // slow scripted answers end now
    servers_->api.stop();
    servers_->accounts.stop();
}

void FakeSpotify::addApiRoutes()
{
    const ApiData data{*catalogue_, *listening_};
    std::vector<ApiRoute> routes = userRoutes(data);
    auto more = catalogueRoutes(data);
    routes.insert(routes.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));

    for (auto& route : routes) {
        const std::string pattern = route.pattern;
        std::string name = route.name;
        servers_->api.route(
            "GET", pattern, std::move(name), [this, route = std::move(route)](const IncomingRequest& request) {
                if (request.authorization.empty()) {
                    return unauthorized();
                }
                constexpr std::string_view kBearer = "Bearer ";
                if (request.authorization.compare(0, kBearer.size(), kBearer) != 0) {
                    return apiError(400, "Only valid bearer authentication supported");
                }
                const AccessCheck access =
                    tokens_->check(std::string_view(request.authorization).substr(kBearer.size()), route.scope);
                if (access == AccessCheck::Unauthorized) {
                    return unauthorized();
                }
                const bool extended = extendedQuota_.load();
                if (route.devModeBlocked && !extended) {
                    return apiError(403, kForbidden);
                }
                if (access == AccessCheck::InsufficientScope) {
                    return apiError(403, kInsufficientScope);
                }
                const SpotifyJson json(*catalogue_, servers_->api.origin(), extended);
                return route.handler(ApiCall{request.query, request.pathArgs, json});
            });
    }
    servers_->api.route("GET", "/image/([^/]+)", "GET /image/{id}", [](const IncomingRequest&) {
        return Reply{200, std::string(std::begin(kTinyPng), std::end(kTinyPng)), "image/png", {}};
    });
    servers_->api.fallback([](const IncomingRequest&) { return apiError(404, "Service not found"); });
}

void FakeSpotify::addAccountsRoutes()
{
    auto& service = servers_->accountsService;
    servers_->accounts.route("GET", "/authorize", "GET /authorize",
                             [&service](const IncomingRequest& request) { return service.authorize(request.query); });
    servers_->accounts.route("POST", "/api/token", "POST /api/token", [&service](const IncomingRequest& request) {
        return service.token(request.contentType, request.body);
    });
    servers_->accounts.fallback([](const IncomingRequest&) {
        return Reply{
            404, "<!DOCTYPE html><html><body><h1>Not found</h1></body></html>", "text/html; charset=utf-8", {}};
    });
}

std::string FakeSpotify::accountsBaseUrl() const
{
    return servers_->accounts.origin();
}

std::string FakeSpotify::apiBaseUrl() const
{
    return servers_->api.origin() + "/v1";
}

std::string FakeSpotify::clientId() const
{
    return defaultClientId_;
}

void FakeSpotify::registerClient(std::string clientId)
{
    servers_->accountsService.registerClient(std::move(clientId));
}

void FakeSpotify::denyNextAuthorization()
{
    servers_->accountsService.denyNextAuthorization();
}

void FakeSpotify::expireAllRefreshTokens()
{
    tokens_->expireAllRefreshTokens();
}

void FakeSpotify::revokeAccessTokens()
{
    tokens_->revokeAccessTokens();
}

void FakeSpotify::expireAccessTokens()
{
    tokens_->expireAccessTokens();
}

void FakeSpotify::expireAuthorizationCodes()
{
    tokens_->expireAuthorizationCodes();
}

void FakeSpotify::setExpiresIn(int seconds)
{
    tokens_->setExpiresIn(seconds);
}

TokenCounters FakeSpotify::tokenCounters() const
{
    return tokens_->counters();
}

std::vector<std::string> FakeSpotify::secretsSeen() const
{
    return tokens_->secretsSeen();
}

std::set<std::string> FakeSpotify::grantedScopes() const
{
    return tokens_->lastGrantedScopes();
}

TokenGrant FakeSpotify::issueTokens(const std::set<std::string>& scopes)
{
    return tokens_->grant(defaultClientId_, scopes);
}

void FakeSpotify::setExtendedQuota(bool on)
{
    extendedQuota_ = on;
}

void FakeSpotify::setLatency(std::chrono::milliseconds latency)
{
    latencyMs_ = static_cast<int>(latency.count());
}

void FakeSpotify::fail(std::string pathPrefix, Fault fault, int times)
{
    faults_.add(std::move(pathPrefix), std::move(fault), times);
}

void FakeSpotify::clearFaults()
{
    faults_.clear();
}

std::size_t FakeSpotify::pendingFaults() const
{
    return faults_.pending();
}

FakeUser FakeSpotify::user() const
{
    return listening_->user();
}

std::vector<std::string> FakeSpotify::topArtistIds(TimeRange range) const
{
    return capped(listening_->topArtistIds(range));
}

std::vector<std::string> FakeSpotify::topTrackIds(TimeRange range) const
{
    return capped(listening_->topTrackIds(range));
}

void FakeSpotify::setTopArtistIds(TimeRange range, std::vector<std::string> ids)
{
    listening_->setTopArtistIds(range, std::move(ids));
}

void FakeSpotify::setTopTrackIds(TimeRange range, std::vector<std::string> ids)
{
    listening_->setTopTrackIds(range, std::move(ids));
}

std::vector<RecentPlay> FakeSpotify::recentPlays() const
{
    return listening_->recentPlays();
}

void FakeSpotify::setRecentPlays(std::vector<RecentPlay> plays)
{
    listening_->setRecentPlays(std::move(plays));
}

void FakeSpotify::addRecentPlay(const std::string& trackId, std::int64_t playedAtMs)
{
    listening_->addRecentPlay(RecentPlay{trackId, playedAtMs, PlayContext::Album});
}

void FakeSpotify::clearRecentPlays()
{
    listening_->setRecentPlays({});
}

std::vector<SavedTrack> FakeSpotify::savedTracks() const
{
    return listening_->savedTracks();
}

void FakeSpotify::setSavedTracks(std::vector<SavedTrack> tracks)
{
    listening_->setSavedTracks(std::move(tracks));
}

std::vector<LoggedRequest> FakeSpotify::requests() const
{
    return log_.entries();
}

int FakeSpotify::requestCount(std::string_view pathPrefix) const
{
    return log_.countPath(pathPrefix);
}

std::map<std::string, int> FakeSpotify::endpointCounts() const
{
    return log_.countsByEndpoint();
}

void FakeSpotify::clearRequestLog()
{
    log_.clear();
}

} // namespace tunescope::fakes
