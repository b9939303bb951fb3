// tunescope search / artist: type-ahead search and the artist page, online or from the cache.
#include "cli/BrowseCommands.h"

#include "cli/SpotifySession.h"
#include "cli/TableOutput.h"

#include "browse/ArtistListening.h"
#include "browse/ArtistSearch.h"
#include "browse/Discography.h"
#include "spotify/SpotifyUrls.h"
#include "sync/SpotifyErrorText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <optional>

namespace tunescope::cli {

const std::string_view kSearchHelp = R"(Usage: tunescope search QUERY [--offset N] [--json] [--offline]

Finds artists by name: Spotify's search (10 at a time; --offset 10 shows the next ten) and the
artists of your own history whose names contain QUERY, with your plays of each. Without a Spotify
login (or with --offline) only your history is searched. Every artist found is cached in the
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

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names) {
        if (!text.empty()) {
            text += ", ";
        }
        text += name;
    }
    return text;
}

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

nlohmann::ordered_json orNull(const std::optional<std::string>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

template <class Number>
nlohmann::ordered_json orNull(const std::optional<Number>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

nlohmann::ordered_json instantOrNull(const std::optional<UtcMs>& instant)
{
    return instant ? nlohmann::ordered_json(formatIsoUtc(*instant)) : nlohmann::ordered_json();
}

nlohmann::ordered_json hitJson(const browse::ArtistHit& hit)
{
    return {{"spotify_id", hit.spotifyId.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(hit.spotifyId)},
            {"name", hit.name},
            {"genres", hit.genres},
            {"followers", orNull(hit.followers)},
            {"popularity", orNull(hit.popularity)},
            {"image_url", orNull(hit.imageUrl)},
            {"in_history", hit.inHistory},
            {"history_plays", hit.historyPlays},
            {"history_ms_played", hit.historyMs}};
}

// "3:07"
std::string minutesSeconds(std::int64_t ms)
{
    const std::int64_t seconds = (ms + 500) / 1000;
    std::string secs = std::to_string(seconds % 60);
    if (secs.size() < 2) {
        secs.insert(0, 1, '0');
    }
    return std::to_string(seconds / 60) + ":" + secs;
}

std::string percent(double share)
{
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.1f%%", share * 100.0);
    return text.data();
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

void printListening(std::ostream& out, const browse::ArtistListening& listening)
{
    if (listening.plays == 0 && listening.msPlayed == 0) {
        out << "Your listening: none in this profile's history.\n";
        return;
    }
    out << "Your listening: " << groupThousands(listening.plays) << " plays, " << formatDuration(listening.msPlayed)
        << " (" << percent(listening.shareOfListening) << " of your listening)";
    if (listening.firstPlay && listening.lastPlay) {
        out << ", " << formatIsoUtc(*listening.firstPlay).substr(0, 10) << " to "
            << formatIsoUtc(*listening.lastPlay).substr(0, 10) << " (UTC)";
    }
    out << '\n';
    int rank = 0;
    for (const auto& [title, plays] : listening.topTracks) {
        ++rank;
        out << (rank == 1 ? "  Your top tracks: " : "                   ") << rank << ". " << title << " ("
            << groupThousands(plays) << " plays)\n";
    }
}

nlohmann::ordered_json listeningJson(const browse::ArtistListening& listening)
{
    nlohmann::ordered_json top = nlohmann::ordered_json::array();
    for (const auto& [title, plays] : listening.topTracks) {
        top.push_back({{"name", title}, {"plays", plays}});
    }
    return {{"plays", listening.plays},
            {"ms_played", listening.msPlayed},
            {"first_play", instantOrNull(listening.firstPlay)},
            {"last_play", instantOrNull(listening.lastPlay)},
            {"share_of_listening", listening.shareOfListening},
            {"top_tracks", std::move(top)}};
}

nlohmann::ordered_json releasesJson(const std::vector<browse::Release>& releases)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& release : releases) {
        nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
        for (const auto& track : release.tracks) {
            tracks.push_back({{"id", track.spotifyId},
                              {"name", track.name},
                              {"disc_number", track.discNumber},
                              {"track_number", track.trackNumber},
                              {"duration_ms", orNull(track.durationMs)},
                              {"explicit", orNull(track.explicitContent)}});
        }
        list.push_back({{"id", release.albumId},
                        {"name", release.name},
                        {"group", spotify::albumGroupParam(release.group)},
                        {"release_date", release.releaseDate},
                        {"total_tracks", orNull(release.totalTracks)},
                        {"image_url", orNull(release.imageUrl)},
                        {"tracks_known", release.tracksKnown},
                        {"tracks", std::move(tracks)}});
    }
    return list;
}

void printDiscography(std::ostream& out, const browse::Discography& page)
{
    for (const auto group : browse::kGroupOrder) {
        std::vector<const browse::Release*> members;
        for (const auto& release : page.releases) {
            if (release.group == group) {
                members.push_back(&release);
            }
        }
        if (members.empty()) {
            continue;
        }
        out << '\n' << browse::groupTitle(group) << " (" << members.size() << ")\n";
        for (const auto* release : members) {
            out << "  " << (release->releaseDate.empty() ? "----" : release->releaseDate) << "  " << release->name;
            if (release->totalTracks) {
                out << "  (" << *release->totalTracks << (*release->totalTracks == 1 ? " track)" : " tracks)");
            }
            out << '\n';
            const bool discs = std::any_of(release->tracks.begin(), release->tracks.end(),
                                           [](const browse::ReleaseTrack& t) { return t.discNumber > 1; });
            for (const auto& track : release->tracks) {
                out << "      " << (discs ? std::to_string(track.discNumber) + "-" : "") << track.trackNumber << ". "
                    << track.name << (track.explicitContent.value_or(false) ? "  [E]" : "")
                    << (track.durationMs ? "  " + minutesSeconds(*track.durationMs) : "") << '\n';
            }
        }
    }
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
    int exitCode = kExitOk;
    auto session = openBrowseSession(context, exitCode);
    if (!session) {
        return exitCode;
    }
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
    if (session->api != nullptr) {
        auto page = browse::searchSpotifyArtists(session->db(), *session->api, query, offset, {});
        if (!page) {
            return context.fail(kExitFailure, describe(context, page.error()));
        }
        spotifyPage = std::move(page).value();
    }
    const auto hits = browse::mergeArtistHits(spotifyPage.hits, history);
    if (args.has("--json")) {
        nlohmann::ordered_json artists = nlohmann::ordered_json::array();
        for (const auto& hit : hits) {
            artists.push_back(hitJson(hit));
        }
        const nlohmann::ordered_json out = {{"query", query},
                                            {"offset", offset},
                                            {"next_offset", orNull(spotifyPage.nextOffset)},
                                            {"spotify", session->api != nullptr},
                                            {"artists", std::move(artists)}};
        context.out() << out.dump(2) << '\n';
        return kExitOk;
    }
    if (hits.empty()) {
        context.out() << "No artist found for \"" << query << "\".\n";
        return kExitOk;
    }
    // Development Mode apps get no genres: the column only when Spotify sent some.
    const bool genres = std::any_of(hits.begin(), hits.end(), [](const auto& hit) { return !hit.genres.empty(); });
    TextTable table;
    table.header = {"Artist", "Spotify id", "Your plays", "Your time"};
    table.numeric = {false, false, true, true};
    if (genres) {
        table.header.emplace_back("Genres");
        table.numeric.push_back(false);
    }
    for (const auto& hit : hits) {
        table.rows.push_back({hit.name, hit.spotifyId.empty() ? "(your history)" : hit.spotifyId,
                              hit.inHistory ? groupThousands(hit.historyPlays) : "-",
                              hit.inHistory ? formatDuration(hit.historyMs) : "-"});
        if (genres) {
            table.rows.back().push_back(joined(hit.genres));
        }
    }
    table.printAligned(context.out());
    if (spotifyPage.nextOffset) {
        context.out() << "\nMore: tunescope search \"" << query << "\" --offset " << *spotifyPage.nextOffset << '\n';
    }
    return kExitOk;
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
        auto loaded = browse::loadDiscography(session->db(), session->api, *artistId, options, progress, {});
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
    if (json) {
        nlohmann::ordered_json out = {{"artist", hitJson(artist)}};
        if (page) {
            out["complete"] = page->complete;
            out["fetched_at"] =
                page->fetchedAt > 0 ? nlohmann::ordered_json(formatIsoUtc(page->fetchedAt)) : nlohmann::ordered_json();
            out["stopped_early"] = stopped.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(stopped);
            out["releases"] = releasesJson(page->releases);
        }
        out["listening"] = listeningJson(*listening);
        context.out() << out.dump(2) << '\n';
    } else {
        auto& out = context.out();
        out << artist.name << '\n';
        if (!artist.genres.empty() || artist.followers) {
            const std::string genres = joined(artist.genres);
            out << "  " << genres << (genres.empty() || !artist.followers ? "" : " - ")
                << (artist.followers ? groupThousands(*artist.followers) + " followers" : "") << '\n';
        }
        if (!artist.spotifyId.empty()) {
            out << "  Spotify id " << artist.spotifyId;
            if (page && page->fetchedAt > 0) {
                out << ", fetched " << formatIsoUtc(page->fetchedAt).substr(0, 10);
            }
            out << '\n';
        }
        out << '\n';
        printListening(out, *listening);
        if (page) {
            printDiscography(out, *page);
            if (!page->complete) {
                out << "\nParts of this discography are not known yet";
                out << (session->api == nullptr ? "; log in to Spotify and look again.\n" : ".\n");
            }
        }
    }
    if (!stopped.empty()) {
        context.err() << "Stopped early: " << stopped << "\nWhat was fetched is kept; look again later.\n";
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace tunescope::cli
