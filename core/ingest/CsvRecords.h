#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::ingest {

// One record of a CSV text: its fields, unquoted, and the line it starts on (1-based; a quoted
// field with line breaks makes a record span several lines).
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// The longest field a chart or dataset CSV can hold: theirs are under 1 KiB, so a longer one is a
// broken or hostile file, reported as a problem of its record instead of being stored.
inline constexpr std::size_t kMaxCsvFieldBytes = std::size_t{64} << 10;

struct CsvProblem {
    std::size_t line = 0;
    std::string message;
};

// What a scan found besides the records.
struct CsvScan {
    char separator = ',';
    std::size_t recordCount = 0; // handed to the callback (blank lines are no records)
    // Records that could not be read (text after a closing quote, a field over kMaxCsvFieldBytes);
    // they are not handed over.
    std::vector<CsvProblem> problems;
    // Set when the rest of the text cannot be read (a quoted field that never ends): nothing
    // from `fatalLine` on is handed over.
    std::string fatal;
    std::size_t fatalLine = 0;
};

// RFC 4180 as real files bend it: an optional UTF-8 byte order mark; CRLF, LF or lone CR line
// ends, mixed; quoted fields with doubled quotes, separators and line breaks inside; a quote in
// the middle of an unquoted field kept as a character (12" vinyl); the separator ',', ';' or tab,
// whichever the first line uses most outside quotes. Pure: no I/O, any bytes in.
//
// Hands each record to `onRecord` as it is read (the record may be moved from); the scan stops
// early when `onRecord` returns false. Nothing is kept, so a file of any size costs one record.
CsvScan scanCsv(std::string_view text, const std::function<bool(CsvRecord&)>& onRecord);

struct CsvText : CsvScan {
    std::vector<CsvRecord> records; // the header, if any, is records[0]
};

// scanCsv, keeping every record.
CsvText parseCsv(std::string_view text);

// The 1-based line of the first byte a text CSV cannot hold (not UTF-8, or a NUL: binary data, or
// UTF-16 text); nullopt when the whole text is fine. Lines counted as an editor shows them.
std::optional<std::size_t> firstNonTextLine(std::string_view text);

} // namespace tunescope::ingest
