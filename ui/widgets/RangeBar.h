#pragma once

#include "analytics/Overview.h"
#include "analytics/Period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace tunescope::ui {

// The period and metric every page follows: presets (last 4 weeks, 6 months, 12 months, this
// year, all time) or custom dates, and plays or minutes.
class RangeBar : public QWidget {
    Q_OBJECT
public:
    enum Preset { Last4Weeks, Last6Months, Last12Months, ThisYear, AllTime, Custom };

    explicit RangeBar(QWidget* parent = nullptr);

    [[nodiscard]] analytics::DateRange range() const;
    [[nodiscard]] analytics::Metric metric() const;
    [[nodiscard]] Preset preset() const;
    void setPreset(Preset preset);
    void setMetric(analytics::Metric metric);
    void setCustomRange(QDate from, QDate to);

    // The preset's dates, counted back from `today`.
    static analytics::DateRange presetRange(Preset preset, QDate today);

signals:
    void changed();

private:
    void updateCustomVisibility();

    QComboBox* preset_;
    QDateEdit* from_;
    QDateEdit* to_;
    QToolButton* plays_;
    QToolButton* minutes_;
};

} // namespace tunescope::ui
