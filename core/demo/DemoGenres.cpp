#include "demo/DemoGenres.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::demo {
namespace {

struct DemoGenre {
    const char* name;
    int family;
    double popularity; // how often it is an artist's main genre
};

// A few broad genres carry most artists, so the top of the donut holds most of the listening and
// "other" stays a modest slice.
constexpr std::array<DemoGenre, 18> kGenres = {{
    {"indie rock", 0, 14},
    {"indie pop", 0, 10},
    {"dream pop", 0, 3},
    {"shoegaze", 0, 0.8},
    {"electronic", 1, 12},
    {"synth-pop", 1, 6},
    {"house", 1, 2},
    {"ambient", 1, 1},
    {"alternative rock", 2, 9},
    {"post-punk", 2, 2},
    {"garage rock", 2, 0.7},
    {"hip hop", 3, 7},
    {"r&b", 3, 2},
    {"neo soul", 3, 0.6},
    {"folk", 4, 5},
    {"singer-songwriter", 4, 1.5},
    {"jazz", 4, 1},
    {"bossa nova", 4, 0.5},
}};

// FNV-1a: the same artist name picks the same genres everywhere.
std::uint64_t hashName(std::string_view name, std::uint64_t salt)
{
    std::uint64_t h = 14695981039346656037ULL ^ salt;
    for (const char c : name) {
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return h;
}

double unit(std::uint64_t h)
{
    return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

std::size_t mainGenre(double u)
{
    double total = 0;
    for (const auto& g : kGenres) {
        total += g.popularity;
    }
    double target = u * total;
    for (std::size_t i = 0; i < kGenres.size(); ++i) {
        target -= kGenres[i].popularity;
        if (target <= 0) {
            return i;
        }
    }
    return 0;
}

// Another genre of the same family, favouring the family's popular ones.
std::size_t relatedGenre(std::size_t main, double u)
{
    std::vector<std::size_t> family;
    double total = 0;
    for (std::size_t i = 0; i < kGenres.size(); ++i) {
        if (i != main && kGenres[i].family == kGenres[main].family) {
            family.push_back(i);
            total += kGenres[i].popularity;
        }
    }
    double target = u * total;
    for (const auto i : family) {
        target -= kGenres[i].popularity;
        if (target <= 0) {
            return i;
        }
    }
    return family.back();
}

struct Artist {
    std::int64_t id;
    std::string name;
};

Result<std::vector<Artist>> artistsByListening(store::Database& db)
{
    auto stmt = db.prepare("SELECT c.id, c.name FROM creators c "
                           "JOIN items i ON i.creator_id = c.id JOIN plays p ON p.item_id = i.id "
                           "WHERE c.kind = 1 GROUP BY c.id ORDER BY SUM(p.ms_played) DESC, c.id");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<Artist> artists;
    while (stmt->step()) {
        artists.push_back(Artist{stmt->int64(0), stmt->text(1)});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return artists;
}

} // namespace

Status addDemoGenres(store::Database& db, UtcMs lookedUpFrom)
{
    auto artists = artistsByListening(db);
    if (!artists) {
        return artists.error();
    }
    auto transaction = store::Transaction::begin(db);
    auto lookup = db.prepare("INSERT OR REPLACE INTO artist_genre_lookups (creator_id, looked_up_at, outcome) "
                             "VALUES (?, ?, ?)");
    auto genre = db.prepare("INSERT OR REPLACE INTO artist_genres (creator_id, genre, source, weight) "
                            "VALUES (?, ?, ?, ?)");
    if (!transaction || !lookup || !genre) {
        return !transaction ? transaction.error() : !lookup ? lookup.error() : genre.error();
    }
    constexpr int kGenresFound = 1;
    constexpr int kNoneFound = 2;
    constexpr int kMusicBrainzGenre = 2;
    constexpr int kMusicBrainzTag = 3;
    constexpr std::size_t kAlwaysFound = 25; // the favourites: the top of the charts is covered
    for (std::size_t rank = 0; rank < artists->size(); ++rank) {
        const auto& artist = (*artists)[rank];
        const double fate = unit(hashName(artist.name, 1));
        if (rank >= kAlwaysFound && fate < 0.04) {
            continue; // not looked up yet: the enrichment would get to it next
        }
        const UtcMs when = lookedUpFrom + static_cast<UtcMs>(rank) * 1'100;
        const bool found = rank < kAlwaysFound || fate >= 0.10;
        lookup->bind(1, artist.id).bind(2, when).bind(3, found ? kGenresFound : kNoneFound);
        if (auto s = lookup->run(); !s) {
            return s;
        }
        if (!found) {
            continue;
        }
        const std::size_t main = mainGenre(unit(hashName(artist.name, 2)));
        std::vector<std::pair<std::size_t, double>> picks{{main, 1.0}};
        if (const double u = unit(hashName(artist.name, 3)); u < 0.7) {
            picks.front().second = 0.65;
            picks.emplace_back(relatedGenre(main, unit(hashName(artist.name, 4))), 0.35);
        }
        // Tags are the weaker signal: a few artists only have those.
        const int source = unit(hashName(artist.name, 5)) < 0.1 ? kMusicBrainzTag : kMusicBrainzGenre;
        for (const auto& [index, weight] : picks) {
            genre->bind(1, artist.id).bind(2, kGenres[index].name).bind(3, source).bind(4, weight);
            if (auto s = genre->run(); !s) {
                return s;
            }
        }
    }
    return transaction->commit();
}

} // namespace tunescope::demo
