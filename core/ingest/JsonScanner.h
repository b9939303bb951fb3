#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tunescope::ingest {

// Where and why a JSON text is malformed.
struct JsonSyntaxError {
    std::size_t offset;
    std::string message;
};

// A forward-only JSON tokenizer over one buffer. It never builds a document: the caller pulls
// values one at a time, so an export of any size needs memory for one record, not one tree.
// Malformed input throws JsonSyntaxError (caught by the reader that owns the scanner).
class JsonScanner {
public:
    enum class ValueKind { String, Number, True, False, Null, Object, Array };

    struct Value {
        ValueKind kind = ValueKind::Null;
        std::string_view text; // string contents (unescaped) or the number's literal
    };

    explicit JsonScanner(std::string_view text, std::size_t maxDepth = 64);

    [[nodiscard]] std::size_t offset() const { return pos_; }
    [[nodiscard]] bool atEnd();
    // The next significant character, or '\0' at the end.
    char peek();
    bool tryConsume(char c);
    void expect(char c, const char* what);

    // Reads a string token; the view points into the input or into `scratch` when it had escapes.
    std::string_view readString(std::string& scratch);
    // Reads any value. Objects and arrays are skipped entirely and returned with empty text.
    Value readValue(std::string& scratch);
    void skipValue();

    [[noreturn]] void fail(const std::string& message) const;

private:
    void skipWhitespace();
    std::string_view readNumber();
    void readLiteral(std::string_view literal);
    void skipComposite(char open, char close, std::size_t depth);
    void appendEscape(std::string& out);
    // Fails at the first byte of text_[from, to) that is not UTF-8.
    void checkUtf8(std::size_t from, std::size_t to);

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t maxDepth_;
};

// Integer value of a JSON number literal ("1234", "-5", "12.0", "1e3"); nullopt when not integral
// or out of range.
std::optional<std::int64_t> jsonInteger(std::string_view literal);

} // namespace tunescope::ingest
