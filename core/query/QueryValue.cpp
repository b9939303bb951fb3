#include "query/QueryValue.h"

#include <array>
#include <charconv>

namespace tunescope::query {
namespace {

std::string realText(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string text(buffer.data(), ec == std::errc() ? end : buffer.data());
    // A whole real reads as one ("3.0"), so it is not mistaken for an integer column.
    if (text.find_first_of(".eEn") == std::string::npos) {
        text += ".0";
    }
    return text;
}

} // namespace

std::string displayText(const QueryValue& value)
{
    struct Visitor {
        std::string operator()(std::monostate) const { return "NULL"; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const { return realText(v); }
        std::string operator()(const std::string& v) const { return v; }
        std::string operator()(const BlobValue& v) const { return "<blob " + std::to_string(v.bytes) + " bytes>"; }
    };
    return std::visit(Visitor{}, value);
}

std::string csvText(const QueryValue& value)
{
    return isNull(value) ? std::string() : displayText(value);
}

double numberOf(const QueryValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return *d;
    }
    return 0.0;
}

} // namespace tunescope::query
