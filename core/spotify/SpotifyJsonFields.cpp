#include "spotify/SpotifyJsonFields.h"

#include <cmath>
#include <limits>

namespace tunescope::spotify::json {

const Json* field(const Json& object, std::string_view key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

const Json* objectField(const Json& object, std::string_view key)
{
    const Json* value = field(object, key);
    return value != nullptr && value->is_object() ? value : nullptr;
}

const Json* arrayField(const Json& object, std::string_view key)
{
    const Json* value = field(object, key);
    return value != nullptr && value->is_array() ? value : nullptr;
}

std::optional<std::string> stringField(const Json& object, std::string_view key)
{
    const Json* value = field(object, key);
    if (value == nullptr || !value->is_string()) {
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::string> idField(const Json& object, std::string_view key)
{
    auto id = stringField(object, key);
    if (!id || id->empty()) {
        return std::nullopt;
    }
    return id;
}

std::optional<std::string> textField(const Json& object, std::string_view key)
{
    if (auto text = stringField(object, key)) {
        return text;
    }
    if (const auto number = integerField(object, key)) {
        return std::to_string(*number);
    }
    return std::nullopt;
}

std::optional<std::int64_t> integerField(const Json& object, std::string_view key)
{
    const Json* value = field(object, key);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_number_integer()) { // signed, or unsigned within int64 after the check below
        if (value->is_number_unsigned() &&
            value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return std::nullopt;
        }
        return value->get<std::int64_t>();
    }
    if (value->is_number_float()) {
        const double number = value->get<double>();
        // 2^63 as a double: anything at or above it does not fit.
        constexpr double kLimit = 9'223'372'036'854'775'808.0;
        if (std::isfinite(number) && std::trunc(number) == number && number > -kLimit && number < kLimit) {
            return static_cast<std::int64_t>(number);
        }
    }
    return std::nullopt;
}

std::optional<int> intField(const Json& object, std::string_view key)
{
    const auto number = integerField(object, key);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<bool> boolField(const Json& object, std::string_view key)
{
    const Json* value = field(object, key);
    if (value == nullptr || !value->is_boolean()) {
        return std::nullopt;
    }
    return value->get<bool>();
}

} // namespace tunescope::spotify::json
