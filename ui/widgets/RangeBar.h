#pragma once

#include "widgets/RangeSelection.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
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
    // The date fields are built when custom dates are first chosen: a QDateEdit costs more to
    // build than the rest of the bar, and most starts never show one.
    void buildDateEdits();

    QComboBox* preset_;
    QToolButton* plays_;
    QToolButton* minutes_;
    QHBoxLayout* layout_;
    QDate from_;
    QDate to_;
    QDateEdit* fromEdit_ = nullptr;
    QLabel* dash_ = nullptr;
    QDateEdit* toEdit_ = nullptr;
};

} // namespace tunescope::ui
