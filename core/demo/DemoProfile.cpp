#include "demo/DemoProfile.h"

#include "demo/DemoCharts.h"
#include "demo/DemoGenres.h"
#include "demo/DemoRandom.h"

#include "store/Migrations.h"
#include "store/MusicChunks.h"
#include "store/PlayWriter.h"

#include <array>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace tunescope::demo {
namespace {

using Random = DemoRandom;

constexpr std::array<const char*, 32> kAdjectives = {
    "Paper",    "Velvet",  "Quiet",  "Electric", "Hollow", "Golden",   "Neon",  "Silver",
    "Lunar",    "Crimson", "Wild",   "Gentle",   "Static", "Northern", "Glass", "Amber",
    "Midnight", "Coastal", "Violet", "Distant",  "Broken", "Sleepy",   "Rapid", "Frozen",
    "Copper",   "Secret",  "Lazy",   "Cosmic",   "Faded",  "Honey",    "Iron",  "Paper-Thin"};
constexpr std::array<const char*, 32> kNouns = {
    "Lantern", "Harbor",  "Orchard",   "Signal", "Comet",     "Meadow",     "Engine", "Window",
    "River",   "Falcon",  "Garden",    "Mirror", "Circuit",   "Island",     "Canyon", "Feather",
    "Planet",  "Tide",    "Forest",    "Parade", "Satellite", "Lighthouse", "Valley", "Echo",
    "Avenue",  "Balloon", "Cathedral", "Desert", "Ember",     "Glacier",    "Kite",   "Postcard"};
constexpr std::array<const char*, 24> kFirstNames = {
    "Mira", "Jonah", "Elena", "Theo",  "Ayla", "Ravi",  "Noor", "Felix", "Ines", "Kofi",  "Lena",  "Mateo",
    "Sana", "Oskar", "Yuki",  "Amara", "Leo",  "Priya", "Hugo", "Zara",  "Emil", "Nadia", "Tomas", "Ivy"};
constexpr std::array<const char*, 24> kLastNames = {
    "Calloway", "Okafor", "Lindqvist", "Moreau",  "Tanaka", "Haddad",     "Fischer", "Alvarez",
    "Novak",    "Reyes",  "Kowalski",  "Brennan", "Ishida", "Varga",      "Mensah",  "Oyelaran",
    "Sorensen", "Duarte", "Kaplan",    "Quinn",   "Petrov", "Achterberg", "Marlowe", "Whitlock"};
constexpr std::array<const char*, 6> kPlatforms = {"android",
                                                   "Android OS 13 API 33 (Fictional, Demo Phone)",
                                                   "windows",
                                                   "Windows 10 (10.0.19045; x64)",
                                                   "web_player linux ;firefox 128.0;desktop",
                                                   "ios"};

struct DemoTrack {
    std::string title;
    std::string album;
    std::int64_t durationMs;
};

struct DemoArtist {
    std::string name;
    double weight;
    std::int64_t activeFrom; // day index
    std::int64_t activeTo;
    std::vector<DemoTrack> tracks;
};

std::string artistName(Random& rng)
{
    switch (rng.between(0, 3)) {
    case 0: return std::string("The ") + rng.pick(kAdjectives) + " " + rng.pick(kNouns) + "s";
    case 1: return std::string(rng.pick(kFirstNames)) + " " + rng.pick(kLastNames);
    case 2: return std::string(rng.pick(kNouns)) + " & " + rng.pick(kNouns);
    default: return std::string(rng.pick(kAdjectives)) + " " + rng.pick(kNouns);
    }
}

std::vector<DemoArtist> makeArtists(Random& rng, const DemoOptions& options, std::int64_t days)
{
    std::vector<DemoArtist> artists;
    std::set<std::string> used;
    while (artists.size() < options.artistCount) {
        std::string name = artistName(rng);
        if (!used.insert(name).second) {
            continue;
        }
        DemoArtist artist;
        artist.name = std::move(name);
        // Zipf-like popularity: a few favourites, a long tail.
        artist.weight = 1.0 / std::pow(static_cast<double>(artists.size() + 1), 0.9);
        const std::int64_t start = rng.uniform() < 0.5 ? 0 : rng.between(0, days - 60);
        artist.activeFrom = start;
        artist.activeTo = rng.uniform() < 0.6 ? days : rng.between(start + 60, days + 400);
        const auto albums = rng.between(1, 4);
        for (std::int64_t a = 0; a < albums; ++a) {
            const std::string album = std::string(rng.pick(kAdjectives)) + " " + rng.pick(kNouns);
            const auto trackCount = rng.between(5, 11);
            for (std::int64_t t = 0; t < trackCount; ++t) {
                std::string title = std::string(rng.pick(kAdjectives)) + " " + rng.pick(kNouns);
                if (rng.uniform() < 0.15) {
                    title += " (Demo Mix)";
                }
                artist.tracks.push_back({std::move(title), album, rng.between(140'000, 330'000)});
            }
        }
        artists.push_back(std::move(artist));
    }
    return artists;
}

const DemoArtist& pickArtist(Random& rng, const std::vector<DemoArtist>& artists, std::int64_t day)
{
    double total = 0;
    for (const auto& a : artists) {
        total += (day >= a.activeFrom && day <= a.activeTo) ? a.weight : 0.0;
    }
    double target = rng.uniform() * total;
    for (const auto& a : artists) {
        if (day >= a.activeFrom && day <= a.activeTo) {
            target -= a.weight;
            if (target <= 0) {
                return a;
            }
        }
    }
    return artists.front();
}

// Local hour a session starts: commute and evening peaks on weekdays, late mornings at weekends.
std::int64_t sessionHour(Random& rng, bool weekend)
{
    const double u = rng.uniform();
    if (weekend) {
        return u < 0.5 ? rng.between(10, 14) : (u < 0.85 ? rng.between(15, 20) : rng.between(21, 23));
    }
    if (u < 0.35) {
        return rng.between(7, 8);
    }
    return u < 0.55 ? rng.between(12, 13) : (u < 0.9 ? rng.between(18, 22) : rng.between(9, 17));
}

void addPodcasts(Random& rng, std::int64_t dayStartUtc, bool weekend, std::vector<ingest::PlayRecord>& out)
{
    static constexpr std::array<const char*, 3> shows = {"The Imaginary Almanac", "Demo Data Radio",
                                                         "Tales from the Test Suite"};
    if (weekend || rng.uniform() > 0.45) {
        return;
    }
    ingest::PlayRecord record;
    record.kind = ingest::PlayKind::Podcast;
    record.creator = rng.pick(shows);
    record.title = "Episode " + std::to_string(rng.between(1, 240));
    record.msPlayed = rng.between(8, 55) * 60'000;
    record.endedAt = dayStartUtc + rng.between(6, 9) * 3'600'000 + record.msPlayed;
    record.platform = "android";
    record.country = "DE";
    record.reasonStart = "clickrow";
    record.reasonEnd = "endplay";
    out.push_back(std::move(record));
}

} // namespace

Status buildDemoProfile(store::Database& db, const DemoOptions& options, const std::function<void(double)>& onProgress,
                        std::stop_token stop)
{
    Random rng(options.seed);
    const std::int64_t lastDay = daysFromCivil(CivilDate{2026, 10, 31});
    const std::int64_t days = 365LL * options.years;
    const std::int64_t firstDay = lastDay - days + 1;
    const auto artists = makeArtists(rng, options, days);
    store::PlayWriter writer(db);

    std::vector<ingest::PlayRecord> month;
    auto flush = [&](std::int64_t day) -> Status {
        const store::ImportedFileInfo info{"Tunescope demo data", "demo", "demo:" + std::to_string(day), month.size(),
                                           day * kMsPerDay};
        auto written = writer.write(month, info, stop);
        month.clear();
        if (!written) {
            return written.error();
        }
        return {};
    };
    for (std::int64_t d = 0; d < days; ++d) {
        const std::int64_t day = firstDay + d;
        const bool weekend = weekdayFromDays(day) >= 5;
        // The demo listener lives one hour east of UTC (no DST, to keep the data simple).
        const std::int64_t dayStartUtc = day * kMsPerDay - kMsPerHour;
        addPodcasts(rng, dayStartUtc, weekend, month);
        const auto sessions = rng.uniform() < 0.08 ? 0 : rng.between(1, weekend ? 4 : 3);
        for (std::int64_t s = 0; s < sessions; ++s) {
            std::int64_t clock = dayStartUtc + sessionHour(rng, weekend) * 3'600'000LL + rng.between(0, 3'599'000);
            const auto length = rng.between(3, 22);
            const bool shuffle = rng.uniform() < 0.4;
            const std::string& platform = kPlatforms[static_cast<std::size_t>(rng.between(0, 5))];
            for (std::int64_t t = 0; t < length; ++t) {
                const auto& artist = pickArtist(rng, artists, d);
                // Favourite tracks of an artist come up more often than deep cuts.
                const auto trackIndex =
                    static_cast<std::size_t>(std::pow(rng.uniform(), 2.0) * static_cast<double>(artist.tracks.size()));
                const auto& track = artist.tracks[trackIndex];
                ingest::PlayRecord record;
                const double u = rng.uniform();
                const bool skipped = u < 0.16;
                record.msPlayed = skipped
                                      ? rng.between(1'500, 29'000)
                                      : (u < 0.25 ? track.durationMs * rng.between(40, 95) / 100 : track.durationMs);
                clock += record.msPlayed;
                record.endedAt = clock;
                record.kind = ingest::PlayKind::Music;
                record.creator = artist.name;
                record.title = track.title;
                record.album = track.album;
                record.platform = platform;
                record.country = rng.uniform() < 0.95 ? "DE" : "NL";
                record.reasonStart = t == 0 ? "clickrow" : "trackdone";
                record.reasonEnd = skipped ? "fwdbtn" : "trackdone";
                record.shuffle = shuffle ? ingest::Flag::Yes : ingest::Flag::No;
                record.skipped = skipped ? ingest::Flag::Yes : ingest::Flag::No;
                record.offline = ingest::Flag::No;
                record.incognito = ingest::Flag::No;
                month.push_back(std::move(record));
            }
        }
        if (civilFromDays(day + 1).day == 1 || d + 1 == days) {
            if (auto s = flush(day); !s) {
                return s;
            }
            if (onProgress) {
                onProgress(static_cast<double>(d + 1) / static_cast<double>(days));
            }
        }
    }
    if (auto s = store::refreshMusicChunks(db); !s) {
        return s;
    }
    if (auto s = addDemoCharts(db, options.seed); !s) {
        return s;
    }
    // As if the MusicBrainz enrichment had run the day after the history ends.
    return addDemoGenres(db, (lastDay + 1) * kMsPerDay + 9 * kMsPerHour);
}

Result<store::Database> openDemoProfile(const std::filesystem::path& dataDir)
{
    // Versioned name: a new generator builds a new file instead of reusing an old one.
    const auto file = dataDir / "demo" / "tunescope-demo-v3.sqlite3";
    // The window's pages open the demo from several threads at once: one builds, the others wait.
    static std::mutex building;
    const std::lock_guard lock(building);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) {
            return makeError(ErrorCode::Io, "Cannot create " + file.parent_path().string() + ": " + ec.message());
        }
        // Build beside it and rename when complete, so an interrupted build is never used.
        // Named per process too: a CLI run building at the same moment does not delete this one.
        const auto partial =
            file.parent_path() / (file.filename().string() + "." + std::to_string(::getpid()) + ".partial");
        std::filesystem::remove(partial, ec);
        {
            auto db = store::Database::open(partial);
            if (!db) {
                return db.error();
            }
            if (auto s = store::migrate(*db); !s) {
                return s.error();
            }
            if (auto s = buildDemoProfile(*db); !s) {
                return s.error();
            }
            if (auto s = db->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;"); !s) {
                return s.error();
            }
        }
        std::filesystem::rename(partial, file, ec);
        if (ec) {
            return makeError(ErrorCode::Io, "Cannot finish the demo profile " + file.string() + ": " + ec.message());
        }
    }
    auto db = store::Database::open(file);
    if (!db) {
        return db.error();
    }
    if (auto s = store::migrate(*db); !s) {
        return s.error();
    }
    return db;
}

} // namespace tunescope::demo
