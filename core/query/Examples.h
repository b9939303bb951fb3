#pragma once

#include <string_view>
#include <vector>

namespace tunescope::query {

// A query ready to run in the console (and `tunescope query --example NAME`), over the views of
// migration 0008 (docs/query-console.md).
struct QueryExample {
    std::string_view name;  // for the command line: "listening-per-month"
    std::string_view title; // for menus: "Listening per month"
    std::string_view sql;
};

const std::vector<QueryExample>& queryExamples();
// nullptr when no example has that name.
const QueryExample* findExample(std::string_view name);

} // namespace tunescope::query
