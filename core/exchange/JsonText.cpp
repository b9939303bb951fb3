#include "exchange/JsonText.h"

#include "util/Text.h"

#include <array>

namespace tunescope::exchange {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Escapes the ASCII characters JSON needs escaped; `text` is valid UTF-8.
void appendEscaped(std::string& out, std::string_view text)
{
    constexpr std::string_view kHex = "0123456789abcdef";
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(text.substr(copied, i - copied));
        copied = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            const std::array<char, 6> escape{'\\', 'u', '0', '0', kHex[c >> 4U], kHex[c & 0xFU]};
            out.append(escape.data(), escape.size());
        }
        }
    }
    out.append(text.substr(copied));
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    out.push_back('"');
    while (!text.empty()) {
        const std::size_t valid = text::validUtf8Prefix(text);
        appendEscaped(out, text.substr(0, valid));
        if (valid == text.size()) {
            break;
        }
        out.append(kReplacementCharacter);
        text.remove_prefix(valid + 1);
    }
    out.push_back('"');
}

} // namespace tunescope::exchange
