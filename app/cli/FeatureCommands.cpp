// tunescope features: audio features of tracks, with their source; importing a features dataset.
#include "cli/FeatureCommands.h"

#include "enrich/ReccoBeatsAccess.h"

#include "cli/InterruptStop.h"
#include "cli/SpotifySession.h"
#include "cli/TableOutput.h"

#include "enrich/FeatureCache.h"
#include "enrich/FeatureChain.h"
#include "enrich/FeatureDatasetImport.h"
#include "enrich/ReccoBeatsClient.h"
#include "enrich/SpotifyTrackId.h"
#include "store/SpotifyCache.h"
#include "store/SqliteCooldownStore.h"
#include "sync/SpotifyErrorText.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

namespace tunescope::cli {
namespace {

using Json = nlohmann::ordered_json;
using enrich::AudioFeatures;

constexpr std::array<std::string_view, 12> kPitchNames{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

std::string fixed(double value, int decimals)
{
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, value);
    return buffer.data();
}

template <class T, class Format>
std::string cell(const std::optional<T>& value, Format format)
{
    return value ? format(*value) : std::string("-");
}

Json jsonOr(const std::optional<double>& value)
{
    return value ? Json(*value) : Json();
}

Json jsonOr(const std::optional<int>& value)
{
    return value ? Json(*value) : Json();
}

Json featuresJson(const AudioFeatures& f)
{
    return Json{{"acousticness", jsonOr(f.acousticness)},
                {"danceability", jsonOr(f.danceability)},
                {"energy", jsonOr(f.energy)},
                {"instrumentalness", jsonOr(f.instrumentalness)},
                {"liveness", jsonOr(f.liveness)},
                {"speechiness", jsonOr(f.speechiness)},
                {"valence", jsonOr(f.valence)},
                {"loudness", jsonOr(f.loudness)},
                {"tempo", jsonOr(f.tempo)},
                {"key", jsonOr(f.key)},
                {"mode", jsonOr(f.mode)},
                {"time_signature", jsonOr(f.timeSignature)},
                {"duration_ms", f.durationMs ? Json(*f.durationMs) : Json()}};
}

// RateLimited errors say until when, in the user's zone.
int failWith(CommandContext& context, const Error& error, int code = kExitFailure)
{
    std::string message = error.message;
    if (error.code == ErrorCode::RateLimited && error.retryAtMs != 0) {
        const auto zone = context.timeZone();
        const TimeZone& shown = zone ? *zone : TimeZone::utc();
        message += " Try again after " + sync::formatLocalMinute(error.retryAtMs, shown) + " (" + shown.name() + ").";
    }
    return context.fail(code, message);
}

int runImportDataset(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 2) {
        return context.fail(kExitUsage, "features import needs one CSV file");
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile is read-only; drop --demo to import into your own profile");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    const std::filesystem::path file = args.positional[1];
    auto report = enrich::importFeatureDataset(*db, file);
    if (!report) {
        const bool rejected = report.error().code != ErrorCode::Database;
        return context.fail(rejected ? kExitRejectedFiles : kExitFailure,
                            report.error().message + (rejected ? " (nothing was imported)" : ""));
    }
    const auto& r = *report;
    if (args.has("--json")) {
        const Json out = {{"file", file.string()},
                          {"rows", r.rows},
                          {"matched", r.matched},
                          {"matched_by_id", r.matchedById},
                          {"matched_by_name", r.matched - r.matchedById},
                          {"unmatched", r.unmatched},
                          {"rejected", r.rejected},
                          {"kept_from_spotify", r.keptFromSpotify},
                          {"columns", r.columns},
                          {"problems", r.problems}};
        context.out() << jsonText(out) << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    out << "Imported audio features from " << file.string() << ": " << groupThousands(static_cast<long long>(r.rows))
        << " rows\n"
        << "  matched to your tracks: " << groupThousands(static_cast<long long>(r.matched)) << " ("
        << groupThousands(static_cast<long long>(r.matchedById)) << " by Spotify id, "
        << groupThousands(static_cast<long long>(r.matched - r.matchedById)) << " by artist and title)\n"
        << "  not among your tracks:  " << groupThousands(static_cast<long long>(r.unmatched)) << '\n'
        << "  rejected:               " << groupThousands(static_cast<long long>(r.rejected)) << '\n';
    if (r.keptFromSpotify > 0) {
        out << "  " << r.keptFromSpotify << " matched tracks keep the features Spotify itself gave.\n";
    }
    std::string columns;
    for (const auto& column : r.columns) {
        columns += (columns.empty() ? "" : "; ") + column;
    }
    out << "Columns used: " << columns << '\n';
    if (!r.problems.empty()) {
        out << "Rejected rows:\n";
        for (const auto& problem : r.problems) {
            out << "  " << problem << '\n';
        }
    }
    return kExitOk;
}

Result<std::vector<std::string>> trackIds(const std::vector<std::string>& arguments)
{
    std::vector<std::string> ids;
    for (const auto& argument : arguments) {
        const auto id = enrich::spotifyTrackId(argument);
        if (!id) {
            return makeError(ErrorCode::InvalidInput, "\"" + argument +
                                                          "\" is not a Spotify track (give its id, spotify:track: "
                                                          "URI or open.spotify.com link)");
        }
        ids.push_back(*id);
    }
    return ids;
}

// Asks the chain for what the profile lacks: Spotify when logged in (or TUNESCOPE_SPOTIFY_TOKEN),
// then ReccoBeats. Returns the exit code.
int fetchThroughChain(CommandContext& context, const std::vector<std::string>& ids, SpotifySession& session,
                      enrich::FeatureFetchReport& report)
{
    enrich::FeatureProviders providers;
    auto api = session.connection->api();
    if (api) {
        providers.spotify = *api;
    }
    auto reccoBeats = enrich::openReccoBeats(context.profileLocation());
    if (!reccoBeats) {
        return context.fail(kExitUsage, reccoBeats.error().message);
    }
    providers.reccoBeats = reccoBeats->client.get();
    const InterruptStop interrupt;
    auto fetched = enrich::fetchFeatures(session.db, providers, ids, {}, interrupt.token(), &report);
    if (!fetched) {
        return failWith(context, fetched.error());
    }
    if (!api && report.spotifyNote.empty()) {
        report.spotifyNote = api.error().message;
    }
    return kExitOk;
}

void printFeatures(CommandContext& context, const std::vector<std::string>& ids,
                   const std::map<std::string, enrich::TrackFeatures>& known, store::Database& db,
                   const enrich::FeatureFetchReport* report)
{
    store::SpotifyCache names(db);
    auto nameOf = [&names](const std::string& id) {
        auto name = names.trackName(id);
        return name && name->has_value() ? **name : std::string();
    };
    if (context.args().has("--json")) {
        Json tracks = Json::array();
        for (const auto& id : ids) {
            const auto it = known.find(id);
            const std::string name = nameOf(id);
            Json entry = {{"spotify_id", id}, {"name", name.empty() ? Json() : Json(name)}};
            entry["source"] = it == known.end() ? Json() : Json(enrich::sourceLabel(it->second.source));
            entry["fetched_at"] = it == known.end() ? Json() : Json(formatIsoUtc(it->second.fetchedAt));
            entry["features"] = it == known.end() ? Json() : featuresJson(it->second.features);
            tracks.push_back(std::move(entry));
        }
        Json out = {{"tracks", std::move(tracks)}};
        if (report != nullptr) {
            out["from_cache"] = report->fromCache;
            out["from_spotify"] = report->fromSpotify;
            out["from_reccobeats"] = report->fromReccoBeats;
            out["missing"] = report->missing;
            out["spotify_note"] = report->spotifyNote.empty() ? Json() : Json(report->spotifyNote);
        }
        context.out() << out.dump(2) << '\n';
        return;
    }
    TextTable table;
    table.header = {"Track", "Source", "Dance", "Energy", "Valence", "Acoustic", "Instr.",
                    "Live",  "Speech", "Loud",  "Tempo",  "Key",     "Mode"};
    table.numeric = {false, false, true, true, true, true, true, true, true, true, true, false, false};
    const auto unit = [](double v) { return fixed(v, 2); };
    for (const auto& id : ids) {
        const std::string name = nameOf(id);
        std::string label = name.empty() ? id : name;
        if (!name.empty()) {
            label += " (";
            label += id;
            label += ')';
        }
        std::vector<std::string> row{std::move(label)};
        const auto it = known.find(id);
        if (it == known.end()) {
            row.emplace_back("none found");
            row.resize(table.header.size(), "-");
            table.rows.push_back(std::move(row));
            continue;
        }
        const AudioFeatures& f = it->second.features;
        row.emplace_back(enrich::sourceLabel(it->second.source));
        for (const auto* value : {&f.danceability, &f.energy, &f.valence, &f.acousticness, &f.instrumentalness,
                                  &f.liveness, &f.speechiness}) {
            row.push_back(cell(*value, unit));
        }
        row.push_back(cell(f.loudness, [](double v) { return fixed(v, 1) + " dB"; }));
        row.push_back(cell(f.tempo, [](double v) { return fixed(v, 0); }));
        row.push_back(cell(f.key, [](int k) { return std::string(kPitchNames[static_cast<std::size_t>(k)]); }));
        row.push_back(cell(f.mode, [](int m) { return std::string(m == 1 ? "major" : "minor"); }));
        table.rows.push_back(std::move(row));
    }
    table.printAligned(context.out());
    if (report != nullptr) {
        context.out() << '\n'
                      << report->fromCache << " from the profile, " << report->fromSpotify << " from Spotify, "
                      << report->fromReccoBeats << " from ReccoBeats, " << report->missing << " without features.\n";
        if (!report->spotifyNote.empty()) {
            context.out() << "Spotify: " << report->spotifyNote << '\n';
        }
    }
}

int runShowFeatures(CommandContext& context)
{
    auto ids = trackIds(context.args().positional);
    if (!ids) {
        return context.fail(kExitUsage, ids.error().message);
    }
    if (context.args().has("--cached")) {
        auto db = context.openDatabase();
        if (!db) {
            return context.fail(kExitFailure, db.error().message);
        }
        auto known = enrich::cachedFeatures(*db, *ids);
        if (!known) {
            return context.fail(kExitFailure, known.error().message);
        }
        printFeatures(context, *ids, *known, *db, nullptr);
        return kExitOk;
    }
    int exitCode = kExitOk;
    auto session = openSpotifySession(context, "", exitCode);
    if (!session) {
        return exitCode;
    }
    enrich::FeatureFetchReport report;
    if (const int code = fetchThroughChain(context, *ids, *session, report); code != kExitOk) {
        return code;
    }
    auto known = enrich::cachedFeatures(session->db, *ids);
    if (!known) {
        return context.fail(kExitFailure, known.error().message);
    }
    printFeatures(context, *ids, *known, session->db, &report);
    return kExitOk;
}

} // namespace

int runFeatures(CommandContext& context)
{
    const auto& positional = context.args().positional;
    if (positional.empty()) {
        return context.fail(kExitUsage, "features needs track ids, or 'import FILE.csv'");
    }
    if (positional.front() == "import") {
        return runImportDataset(context);
    }
    return runShowFeatures(context);
}

} // namespace tunescope::cli
