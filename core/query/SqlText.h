#pragma once

#include <string>
#include <string_view>

// Reading just enough of an SQL text to talk about it: where the real text starts, and what kind
// of statement it is. Parsing is SQLite's job; these only serve messages.
namespace tunescope::query {

// `sql` without the white space and comments (-- line and /* block */) before its first word.
std::string_view skipBlanks(std::string_view sql);
// True when `sql` holds nothing but white space, comments and semicolons.
bool isBlank(std::string_view sql);
// The statement's leading keyword in capitals ("VACUUM", "INSERT"), with the word that changes its
// meaning where there is one: "VACUUM INTO", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE".
std::string statementVerb(std::string_view sql);

} // namespace tunescope::query
