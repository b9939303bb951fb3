#include "exchange/Csv.h"

namespace tunescope::exchange {

void appendCsvField(std::string& out, std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(value);
        return;
    }
    out.push_back('"');
    for (const char c : value) {
        if (c == '"') {
            out.push_back('"');
        }
        out.push_back(c);
    }
    out.push_back('"');
}

std::string csvField(std::string_view value)
{
    std::string field;
    appendCsvField(field, value);
    return field;
}

} // namespace tunescope::exchange
