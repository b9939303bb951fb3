#pragma once

// Tolerant field access for Spotify JSON (internal to core/spotify). Every accessor answers
// "absent" for a missing key, a null, or a value of the wrong type: Spotify drops and changes
// fields between quota modes, and one odd field must not cost the whole response.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tunescope::spotify::json {

using Json = nlohmann::json;

// The member `key` of `object`; nullptr when `object` is not an object or the member is missing or null.
const Json* field(const Json& object, std::string_view key);
const Json* objectField(const Json& object, std::string_view key);
const Json* arrayField(const Json& object, std::string_view key);

std::optional<std::string> stringField(const Json& object, std::string_view key);
// A non-empty string: what identifies a thing.
std::optional<std::string> idField(const Json& object, std::string_view key = "id");
// A string, or an integer written as text (cursors have been sent both ways).
std::optional<std::string> textField(const Json& object, std::string_view key);
// Whole numbers only (a whole-valued float such as 3.0 counts).
std::optional<std::int64_t> integerField(const Json& object, std::string_view key);
// Whole numbers that fit an int.
std::optional<int> intField(const Json& object, std::string_view key);
std::optional<bool> boolField(const Json& object, std::string_view key);

} // namespace tunescope::spotify::json
