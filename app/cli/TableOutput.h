#pragma once

#include <nlohmann/json_fwd.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace tunescope::cli {

// Rows of text cells printed as an aligned table (columns marked numeric align right) or as
// RFC 4180 CSV.
struct TextTable {
    std::vector<std::string> header;
    std::vector<bool> numeric;
    std::vector<std::vector<std::string>> rows;

    void printAligned(std::ostream& out) const;
    void printCsv(std::ostream& out) const;
};

std::string csvField(const std::string& value);
// Width on a terminal, counting each UTF-8 code point as one column.
std::size_t displayWidth(const std::string& utf8);

// JSON text for --json output. Names from the user's disk need not be UTF-8 (Linux allows any
// bytes in a file name): such bytes come out as U+FFFD instead of aborting the command.
std::string jsonText(const nlohmann::ordered_json& json);

// "1,234,567"
std::string groupThousands(long long value);
// "12 h 05 min" style duration for listening time.
std::string formatDuration(long long ms);
// "12.3%" for a share from 0 to 1.
std::string formatPercent(double share);

} // namespace tunescope::cli
