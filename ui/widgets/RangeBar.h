#pragma once

#include "widgets/RangeSelection.h"

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
    using Preset = RangeSelection::Preset;

    explicit RangeBar(QWidget* parent = nullptr);

    [[nodiscard]] RangeSelection selection() const;
    void setSelection(const RangeSelection& selection);
    [[nodiscard]] analytics::DateRange range() const { return selection().range(QDate::currentDate()); }
    [[nodiscard]] analytics::Metric metric() const;
    [[nodiscard]] Preset preset() const;
    void setPreset(Preset preset);
    void setMetric(analytics::Metric metric);

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
