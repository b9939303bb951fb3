#pragma once

#include "analytics/Overview.h"
#include "analytics/Period.h"

#include <QDate>

class QSettings;

namespace tunescope::ui {

// What the range bar selects, as plain data: a preset or custom dates, and plays or minutes.
// Saved between runs, and readable before any widget exists (start-up fetches the first Overview
// while the window is still being built).
struct RangeSelection {
    enum Preset { Last4Weeks, Last6Months, Last12Months, ThisYear, AllTime, Custom };

    Preset preset = AllTime;
    QDate from; // Custom only
    QDate to;   // Custom only
    analytics::Metric metric = analytics::Metric::Plays;

    // The dates this selection covers; presets count back from `today`.
    [[nodiscard]] analytics::DateRange range(QDate today) const;

    static RangeSelection load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace tunescope::ui
