#pragma once

#include "analytics/Overview.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace tunescope::ui {

// Listening time of each local day over a stretch of calendar (about a year), oldest first.
struct CalendarDays {
    CivilDate first;
    std::vector<std::int64_t> msPlayed; // one entry per day from `first`

    [[nodiscard]] CivilDate last() const;
    // The day's listening, or nullopt for a day outside the calendar.
    [[nodiscard]] std::optional<std::int64_t> msOn(CivilDate day) const;
};

// Every day from `first` to `last` from a day-bucket timeline (days without plays are zero).
CalendarDays calendarDaysFrom(const std::vector<analytics::TimelinePoint>& days, CivilDate first, CivilDate last);

// The colour levels of a calendar: none, then up to four levels whose upper bounds are the
// quartiles of the days with music (so one huge day does not wash every other day out).
struct CalendarScale {
    std::vector<std::int64_t> upperMs; // ascending, distinct; the last is the busiest day

    // 0 for no listening, else 1..upperMs.size().
    [[nodiscard]] int level(std::int64_t ms) const;
    [[nodiscard]] double fraction(std::int64_t ms) const;
    // Where a level sits on the heat colour ramp (0 for none, 1 for the top level).
    [[nodiscard]] double levelFraction(int level) const;
};

CalendarScale calendarScaleFor(const CalendarDays& days);

// GitHub-style calendar heatmap: a column per week, a row per weekday (Monday on top), month
// names above, a legend of the colour levels below. Drawn by paintCalendarHeatmap on screen and
// in exports; hovering a day shows its date and minutes. With the keyboard focus the arrow keys
// move a highlighted day (Up/Down a day, Left/Right a week, Page Up/Down a month, Home/End the
// first and last day; the first key lands on the last day), whose date and listening time are
// shown and announced to screen readers as the widget's accessible description.
class CalendarHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit CalendarHeatmap(QWidget* parent = nullptr);

    void setDays(const CalendarDays& days, const QString& title);
    [[nodiscard]] const CalendarDays& days() const { return days_; }
    // What hovering `point` shows (empty outside the days).
    [[nodiscard]] QString toolTipAt(const QPoint& point) const;
    [[nodiscard]] QSize sizeHint() const override { return {900, 250}; }
    // The highlighted day, once the keyboard moved to one.
    [[nodiscard]] std::optional<CivilDate> currentDay() const { return current_; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    [[nodiscard]] QRectF drawingArea() const;
    void moveTo(CivilDate day); // clamped to the calendar

    CalendarDays days_;
    QString title_;
    std::optional<CivilDate> current_;
};

void paintCalendarHeatmap(QPainter& painter, const QRectF& target, const CalendarDays& days, const QString& title,
                          const QPalette& palette);

// The rectangle of a day's cell in a calendar drawn into `target` (nullopt outside the calendar).
std::optional<QRectF> calendarDayRect(const QRectF& target, const CalendarDays& days, CivilDate day);

// The day drawn under a point, when there is one.
std::optional<CivilDate> calendarDayAt(const QRectF& target, const CalendarDays& days, const QPointF& point);

// "Tue 12 Mar 2025: 1 h 05 min"
QString calendarDayText(CivilDate day, std::int64_t msPlayed);

} // namespace tunescope::ui
