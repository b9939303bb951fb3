#pragma once

#include "charts/ChartContent.h"
#include "query/QueryConsole.h"

#include <QList>

#include <optional>

namespace tunescope::ui {

// A chart of a query console result: one column names the points, another gives their values,
// drawn as bars or as a line, in the result's row order.
struct QueryChartChoice {
    enum class Kind { Bar, Line };
    int labelColumn = 0;
    int valueColumn = 1;
    Kind kind = Kind::Bar;
};

// Bars beyond this many rows are unreadable; a line takes more. Rows after that are left out
// (the chart's title says so).
constexpr int kMaxBarRows = 100;
constexpr int kMaxLinePoints = 5000;

// The columns that can give values: every non-NULL cell a number, at least one of them.
QList<int> numberColumns(const query::QueryResult& result);
// The first column that is not a number column names the points (else the first column), the
// first other number column gives the values; nullopt when the result has no number column.
std::optional<QueryChartChoice> defaultChartChoice(const query::QueryResult& result);
ChartContent buildQueryChart(const query::QueryResult& result, const QueryChartChoice& choice);

} // namespace tunescope::ui
