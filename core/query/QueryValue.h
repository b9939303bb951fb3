#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

namespace tunescope::query {

// A blob is shown by its size, never its bytes: "<blob 16 bytes>".
struct BlobValue {
    std::size_t bytes = 0;
    bool operator==(const BlobValue&) const = default;
};

// One cell of a result, typed as SQLite returned it: null, integer, real, text or blob.
using QueryValue = std::variant<std::monostate, std::int64_t, double, std::string, BlobValue>;

[[nodiscard]] inline bool isNull(const QueryValue& value)
{
    return std::holds_alternative<std::monostate>(value);
}

[[nodiscard]] inline bool isNumber(const QueryValue& value)
{
    return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
}

// The cell as text: "NULL", "42", "3.5" (a whole real keeps its ".0"), the text itself, or
// "<blob N bytes>".
std::string displayText(const QueryValue& value);
// The same, with an empty string for NULL (CSV).
std::string csvText(const QueryValue& value);
// A number as a double (for charts); 0 for anything else, so check isNumber first.
double numberOf(const QueryValue& value);

} // namespace tunescope::query
