#include "ingest/ChartRegions.h"

#include "util/Text.h"

#include <array>
#include <utility>

namespace tunescope::ingest {
namespace {

// Every market Spotify has published charts for, with the names datasets give them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 82> kRegions{{
    {"global", "Global"},     {"ad", "Andorra"},       {"ae", "United Arab Emirates"},
    {"ar", "Argentina"},      {"at", "Austria"},       {"au", "Australia"},
    {"be", "Belgium"},        {"bg", "Bulgaria"},      {"bo", "Bolivia"},
    {"br", "Brazil"},         {"by", "Belarus"},       {"ca", "Canada"},
    {"ch", "Switzerland"},    {"cl", "Chile"},         {"co", "Colombia"},
    {"cr", "Costa Rica"},     {"cy", "Cyprus"},        {"cz", "Czech Republic"},
    {"de", "Germany"},        {"dk", "Denmark"},       {"do", "Dominican Republic"},
    {"ec", "Ecuador"},        {"ee", "Estonia"},       {"eg", "Egypt"},
    {"es", "Spain"},          {"fi", "Finland"},       {"fr", "France"},
    {"gb", "United Kingdom"}, {"gr", "Greece"},        {"gt", "Guatemala"},
    {"hk", "Hong Kong"},      {"hn", "Honduras"},      {"hu", "Hungary"},
    {"id", "Indonesia"},      {"ie", "Ireland"},       {"il", "Israel"},
    {"in", "India"},          {"is", "Iceland"},       {"it", "Italy"},
    {"jp", "Japan"},          {"kr", "South Korea"},   {"kz", "Kazakhstan"},
    {"lt", "Lithuania"},      {"lu", "Luxembourg"},    {"lv", "Latvia"},
    {"ma", "Morocco"},        {"mc", "Monaco"},        {"mt", "Malta"},
    {"mx", "Mexico"},         {"my", "Malaysia"},      {"ng", "Nigeria"},
    {"ni", "Nicaragua"},      {"nl", "Netherlands"},   {"no", "Norway"},
    {"nz", "New Zealand"},    {"pa", "Panama"},        {"pe", "Peru"},
    {"ph", "Philippines"},    {"pk", "Pakistan"},      {"pl", "Poland"},
    {"pt", "Portugal"},       {"py", "Paraguay"},      {"ro", "Romania"},
    {"ru", "Russia"},         {"sa", "Saudi Arabia"},  {"se", "Sweden"},
    {"sg", "Singapore"},      {"sk", "Slovakia"},      {"sv", "El Salvador"},
    {"th", "Thailand"},       {"tr", "Turkey"},        {"tw", "Taiwan"},
    {"ua", "Ukraine"},        {"us", "United States"}, {"uy", "Uruguay"},
    {"ve", "Venezuela"},      {"vn", "Vietnam"},       {"za", "South Africa"},
    {"si", "Slovenia"},       {"hr", "Croatia"},       {"lb", "Lebanon"},
    {"qa", "Qatar"},
}};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

std::optional<std::string> regionCode(std::string_view text)
{
    text = text::trimmed(text);
    const std::string key = text::matchKey(text);
    for (const auto& [code, name] : kRegions) {
        if (key == code || key == text::matchKey(name)) {
            return std::string(code);
        }
    }
    if (key == "uk") {
        return "gb";
    }
    // A two-letter code of a market added after this list.
    if (text.size() == 2 && isAsciiLetter(text[0]) && isAsciiLetter(text[1])) {
        return key;
    }
    return std::nullopt;
}

std::string regionDisplayName(std::string_view code)
{
    for (const auto& [known, name] : kRegions) {
        if (code == known) {
            return std::string(name);
        }
    }
    std::string upper(code);
    for (char& c : upper) {
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return upper;
}

} // namespace tunescope::ingest
