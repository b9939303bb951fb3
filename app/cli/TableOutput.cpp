#include "cli/TableOutput.h"

#include "exchange/Csv.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace tunescope::cli {

std::string jsonText(const nlohmann::ordered_json& json)
{
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::size_t displayWidth(const std::string& utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string csvField(const std::string& value)
{
    return exchange::csvField(value);
}

void TextTable::printAligned(std::ostream& out) const
{
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    };
    measure(header);
    for (const auto& row : rows) {
        measure(row);
    }
    auto printRow = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
            const std::string pad(widths[c] - displayWidth(row[c]), ' ');
            const bool right = c < numeric.size() && numeric[c];
            if (c > 0) {
                out << "  ";
            }
            if (right) {
                out << pad << row[c];
            } else {
                out << row[c] << (c + 1 < row.size() ? pad : "");
            }
        }
        out << '\n';
    };
    printRow(header);
    std::vector<std::string> rule;
    rule.reserve(widths.size());
    for (auto w : widths) {
        rule.emplace_back(w, '-');
    }
    printRow(rule);
    for (const auto& row : rows) {
        printRow(row);
    }
}

void TextTable::printCsv(std::ostream& out) const
{
    auto printRow = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out << (c > 0 ? "," : "") << csvField(row[c]);
        }
        out << "\r\n";
    };
    printRow(header);
    for (const auto& row : rows) {
        printRow(row);
    }
}

std::string groupThousands(long long value)
{
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string grouped = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += ',';
        }
        grouped += digits[i];
    }
    return grouped;
}

std::string formatDuration(long long ms)
{
    const long long minutes = ms / 60'000;
    if (minutes < 60) {
        return std::to_string(minutes) + " min";
    }
    const long long rest = minutes % 60;
    return groupThousands(minutes / 60) + " h " + (rest < 10 ? "0" : "") + std::to_string(rest) + " min";
}

std::string formatPercent(double share)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
    return text;
}

} // namespace tunescope::cli
