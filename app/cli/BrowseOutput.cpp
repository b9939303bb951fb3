#include "cli/BrowseOutput.h"

#include "cli/TableOutput.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tunescope::cli {
namespace {

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

std::string joinedNames(const std::vector<std::string>& names)
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

nlohmann::ordered_json searchJson(const std::string& query, int offset, std::optional<int> nextOffset,
                                  bool spotifyAnswered, const std::vector<browse::ArtistHit>& hits)
{
    nlohmann::ordered_json artists = nlohmann::ordered_json::array();
    for (const auto& hit : hits) {
        artists.push_back(hitJson(hit));
    }
    return {{"query", query},
            {"offset", offset},
            {"next_offset", orNull(nextOffset)},
            {"spotify", spotifyAnswered},
            {"artists", std::move(artists)}};
}

void printSearchHits(std::ostream& out, const std::vector<browse::ArtistHit>& hits)
{
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
            table.rows.back().push_back(joinedNames(hit.genres));
        }
    }
    table.printAligned(out);
}

nlohmann::ordered_json artistPageJson(const browse::ArtistHit& artist, const browse::Discography* page,
                                      const browse::ArtistListening& listening, const std::string& stopped)
{
    nlohmann::ordered_json out = {{"artist", hitJson(artist)}};
    if (page != nullptr) {
        out["complete"] = page->complete;
        out["fetched_at"] =
            page->fetchedAt > 0 ? nlohmann::ordered_json(formatIsoUtc(page->fetchedAt)) : nlohmann::ordered_json();
        out["stopped_early"] = stopped.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(stopped);
        out["releases"] = releasesJson(page->releases);
    }
    out["listening"] = listeningJson(listening);
    return out;
}

void printArtistPage(std::ostream& out, const browse::ArtistHit& artist, const browse::Discography* page,
                     const browse::ArtistListening& listening, bool online)
{
    out << artist.name << '\n';
    if (!artist.genres.empty() || artist.followers) {
        const std::string genres = joinedNames(artist.genres);
        out << "  " << genres << (genres.empty() || !artist.followers ? "" : " - ")
            << (artist.followers ? groupThousands(*artist.followers) + " followers" : "") << '\n';
    }
    if (!artist.spotifyId.empty()) {
        out << "  Spotify id " << artist.spotifyId;
        if (page != nullptr && page->fetchedAt > 0) {
            out << ", fetched " << formatIsoUtc(page->fetchedAt).substr(0, 10);
        }
        out << '\n';
    }
    out << '\n';
    printListening(out, listening);
    if (page != nullptr) {
        printDiscography(out, *page);
        if (!page->complete) {
            out << "\nParts of this discography are not known yet";
            out << (online ? ".\n" : "; log in to Spotify and look again.\n");
        }
    }
}

nlohmann::ordered_json featureSummaryJson(const enrich::FeatureSummary& summary)
{
    nlohmann::ordered_json json;
    json["tracks"] = summary.tracks;
    json["with_features"] = summary.withFeatures;
    json["sources"] = nlohmann::ordered_json::object();
    for (const auto& [source, count] : summary.sources) {
        json["sources"][std::string(enrich::sourceLabel(source))] = count;
    }
    json["averages"] = nlohmann::ordered_json::object();
    for (const auto& [name, value] : summary.averages) {
        json["averages"][name] = value;
    }
    return json;
}

void printFeatureSummary(std::ostream& out, const enrich::FeatureSummary& summary)
{
    out << "\nTrack features: " << summary.withFeatures << " of " << summary.tracks << " tracks";
    if (!summary.sources.empty()) {
        out << " (";
        const char* separator = "";
        for (const auto& [source, count] : summary.sources) {
            out << separator << enrich::sourceLabel(source) << ' ' << count;
            separator = ", ";
        }
        out << ')';
    }
    out << '\n';
    if (summary.averages.empty()) {
        return;
    }
    out << "Averages:";
    const char* separator = " ";
    for (const auto& [name, value] : summary.averages) {
        char figure[32];
        std::snprintf(figure, sizeof figure,
                      name == "tempo"      ? "%.0f BPM"
                      : name == "loudness" ? "%.1f dB"
                                           : "%.2f",
                      value);
        out << separator << name << ' ' << figure;
        separator = ", ";
    }
    out << '\n';
}

} // namespace tunescope::cli
