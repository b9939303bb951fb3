#pragma once

#include <QChart>
#include <QString>

#include <vector>

namespace tunescope::ui {

// One bar of a ranked list: "3. Name — Artist" and its value.
struct RankedBar {
    long long rank = 0;
    QString label;
    double value = 0.0;
};

// A horizontal bar chart of a ranked list, best at the top, labels elided to a readable width.
// `valueFormat` is a QValueAxis label format ("%d", "%.0f").
QChart* makeRankedBarChart(const QString& title, const std::vector<RankedBar>& bars, const QString& valueTitle,
                           const QString& valueFormat);

} // namespace tunescope::ui
