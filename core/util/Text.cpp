#include "util/Text.h"

#include <unicode/ucasemap.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <vector>

namespace tunescope::text {
namespace {

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::u16string toUtf16(std::string_view utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8WithSub(nullptr, 0, &length, utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    std::u16string out(static_cast<size_t>(length), u'\0');
    status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(out.data(), length, nullptr, utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr,
                         &status);
    return U_SUCCESS(status) ? out : std::u16string();
}

std::string toUtf8(const std::u16string& utf16)
{
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8(nullptr, 0, &length, utf16.data(), static_cast<int32_t>(utf16.size()), &status);
    std::string out(static_cast<size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), length, nullptr, utf16.data(), static_cast<int32_t>(utf16.size()), &status);
    return U_SUCCESS(status) ? out : std::string();
}

std::u16string normalizeNfc(const std::u16string& input)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        return input;
    }
    if (unorm2_isNormalized(nfc, input.data(), static_cast<int32_t>(input.size()), &status) && U_SUCCESS(status)) {
        return input;
    }
    status = U_ZERO_ERROR;
    const int32_t needed = unorm2_normalize(nfc, input.data(), static_cast<int32_t>(input.size()), nullptr, 0, &status);
    std::u16string out(static_cast<size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    unorm2_normalize(nfc, input.data(), static_cast<int32_t>(input.size()), out.data(), needed, &status);
    return U_SUCCESS(status) ? out : input;
}

std::u16string foldCase(const std::u16string& input)
{
    UErrorCode status = U_ZERO_ERROR;
    const int32_t needed =
        u_strFoldCase(nullptr, 0, input.data(), static_cast<int32_t>(input.size()), U_FOLD_CASE_DEFAULT, &status);
    std::u16string out(static_cast<size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    u_strFoldCase(out.data(), needed, input.data(), static_cast<int32_t>(input.size()), U_FOLD_CASE_DEFAULT, &status);
    return U_SUCCESS(status) ? out : input;
}

// Collapses runs of ASCII whitespace into one space and trims both ends.
std::string collapseWhitespace(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

std::string toNfc(std::string_view utf8)
{
    if (isAscii(utf8)) {
        return std::string(utf8);
    }
    return toUtf8(normalizeNfc(toUtf16(utf8)));
}

std::string matchKey(std::string_view utf8)
{
    if (isAscii(utf8)) {
        std::string lowered(utf8);
        std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
        return collapseWhitespace(lowered);
    }
    return collapseWhitespace(toUtf8(normalizeNfc(foldCase(normalizeNfc(toUtf16(utf8))))));
}

std::size_t validUtf8Prefix(std::string_view bytes)
{
    size_t i = 0;
    const size_t n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        size_t extra = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            return i;
        }
        for (size_t k = 1; k <= extra; ++k) {
            if (i + k >= n) {
                return i;
            }
            const auto cc = static_cast<unsigned char>(bytes[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const bool overlong = (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += extra + 1;
    }
    return n;
}

bool isValidUtf8(std::string_view bytes)
{
    return validUtf8Prefix(bytes) == bytes.size();
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string excerpt(std::string_view text, std::size_t longest)
{
    text = trimmed(text);
    if (text.size() <= longest) {
        return std::string(text);
    }
    std::size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
        --cut;
    }
    return std::string(text.substr(0, cut)) + "...";
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string headerKey(std::string_view header)
{
    std::string out;
    for (const char c : header) {
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        }
    }
    return out;
}

} // namespace tunescope::text
