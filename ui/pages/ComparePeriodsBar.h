#pragma once

#include "analytics/Period.h"

#include <QDate>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;

namespace tunescope::ui {

// The two periods of the Compare page: B as dates, A as a quick choice made from B (the
// period just before it, of the same length, or the same dates a year earlier) or its own dates.
class ComparePeriodsBar : public QWidget {
    Q_OBJECT
public:
    enum Choice { PreviousPeriod, SamePeriodLastYear, CustomDates };

    explicit ComparePeriodsBar(QWidget* parent = nullptr);

    // Sets B (and A, unless A has its own dates) without emitting changed().
    void setB(QDate from, QDate to);
    [[nodiscard]] analytics::DateRange a() const;
    [[nodiscard]] analytics::DateRange b() const;
    // "2024-01-01 – 2024-03-31"
    [[nodiscard]] QString aText() const;
    [[nodiscard]] QString bText() const;

    // The same number of days, ending the day before `from`.
    static std::pair<QDate, QDate> previousPeriod(QDate from, QDate to);
    static std::pair<QDate, QDate> samePeriodLastYear(QDate from, QDate to);

signals:
    void changed();

private:
    void followB();        // A from B by the quick choice
    void followBAndTell(); // B or the choice changed

    QDateEdit* bFrom_;
    QDateEdit* bTo_;
    QComboBox* choice_;
    QDateEdit* aFrom_;
    QDateEdit* aTo_;
};

} // namespace tunescope::ui
