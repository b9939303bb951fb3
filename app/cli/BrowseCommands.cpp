// tunescope search / artist: type-ahead search and the artist page, online or from the cache.
#include "cli/BrowseCommands.h"

#include "cli/BrowseOutput.h"
#include "cli/InterruptStop.h"
#include "cli/SpotifySession.h"
#include "enrich/ReccoBeatsAccess.h"

#include "browse/ArtistListening.h"
#include "browse/ArtistSearch.h"
#include "browse/Discography.h"
#include "enrich/FeatureCache.h"
#include "enrich/FeatureChain.h"
#include "enrich/FeatureSummary.h"
#include "spotify/SpotifyUrls.h"
#include "sync/SpotifyErrorText.h"

#include <charconv>
#include <chrono>
#include <optional>

namespace tunescope::cli {

const std::string_view kSearchHelp = R"(Usage: tunescope search QUERY [--offset N] [--json] [--offline]

Finds artists by name: Spotify's search (10 at a time; --offset 10 shows the next ten) and the
artists of your own history whose names contain QUERY, with your plays of each. Without a Spotify
login (or with --offline) only your history is searched; when Spotify does not answer, your
history's artists are shown and the exit status is 3. Every artist found is cached in the
profile. Use an artist's Spotify id with 'tunescope artist ID'.

  --offset N   where Spotify's list starts (0, 10, 20, ... up to 1000)
  --json       print a JSON object (query, next_offset, artists)
  --offline    do not ask Spotify
)";

const std::string_view kArtistHelp = R"(Usage: tunescope artist ID|URI|NAME [--json] [--offline] [--refresh] [--quiet]

An artist's page: the discography grouped as albums, singles, compilations and appearances on
other artists' releases (newest first), every release's tracks, and your own listening of the
artist: plays, listening time, first and last play, your most played tracks and the artist's
share of your listening. ID is a Spotify artist id, a spotify:artist: URI or an
open.spotify.com/artist/ link; a NAME shows your own listening only.

Everything fetched is kept in the profile for a week: a second look asks Spotify nothing and works
offline. A big discography takes a few seconds the first time (one request per release).

  --json       print a JSON object (artist, complete, releases with tracks, listening)
  --offline    only what the profile has cached
  --refresh    ask Spotify again even for what was fetched within the week
  --quiet      no progress lines
)";

namespace {

// The profile, and Spotify when a login (or TUNESCOPE_SPOTIFY_TOKEN) is there to ask it.
struct BrowseSession {
    std::optional<SpotifySession> online;
    std::optional<store::Database> offline;
    spotify::SpotifyApi* api = nullptr;

    store::Database& db() { return online ? online->db : *offline; }
};

std::string describe(CommandContext& context, const Error& error)
{
    const auto zone = context.timeZone();
    return sync::describeSpotifyError(error, zone ? *zone : TimeZone::utc());
}

Result<BrowseSession> openBrowseSession(CommandContext& context, int& exitCode)
{
    BrowseSession session;
    if (!context.args().demo && !context.args().has("--offline")) {
        auto spotify = openSpotifySession(context, "", exitCode);
        if (!spotify) {
            return spotify.error();
        }
        auto api = spotify->connection->api();
        session.online.emplace(std::move(spotify).value());
        if (api) {
            session.api = *api;
            return session;
        }
        if (api.error().code != ErrorCode::LoginRequired) {
            exitCode = context.fail(kExitFailure, describe(context, api.error()));
            return api.error();
        }
        context.err() << "Not logged in to Spotify: showing what this profile already has.\n";
        return session;
    }
    auto db = context.openDatabase();
    if (!db) {
        exitCode = context.fail(kExitFailure, db.error().message);
        return db.error();
    }
    session.offline.emplace(std::move(db).value());
    return session;
}

// A Spotify artist id from an id, a spotify:artist: URI or an open.spotify.com/artist/ link;
// nothing for anything else (a name).
std::optional<std::string> artistIdFrom(std::string text)
{
    constexpr std::string_view kUri = "spotify:artist:";
    constexpr std::string_view kLink = "open.spotify.com/artist/";
    if (text.rfind(kUri, 0) == 0) {
        text.erase(0, kUri.size());
    } else if (const auto at = text.find(kLink); at != std::string::npos) {
        text.erase(0, at + kLink.size());
        text = text.substr(0, text.find_first_of("?#/"));
    }
    // Real ids are 22 characters; a shorter word is more likely a name ("Adele").
    return text.size() == 22 && spotify::isSpotifyId(text) ? std::optional<std::string>(text) : std::nullopt;
}

} // namespace

int runSearch(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1 || args.positional[0].find_first_not_of(" \t") == std::string::npos) {
        return context.fail(kExitUsage, "search needs what to look for, e.g. tunescope search \"Nina Simone\"");
    }
    const std::string& query = args.positional[0];
    int offset = 0;
    if (const auto text = args.value("--offset")) {
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), offset);
        if (text->empty() || ec != std::errc() || end != text->data() + text->size() || offset < 0 || offset > 1000) {
            return context.fail(kExitUsage, "--offset is a number from 0 to 1000, not '" + *text + "'");
        }
    }
    int openCode = kExitOk;
    auto session = openBrowseSession(context, openCode);
    if (!session) {
        return openCode;
    }
    const InterruptStop interrupt;
    // The history's artists come with the first page only: "more" pages are Spotify's.
    std::vector<browse::ArtistHit> history;
    if (offset == 0) {
        auto found = browse::searchHistoryArtists(session->db(), query, 10);
        if (!found) {
            return context.fail(kExitFailure, found.error().message);
        }
        history = std::move(found).value();
    }
    browse::SearchPage spotifyPage;
    bool spotifyAnswered = false;
    if (session->api != nullptr) {
        auto page = browse::searchSpotifyArtists(session->db(), *session->api, query, offset, interrupt.token());
        if (page) {
            spotifyPage = std::move(page).value();
            spotifyAnswered = true;
        } else if (offset > 0 || page.error().code == ErrorCode::InvalidInput) {
            return context.fail(kExitFailure, describe(context, page.error()));
        } else {
            // Spotify is unreachable or refuses: the history's artists are still worth showing.
            context.err() << "Spotify's search did not answer: " << describe(context, page.error())
                          << "\nShowing the artists of your history only.\n";
        }
    }
    const auto hits = browse::mergeArtistHits(spotifyPage.hits, history);
    const int exitCode = session->api != nullptr && !spotifyAnswered ? kExitFailure : kExitOk;
    if (args.has("--json")) {
        context.out() << searchJson(query, offset, spotifyPage.nextOffset, spotifyAnswered, hits).dump(2) << '\n';
        return exitCode;
    }
    if (hits.empty()) {
        context.out() << "No artist found for \"" << query << "\".\n";
        return exitCode;
    }
    printSearchHits(context.out(), hits);
    if (spotifyPage.nextOffset) {
        context.out() << "\nMore: tunescope search \"" << query << "\" --offset " << *spotifyPage.nextOffset << '\n';
    }
    return exitCode;
}

// The features of the artist's own tracks: through the chain (Spotify when allowed, ReccoBeats)
// when online, else what the profile holds. A provider failing is said, and the cache answers.
std::optional<enrich::FeatureSummary> artistFeatures(CommandContext& context, BrowseSession& session,
                                                     const browse::Discography& page, std::stop_token stop)
{
    const auto ids = browse::ownTrackIds(page);
    if (ids.empty()) {
        return std::nullopt;
    }
    if (session.api != nullptr) {
        auto reccoBeats = enrich::openReccoBeats(context.profileLocation());
        if (!reccoBeats) {
            context.err() << "ReccoBeats: " << reccoBeats.error().message << '\n';
        }
        const enrich::FeatureProviders providers{session.api, reccoBeats ? reccoBeats->client.get() : nullptr};
        auto fetched = enrich::fetchFeatures(session.db(), providers, ids, {}, std::move(stop));
        if (fetched) {
            return enrich::summarizeFeatures(ids, *fetched);
        }
        context.err() << "Track features: " << describe(context, fetched.error()) << " Showing what is stored.\n";
    }
    auto cached = enrich::cachedFeatures(session.db(), ids);
    if (!cached) {
        context.err() << "Track features: " << cached.error().message << '\n';
        return std::nullopt;
    }
    return enrich::summarizeFeatures(ids, *cached);
}

int runArtist(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1 || args.positional[0].empty()) {
        return context.fail(kExitUsage, "artist needs a Spotify artist id (see 'tunescope search') or a name");
    }
    const auto artistId = artistIdFrom(args.positional[0]);
    int exitCode = kExitOk;
    auto session = openBrowseSession(context, exitCode);
    if (!session) {
        return exitCode;
    }
    const bool json = args.has("--json");
    const InterruptStop interrupt;
    std::optional<browse::Discography> page;
    browse::ArtistHit artist;
    if (artistId) {
        browse::DiscographyOptions options;
        if (args.has("--refresh")) {
            options.freshness = std::chrono::milliseconds(0);
        }
        const bool quiet = json || args.has("--quiet");
        auto& err = context.err();
        const browse::DiscographyProgressFn progress = [&err, quiet](const browse::DiscographyProgress& p) {
            if (!quiet && p.done < p.total) {
                err << '[' << p.done + 1 << '/' << p.total << "] " << p.step << '\n';
            }
        };
        auto loaded =
            browse::loadDiscography(session->db(), session->api, *artistId, options, progress, interrupt.token());
        if (!loaded) {
            return context.fail(kExitFailure, describe(context, loaded.error()));
        }
        page = std::move(loaded).value();
        artist = page->artist;
    } else {
        artist.name = args.positional[0];
    }
    auto listening = browse::artistListening(session->db(), artist, 10);
    if (!listening) {
        return context.fail(kExitFailure, listening.error().message);
    }
    if (!page && listening->plays == 0 && listening->msPlayed == 0) {
        return context.fail(kExitFailure, "'" + artist.name +
                                              "' is not in this profile's history. For an artist's page, give its "
                                              "Spotify id (tunescope search \"" +
                                              artist.name + "\" finds it).");
    }
    const std::string stopped = page && page->stoppedEarly ? describe(context, *page->stoppedEarly) : "";
    const browse::Discography* shown = page ? &*page : nullptr;
    const auto features = page ? artistFeatures(context, *session, *page, interrupt.token()) : std::nullopt;
    if (json) {
        auto out = artistPageJson(artist, shown, *listening, stopped);
        if (features) {
            out["features"] = featureSummaryJson(*features);
        }
        context.out() << out.dump(2) << '\n';
    } else {
        printArtistPage(context.out(), artist, shown, *listening, session->api != nullptr);
        if (features) {
            printFeatureSummary(context.out(), *features);
        }
    }
    if (!stopped.empty()) {
        context.err() << "Stopped early: " << stopped << "\nWhat was fetched is kept; look again later.\n";
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace tunescope::cli
