#include "ingest/CsvRecords.h"

#include "util/Text.h"

#include <algorithm>
#include <array>

namespace tunescope::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The separator the first line uses most outside quotes; ',' when it uses none.
char detectSeparator(std::string_view text)
{
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            for (std::size_t i = 0; i < kCandidates.size(); ++i) {
                counts[i] += c == kCandidates[i] ? 1U : 0U;
            }
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return kCandidates[best];
}

class Scanner {
public:
    Scanner(std::string_view text, CsvScan& out, const std::function<bool(CsvRecord&)>& onRecord)
        : text_(text), out_(out), onRecord_(onRecord)
    {
    }

    void run()
    {
        while (pos_ < text_.size()) {
            if (!readRecord() || !out_.fatal.empty()) {
                return;
            }
        }
    }

private:
    [[nodiscard]] bool atEnd() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const { return text_[pos_]; }
    [[nodiscard]] bool atLineEnd() const { return peek() == '\n' || peek() == '\r'; }

    // Consumes one line end (CRLF, LF or CR).
    void skipLineEnd()
    {
        if (peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            ++pos_;
        }
        ++pos_;
        ++line_;
    }

    // False when the callback asked to stop.
    bool readRecord()
    {
        record_.line = line_;
        record_.fields.clear();
        CsvRecord& record = record_;
        std::string problem;
        for (;;) {
            std::string field;
            if (!atEnd() && peek() == '"') {
                if (!readQuoted(field, record.line)) {
                    return false;
                }
                // After the closing quote only a separator or the line end may follow.
                if (!atEnd() && peek() != out_.separator && !atLineEnd()) {
                    if (problem.empty()) {
                        problem = "text follows a closing quote in field " + std::to_string(record.fields.size() + 1);
                    }
                    while (!atEnd() && peek() != out_.separator && !atLineEnd()) {
                        field += text_[pos_++];
                    }
                }
            } else {
                const std::size_t start = pos_;
                while (!atEnd() && peek() != out_.separator && !atLineEnd()) {
                    ++pos_;
                }
                field.assign(text_.substr(start, pos_ - start));
            }
            if (field.size() > kMaxCsvFieldBytes && problem.empty()) {
                problem = "field " + std::to_string(record.fields.size() + 1) + " is " +
                          std::to_string(field.size() >> 10) + " KiB long, longer than any chart or dataset value";
            }
            record.fields.push_back(std::move(field));
            if (atEnd()) {
                break;
            }
            if (peek() == out_.separator) {
                ++pos_;
                continue;
            }
            skipLineEnd();
            break;
        }
        if (!problem.empty()) {
            out_.problems.push_back(CsvProblem{record.line, std::move(problem)});
            return true;
        }
        if (record.fields.size() == 1 && record.fields[0].empty()) {
            return true; // a blank line is no record
        }
        ++out_.recordCount;
        return onRecord_(record);
    }

    // Reads a quoted field from its opening quote; false (and the fatal problem set) when the
    // text ends inside it.
    bool readQuoted(std::string& field, std::size_t startLine)
    {
        ++pos_; // the opening quote
        for (;;) {
            if (atEnd()) {
                out_.fatal = "a quoted field starting on line " + std::to_string(startLine) +
                             " never ends (a missing closing \")";
                out_.fatalLine = startLine;
                return false;
            }
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return true;
            }
            if (c == '\n' || c == '\r') {
                // A line break inside quotes is part of the field; count the line all the same.
                if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
                    field += '\r';
                    ++pos_;
                }
                field += text_[pos_++];
                ++line_;
                continue;
            }
            field += c;
            ++pos_;
        }
    }

    std::string_view text_;
    CsvScan& out_;
    const std::function<bool(CsvRecord&)>& onRecord_;
    CsvRecord record_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

} // namespace

CsvScan scanCsv(std::string_view text, const std::function<bool(CsvRecord&)>& onRecord)
{
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        text.remove_prefix(kUtf8Bom.size());
    }
    CsvScan out;
    out.separator = detectSeparator(text);
    Scanner(text, out, onRecord).run();
    return out;
}

CsvText parseCsv(std::string_view text)
{
    std::vector<CsvRecord> records;
    CsvText out{scanCsv(text,
                        [&records](CsvRecord& record) {
                            records.push_back(std::move(record));
                            return true;
                        }),
                {}};
    out.records = std::move(records);
    return out;
}

std::optional<std::size_t> firstNonTextLine(std::string_view text)
{
    const std::size_t bad = std::min(text.find('\0'), text::validUtf8Prefix(text));
    if (bad >= text.size()) {
        return std::nullopt;
    }
    const auto before = text.substr(0, bad);
    return 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
}

} // namespace tunescope::ingest
