#include "ingest/ChartColumns.h"

#include "util/Text.h"

#include <algorithm>
#include <string_view>

namespace tunescope::ingest {
namespace {

struct KnownName {
    std::string_view key; // util/Text headerKey: lower-case letters and digits
    ChartField field;
};

// In order of preference: when two columns name the same field, the earlier name wins.
constexpr KnownName kKnownNames[] = {
    {"rank", ChartField::Rank},           {"position", ChartField::Rank},
    {"chartposition", ChartField::Rank},  {"pos", ChartField::Rank},
    {"trackname", ChartField::Title},     {"title", ChartField::Title},
    {"songname", ChartField::Title},      {"song", ChartField::Title},
    {"track", ChartField::Title},         {"name", ChartField::Title},
    {"artistnames", ChartField::Artists}, {"artist", ChartField::Artists},
    {"artists", ChartField::Artists},     {"artistname", ChartField::Artists},
    {"streams", ChartField::Streams},     {"streamcount", ChartField::Streams},
    {"uri", ChartField::Track},           {"url", ChartField::Track},
    {"trackuri", ChartField::Track},      {"trackid", ChartField::Track},
    {"spotifyid", ChartField::Track},     {"id", ChartField::Track},
    {"region", ChartField::Region},       {"country", ChartField::Region},
    {"market", ChartField::Region},       {"date", ChartField::Date},
    {"chartdate", ChartField::Date},      {"chart", ChartField::Chart},
    {"charttype", ChartField::Chart},
};

} // namespace

std::size_t ChartColumns::widest() const
{
    std::size_t widest = 0;
    for (const auto& c : column) {
        widest = std::max(widest, c.value_or(0));
    }
    return widest;
}

ChartColumns mapChartColumns(const std::vector<std::string>& header)
{
    ChartColumns columns;
    std::array<std::size_t, kChartFieldCount> rank{};
    rank.fill(std::size(kKnownNames));
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string key = text::headerKey(header[c]);
        for (std::size_t r = 0; r < std::size(kKnownNames); ++r) {
            const auto field = static_cast<std::size_t>(kKnownNames[r].field);
            if (kKnownNames[r].key == key && r < rank[field]) {
                rank[field] = r;
                columns.column[field] = c;
                break;
            }
        }
    }
    return columns;
}

} // namespace tunescope::ingest
