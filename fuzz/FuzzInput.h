#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// The fuzzer's bytes as the text the parsers take.
inline std::string_view fuzzText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size}; // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}
