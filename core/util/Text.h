#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tunescope::text {

// Unicode NFC of valid UTF-8; ASCII passes through untouched. Exports contain the same name in
// NFC and NFD, so every stored name goes through this.
std::string toNfc(std::string_view utf8);

// The key two names are compared by: NFC, case-folded, whitespace collapsed and trimmed.
std::string matchKey(std::string_view utf8);

bool isValidUtf8(std::string_view bytes);
// How many bytes at the start of `bytes` are valid UTF-8 (whole sequences): the offset of the first
// bad byte, or bytes.size().
std::size_t validUtf8Prefix(std::string_view bytes);

// `text` without the spaces, tabs and line breaks around it.
std::string_view trimmed(std::string_view text);

// A cell or value as an error message shows it: trimmed, and cut (at a character boundary, with
// "...") when longer than `longest` bytes, so a 10 MB field never becomes a 10 MB message.
std::string excerpt(std::string_view text, std::size_t longest = 40);

// ASCII letters lower-cased, every other byte kept: for keywords and codes, not for names.
std::string asciiLower(std::string_view text);

// A column header as files spell it differently, reduced to lower-case ASCII letters and digits:
// "Track Name", "track_name" and "TRACK-NAME" all give "trackname".
std::string headerKey(std::string_view header);

} // namespace tunescope::text
