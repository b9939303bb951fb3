#include "ingest/JsonScanner.h"

#include "util/Hex.h"
#include "util/Text.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace tunescope::ingest {
namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonScanner::JsonScanner(std::string_view text, std::size_t maxDepth) : text_(text), maxDepth_(maxDepth) {}

void JsonScanner::fail(const std::string& message) const
{
    throw JsonSyntaxError{pos_, message};
}

void JsonScanner::skipWhitespace()
{
    while (pos_ < text_.size() && isWhitespace(text_[pos_])) {
        ++pos_;
    }
}

bool JsonScanner::atEnd()
{
    skipWhitespace();
    return pos_ >= text_.size();
}

char JsonScanner::peek()
{
    skipWhitespace();
    return pos_ < text_.size() ? text_[pos_] : '\0';
}

bool JsonScanner::tryConsume(char c)
{
    if (peek() == c) {
        ++pos_;
        return true;
    }
    return false;
}

void JsonScanner::expect(char c, const char* what)
{
    if (!tryConsume(c)) {
        if (pos_ >= text_.size()) {
            fail(std::string("the file ends early (truncated?): expected ") + what);
        }
        fail(std::string("expected ") + what);
    }
}

void JsonScanner::appendEscape(std::string& out)
{
    // pos_ is on the character after the backslash.
    if (pos_ >= text_.size()) {
        fail("the file ends inside a string (truncated?)");
    }
    const char c = text_[pos_++];
    switch (c) {
    case '"': out.push_back('"'); return;
    case '\\': out.push_back('\\'); return;
    case '/': out.push_back('/'); return;
    case 'b': out.push_back('\b'); return;
    case 'f': out.push_back('\f'); return;
    case 'n': out.push_back('\n'); return;
    case 'r': out.push_back('\r'); return;
    case 't': out.push_back('\t'); return;
    case 'u': break;
    default: --pos_; fail("invalid escape sequence in a string");
    }
    auto readHex4 = [this]() -> std::uint32_t {
        if (pos_ + 4 > text_.size()) {
            fail("the file ends inside a \\u escape (truncated?)");
        }
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexDigitValue(text_[pos_++]);
            if (h < 0) {
                fail("invalid \\u escape in a string");
            }
            v = (v << 4) | static_cast<std::uint32_t>(h);
        }
        return v;
    };
    std::uint32_t cp = readHex4();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (pos_ + 6 <= text_.size() && text_[pos_] == '\\' && text_[pos_ + 1] == 'u') {
            pos_ += 2;
            const std::uint32_t low = readHex4();
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else {
                cp = 0xFFFD;
            }
        } else {
            cp = 0xFFFD; // lone surrogate: keep the text readable
        }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        cp = 0xFFFD;
    }
    appendUtf8(out, cp);
}

std::string_view JsonScanner::readString(std::string& scratch)
{
    if (peek() != '"') {
        fail(pos_ >= text_.size() ? "the file ends early (truncated?): expected a string" : "expected a string");
    }
    const std::size_t start = ++pos_;
    // Fast path: no escapes, the view points into the input. memchr finds the closing quote;
    // the span before it must hold no backslash and no control character.
    const char* base = text_.data();
    const auto* quote = static_cast<const char*>(std::memchr(base + start, '"', text_.size() - start));
    const std::size_t end = quote ? static_cast<std::size_t>(quote - base) : text_.size();
    std::size_t i = start;
    bool ascii = true;
    while (i < end) {
        const auto c = static_cast<unsigned char>(base[i]);
        if (c == '\\') {
            break;
        }
        if (c < 0x20) {
            pos_ = i;
            fail("control character inside a string");
        }
        ascii = ascii && c < 0x80;
        ++i;
    }
    if (i == end && quote) {
        if (!ascii) {
            checkUtf8(start, end);
        }
        pos_ = end + 1;
        return text_.substr(start, end - start);
    }
    if (i >= text_.size()) {
        pos_ = text_.size();
        fail("the file ends inside a string (truncated?)");
    }
    scratch.assign(text_.substr(start, i - start));
    pos_ = i;
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == '"') {
            checkUtf8(start, pos_); // escapes are ASCII: the raw text tells
            ++pos_;
            return scratch;
        }
        if (c == '\\') {
            ++pos_;
            appendEscape(scratch);
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            fail("control character inside a string");
        }
        scratch.push_back(c);
        ++pos_;
    }
    fail("the file ends inside a string (truncated?)");
}

void JsonScanner::checkUtf8(std::size_t from, std::size_t to)
{
    const std::size_t valid = text::validUtf8Prefix(text_.substr(from, to - from));
    if (from + valid < to) {
        pos_ = from + valid;
        fail("invalid UTF-8 inside a string (is the file in another encoding?)");
    }
}

std::string_view JsonScanner::readNumber()
{
    const std::size_t start = pos_;
    auto digits = [this]() {
        const std::size_t from = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            ++pos_;
        }
        return pos_ > from;
    };
    if (text_[pos_] == '-') {
        ++pos_;
    }
    if (!digits()) {
        fail("invalid number");
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        if (!digits()) {
            fail("invalid number");
        }
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        ++pos_;
        if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
            ++pos_;
        }
        if (!digits()) {
            fail("invalid number");
        }
    }
    return text_.substr(start, pos_ - start);
}

void JsonScanner::readLiteral(std::string_view literal)
{
    if (text_.substr(pos_, literal.size()) != literal) {
        fail(pos_ + literal.size() > text_.size() ? "the file ends early (truncated?)" : "unexpected character");
    }
    pos_ += literal.size();
}

void JsonScanner::skipComposite(char open, char close, std::size_t depth)
{
    if (depth > maxDepth_) {
        fail("values are nested too deeply");
    }
    expect(open, open == '{' ? "'{'" : "'['");
    if (tryConsume(close)) {
        return;
    }
    std::string scratch;
    while (true) {
        if (open == '{') {
            readString(scratch);
            expect(':', "':' after a key");
        }
        const char c = peek();
        if (c == '{') {
            skipComposite('{', '}', depth + 1);
        } else if (c == '[') {
            skipComposite('[', ']', depth + 1);
        } else {
            readValue(scratch);
        }
        if (tryConsume(close)) {
            return;
        }
        expect(',', open == '{' ? "',' or '}'" : "',' or ']'");
    }
}

void JsonScanner::skipValue()
{
    std::string scratch;
    readValue(scratch);
}

JsonScanner::Value JsonScanner::readValue(std::string& scratch)
{
    const char c = peek();
    switch (c) {
    case '"': return {ValueKind::String, readString(scratch)};
    case '{': skipComposite('{', '}', 1); return {ValueKind::Object, {}};
    case '[': skipComposite('[', ']', 1); return {ValueKind::Array, {}};
    case 't': readLiteral("true"); return {ValueKind::True, {}};
    case 'f': readLiteral("false"); return {ValueKind::False, {}};
    case 'n': readLiteral("null"); return {ValueKind::Null, {}};
    case '\0':
        if (pos_ >= text_.size()) {
            fail("the file ends early (truncated?): expected a value");
        }
        fail("unexpected NUL byte");
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            return {ValueKind::Number, readNumber()};
        }
        fail(std::string("unexpected character '") + (static_cast<unsigned char>(c) < 0x20 ? '?' : c) + "'");
    }
}

std::optional<std::int64_t> jsonInteger(std::string_view literal)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (ec == std::errc() && end == literal.data() + literal.size()) {
        return value;
    }
    double real = 0;
    const auto [rend, rec] = std::from_chars(literal.data(), literal.data() + literal.size(), real);
    if (rec != std::errc() || rend != literal.data() + literal.size() || !std::isfinite(real) ||
        real != std::floor(real) || std::fabs(real) > 9.0e15) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(real);
}

} // namespace tunescope::ingest
