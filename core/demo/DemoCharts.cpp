#include "demo/DemoCharts.h"

#include "demo/DemoRandom.h"

#include "store/ChartWriter.h"
#include "util/CivilTime.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace tunescope::demo {
namespace {

constexpr int kWeeks = 52;
constexpr std::size_t kEntries = 100;
constexpr CivilDate kLastChart{2026, 10, 29}; // a Thursday, before the history ends

using Random = DemoRandom;

constexpr std::array<const char*, 16> kWords = {
    "Sunday",    "Static",  "Heatwave",   "Paper Moon", "Overdrive",   "Satellites", "Gold Rush", "Low Tide",
    "Afterglow", "Runaway", "Velvet Sky", "Neon Rain",  "Slow Motion", "Wildfire",   "Blue Hour", "Daydream"};
constexpr std::array<const char*, 12> kSingers = {"Lio Marchetti",   "KAYA",     "The Night Shift",  "Oona Bell",
                                                  "Dex & the Tides", "Saffi",    "North Coast Kids", "Juno Ray",
                                                  "MC Palomar",      "Ari Lund", "The Velvet Hours", "Nova Sato"};
constexpr std::array<const char*, 6> kSingerSuffixes = {"", " Jr.", " Collective", " & Friends", " Trio", " X"};

struct ChartLife {
    std::string title;
    std::string artists;
    int entryWeek = 0; // 0 = the first chart week
    int weeks = 0;
    double strength = 0.0;
    std::array<double, 2> regionTaste{}; // global, de
};

Result<std::vector<ChartLife>> listenerFavourites(store::Database& db, Random& rng, std::int64_t firstChartDay)
{
    auto query = db.prepare("SELECT c.name, i.name, min(p.started_at) FROM plays p JOIN items i ON i.id = p.item_id "
                            "JOIN creators c ON c.id = i.creator_id WHERE p.kind = 1 AND p.ms_played >= 30000 "
                            "GROUP BY i.id HAVING min(p.started_at) >= ? ORDER BY count(*) DESC LIMIT 80");
    if (!query) {
        return query.error();
    }
    // Songs the listener found shortly before or during the chart year.
    query->bind(1, (firstChartDay - 70) * kMsPerDay);
    std::vector<ChartLife> songs;
    while (query->step()) {
        const std::int64_t firstPlayDay = floorDiv(query->int64(2), kMsPerDay);
        ChartLife song;
        song.artists = query->text(0);
        song.title = query->text(1);
        // The listener was early: the song charts 1 to 10 weeks after their first play.
        song.entryWeek = static_cast<int>((firstPlayDay - firstChartDay) / 7) + static_cast<int>(rng.between(1, 10));
        song.weeks = static_cast<int>(rng.between(6, 30));
        song.strength = 0.5 + rng.uniform() * 0.7;
        song.regionTaste = {0.6 + rng.uniform() * 0.4, 0.8 + rng.uniform() * 0.5};
        songs.push_back(std::move(song));
    }
    if (query->failed()) {
        return query->error();
    }
    return songs;
}

void addOtherSongs(Random& rng, std::vector<ChartLife>& songs)
{
    for (int i = 0; i < 480; ++i) {
        ChartLife song;
        song.title = std::string(kWords[static_cast<std::size_t>(i) % kWords.size()]);
        if (i >= static_cast<int>(kWords.size())) {
            song.title.append(" ").append(std::to_string(i / static_cast<int>(kWords.size()) + 1));
        }
        song.artists = kSingers[rng.next() % kSingers.size()];
        song.artists.append(kSingerSuffixes[rng.next() % kSingerSuffixes.size()]);
        if (rng.uniform() < 0.2) {
            song.artists.append(", ").append(kSingers[rng.next() % kSingers.size()]);
        }
        song.entryWeek = static_cast<int>(rng.between(-30, kWeeks - 1));
        song.weeks = static_cast<int>(rng.between(6, 40));
        song.strength = 0.3 + rng.uniform() * 0.9;
        song.regionTaste = {0.7 + rng.uniform() * 0.6, 0.5 + rng.uniform() * 0.8};
        songs.push_back(std::move(song));
    }
}

// How strongly a song streams in its nth week on the chart: a quick rise, a slow fade.
double lifeCurve(int age, int weeks)
{
    const double rise = std::min(1.0, (age + 1) / 3.0);
    const double fade = std::exp(-2.0 * static_cast<double>(age) / static_cast<double>(weeks));
    return rise * fade;
}

} // namespace

Status addDemoCharts(store::Database& db, std::uint64_t seed)
{
    Random rng(seed ^ 0xC4A27ULL);
    const std::int64_t lastDay = daysFromCivil(kLastChart);
    const std::int64_t firstDay = lastDay - 7LL * (kWeeks - 1);
    auto songs = listenerFavourites(db, rng, firstDay);
    if (!songs) {
        return songs.error();
    }
    addOtherSongs(rng, *songs);
    auto tx = store::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto writer = store::ChartWriter::create(db);
    if (!writer) {
        return writer.error();
    }
    constexpr std::array<const char*, 2> kRegions{"global", "de"};
    constexpr std::array<double, 2> kTopStreams{48'000'000.0, 2'400'000.0}; // a week's number one
    for (int week = 0; week < kWeeks; ++week) {
        const CivilDate date = civilFromDays(firstDay + 7LL * week);
        for (std::size_t r = 0; r < kRegions.size(); ++r) {
            std::vector<std::pair<double, const ChartLife*>> scored;
            for (const auto& song : *songs) {
                const int age = week - song.entryWeek;
                if (age >= 0 && age < song.weeks) {
                    const double noise = 0.9 + rng.uniform() * 0.2;
                    scored.emplace_back(song.strength * song.regionTaste[r] * lifeCurve(age, song.weeks) * noise,
                                        &song);
                }
            }
            std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            scored.resize(std::min(scored.size(), kEntries));
            auto chart = writer->chart(
                ingest::ChartIdentity{kRegions[r], ingest::ChartPeriod::Weekly, ingest::ChartKind::Top200, date});
            if (!chart) {
                return chart.error();
            }
            for (std::size_t i = 0; i < scored.size(); ++i) {
                store::ChartEntryRow row;
                row.title = scored[i].second->title;
                row.artists = scored[i].second->artists;
                row.rank = static_cast<std::int64_t>(i + 1);
                row.streams = std::llround(kTopStreams[r] * std::pow(static_cast<double>(i + 1), -0.55) *
                                           (0.95 + 0.1 * rng.uniform()));
                if (auto added = writer->add(*chart, row); !added) {
                    return added.error();
                }
            }
        }
    }
    return tx->commit();
}

} // namespace tunescope::demo
