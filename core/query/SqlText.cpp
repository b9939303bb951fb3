#include "query/SqlText.h"

#include <cctype>

namespace tunescope::query {
namespace {

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// The next word of `sql` in capitals, and `sql` moved past it.
std::string takeWord(std::string_view& sql)
{
    sql = skipBlanks(sql);
    std::size_t length = 0;
    while (length < sql.size() && isWordChar(sql[length])) {
        ++length;
    }
    std::string word(sql.substr(0, length));
    for (char& c : word) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    sql.remove_prefix(length);
    return word;
}

} // namespace

std::string_view skipBlanks(std::string_view sql)
{
    for (;;) {
        while (!sql.empty() && std::isspace(static_cast<unsigned char>(sql.front())) != 0) {
            sql.remove_prefix(1);
        }
        if (sql.starts_with("--")) {
            const auto end = sql.find('\n');
            sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 1);
        } else if (sql.starts_with("/*")) {
            const auto end = sql.find("*/", 2);
            sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 2);
        } else {
            return sql;
        }
    }
}

bool isBlank(std::string_view sql)
{
    for (sql = skipBlanks(sql); !sql.empty() && sql.front() == ';'; sql = skipBlanks(sql)) {
        sql.remove_prefix(1);
    }
    return sql.empty();
}

std::string statementVerb(std::string_view sql)
{
    std::string verb = takeWord(sql);
    if (verb == "BEGIN") {
        if (const std::string mode = takeWord(sql); mode == "IMMEDIATE" || mode == "EXCLUSIVE") {
            verb += " " + mode;
        }
    } else if (verb == "VACUUM") {
        // VACUUM [schema] INTO 'file'
        for (std::string word = takeWord(sql); !word.empty(); word = takeWord(sql)) {
            if (word == "INTO") {
                verb += " INTO";
                break;
            }
        }
    }
    return verb.empty() ? std::string("this statement") : verb;
}

} // namespace tunescope::query
