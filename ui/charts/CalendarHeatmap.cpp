#include "charts/CalendarHeatmap.h"

#include "charts/CellFocus.h"
#include "charts/HeatScale.h"
#include "models/SpotifyTopModel.h"

#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tunescope::ui {
namespace {

constexpr std::int64_t kMsPerMinute = 60'000;

struct CalendarLayout {
    QRectF title;
    qreal monthsTop = 0;
    QPointF origin; // top-left corner of the first week's Monday
    qreal labelLeft = 0;
    qreal pitch = 0; // cell size plus the gap
    qreal gap = 0;
    QRectF legend;
    std::int64_t firstMonday = 0;
    std::int64_t firstDay = 0;
    std::int64_t lastDay = 0;
};

CalendarLayout layoutFor(const QRectF& target, const QFontMetricsF& metrics, const CalendarDays& days)
{
    CalendarLayout l;
    l.firstDay = daysFromCivil(days.first);
    l.lastDay = l.firstDay + static_cast<std::int64_t>(days.msPlayed.size()) - 1;
    l.firstMonday = l.firstDay - weekdayFromDays(l.firstDay);
    const auto weeks = static_cast<qreal>(std::max<std::int64_t>(1, (l.lastDay - l.firstMonday) / 7 + 1));
    const qreal line = metrics.height();
    const qreal labels = metrics.horizontalAdvance(QLocale().dayName(3, QLocale::ShortFormat)) + line * 0.5;
    const qreal titleHeight = line * 2;
    const qreal monthsHeight = line * 1.3;
    const qreal legendHeight = line * 2.2;
    const qreal freeHeight = target.height() - titleHeight - monthsHeight - legendHeight;
    l.pitch = std::max<qreal>(4, std::floor(std::min((target.width() - labels - line) / weeks, freeHeight / 7)));
    l.gap = std::max<qreal>(1, std::round(l.pitch * 0.15));
    // The block (labels and grid) sits in the middle; spare height goes around the grid.
    const qreal gridWidth = l.pitch * weeks;
    const qreal spare = std::max<qreal>(0, freeHeight - l.pitch * 7) / 2;
    l.title = QRectF(target.left(), target.top(), target.width(), titleHeight);
    l.labelLeft = target.left() + (target.width() - labels - gridWidth) / 2;
    l.monthsTop = l.title.bottom() + spare;
    l.origin = QPointF(l.labelLeft + labels, l.monthsTop + monthsHeight);
    l.legend = QRectF(l.origin.x(), l.origin.y() + l.pitch * 7 + line * 0.6, gridWidth, line * 1.2);
    return l;
}

// The x of a day's week column (whole weeks since the first Monday).
qreal weekX(const CalendarLayout& l, std::int64_t day)
{
    const std::int64_t week = (day - l.firstMonday) / 7;
    return l.origin.x() + static_cast<qreal>(week) * l.pitch;
}

QRectF cellRect(const CalendarLayout& l, std::int64_t day)
{
    const auto row = static_cast<qreal>(weekdayFromDays(day));
    return {weekX(l, day), l.origin.y() + row * l.pitch, l.pitch - l.gap, l.pitch - l.gap};
}

QDate toQDate(CivilDate day)
{
    return {day.year, static_cast<int>(day.month), static_cast<int>(day.day)};
}

std::int64_t roundUpToMinute(std::int64_t ms)
{
    return (ms + kMsPerMinute - 1) / kMsPerMinute * kMsPerMinute;
}

void paintMonthNames(QPainter& painter, const CalendarLayout& l, const QFontMetricsF& metrics)
{
    struct Label {
        qreal x;
        CivilDate month;
    };
    std::vector<Label> labels;
    for (std::int64_t d = l.firstDay; d <= l.lastDay; ++d) {
        const CivilDate date = civilFromDays(d);
        if (date.day == 1 || d == l.firstDay) {
            labels.push_back(Label{weekX(l, d), date});
        }
    }
    // A first month with under two weeks shown would crowd the next one's name.
    if (labels.size() >= 2 && labels[0].month.day != 1 && labels[1].x - labels[0].x < l.pitch * 2) {
        labels.erase(labels.begin());
    }
    qreal free = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto& label = labels[i];
        QString name = QLocale().monthName(static_cast<int>(label.month.month), QLocale::ShortFormat);
        if (i == 0 || label.month.month == 1) {
            name += QLatin1Char(' ') + QString::number(label.month.year); // where the years turn
        }
        if (label.x < free) {
            continue;
        }
        painter.drawText(QPointF(label.x, l.monthsTop + metrics.ascent()), name);
        free = label.x + metrics.horizontalAdvance(name) + metrics.height() * 0.5;
    }
}

void paintLegend(QPainter& painter, const CalendarLayout& l, const CalendarScale& scale, const QPalette& palette,
                 const QFontMetricsF& metrics)
{
    const qreal swatch = metrics.height() * 0.9;
    qreal x = l.legend.left();
    for (std::size_t level = 0; level <= scale.upperMs.size(); ++level) {
        const QString text =
            level == 0 ? QObject::tr("none") : QObject::tr("up to %1").arg(listeningTime(scale.upperMs[level - 1]));
        const qreal width = swatch + 4 + metrics.horizontalAdvance(text);
        if (x + width > l.legend.right() && level > 0) {
            break; // a narrow export keeps the levels that fit
        }
        paintHeatCell(painter, QRectF(x, l.legend.top() + (l.legend.height() - swatch) / 2, swatch, swatch),
                      heatShade(palette, scale.levelFraction(static_cast<int>(level))));
        painter.drawText(QRectF(x + swatch + 4, l.legend.top(), width, l.legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + metrics.height();
    }
    const QString note = QObject::tr("listening per local day");
    if (x + metrics.horizontalAdvance(note) < l.legend.right()) {
        painter.drawText(l.legend, Qt::AlignRight | Qt::AlignVCenter, note);
    }
}

} // namespace

CivilDate CalendarDays::last() const
{
    return civilFromDays(daysFromCivil(first) + static_cast<std::int64_t>(msPlayed.size()) - 1);
}

std::optional<std::int64_t> CalendarDays::msOn(CivilDate day) const
{
    const std::int64_t index = daysFromCivil(day) - daysFromCivil(first);
    if (index < 0 || index >= static_cast<std::int64_t>(msPlayed.size())) {
        return std::nullopt;
    }
    return msPlayed[static_cast<std::size_t>(index)];
}

CalendarDays calendarDaysFrom(const std::vector<analytics::TimelinePoint>& days, CivilDate first, CivilDate last)
{
    CalendarDays calendar;
    calendar.first = first;
    const std::int64_t start = daysFromCivil(first);
    calendar.msPlayed.assign(static_cast<std::size_t>(std::max<std::int64_t>(0, daysFromCivil(last) - start + 1)), 0);
    for (const auto& point : days) {
        const std::int64_t index = daysFromCivil(point.start) - start;
        if (index >= 0 && index < static_cast<std::int64_t>(calendar.msPlayed.size())) {
            calendar.msPlayed[static_cast<std::size_t>(index)] += point.msPlayed;
        }
    }
    return calendar;
}

int CalendarScale::level(std::int64_t ms) const
{
    if (ms <= 0 || upperMs.empty()) {
        return 0;
    }
    const auto above = std::lower_bound(upperMs.begin(), upperMs.end(), ms);
    return static_cast<int>(std::min(above - upperMs.begin() + 1, static_cast<std::ptrdiff_t>(upperMs.size())));
}

double CalendarScale::fraction(std::int64_t ms) const
{
    return levelFraction(level(ms));
}

double CalendarScale::levelFraction(int level) const
{
    if (level <= 0 || upperMs.empty()) {
        return 0.0;
    }
    // The first level starts well away from "none" so a light day still stands out, dark palette too.
    constexpr double kFirst = 0.45;
    const auto steps = static_cast<double>(upperMs.size());
    return steps <= 1 ? 1.0 : kFirst + (1.0 - kFirst) * static_cast<double>(level - 1) / (steps - 1);
}

CalendarScale calendarScaleFor(const CalendarDays& days)
{
    std::vector<std::int64_t> listened;
    listened.reserve(days.msPlayed.size());
    std::copy_if(days.msPlayed.begin(), days.msPlayed.end(), std::back_inserter(listened),
                 [](std::int64_t ms) { return ms > 0; });
    CalendarScale scale;
    if (listened.empty()) {
        return scale;
    }
    std::sort(listened.begin(), listened.end());
    const auto quantile = [&listened](double q) {
        return listened[static_cast<std::size_t>(std::lround(static_cast<double>(listened.size() - 1) * q))];
    };
    for (const double q : {0.25, 0.5, 0.75, 1.0}) {
        const std::int64_t bound = roundUpToMinute(quantile(q));
        if (scale.upperMs.empty() || bound > scale.upperMs.back()) {
            scale.upperMs.push_back(bound);
        }
    }
    return scale;
}

void paintCalendarHeatmap(QPainter& painter, const QRectF& target, const CalendarDays& days, const QString& title,
                          const QPalette& palette)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const CalendarLayout l = layoutFor(target, metrics, days);
    painter.setPen(palette.color(QPalette::WindowText));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(l.title, Qt::AlignCenter, title);
    bold.setBold(false);
    painter.setFont(bold);

    for (const int row : {0, 2, 4}) { // Monday, Wednesday, Friday, as calendars label them
        painter.drawText(QRectF(l.labelLeft, l.origin.y() + row * l.pitch, l.origin.x() - l.labelLeft - 6, l.pitch),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(row + 1, QLocale::ShortFormat));
    }
    const CalendarScale scale = calendarScaleFor(days);
    for (std::int64_t d = l.firstDay; d <= l.lastDay; ++d) {
        const std::int64_t ms = days.msPlayed[static_cast<std::size_t>(d - l.firstDay)];
        paintHeatCell(painter, cellRect(l, d), heatShade(palette, scale.fraction(ms)));
    }
    paintMonthNames(painter, l, metrics);
    paintLegend(painter, l, scale, palette, metrics);
    painter.restore();
}

std::optional<CivilDate> calendarDayAt(const QRectF& target, const CalendarDays& days, const QPointF& point)
{
    if (days.msPlayed.empty()) {
        return std::nullopt;
    }
    const CalendarLayout l = layoutFor(target, QFontMetricsF(QFont()), days);
    const qreal x = point.x() - l.origin.x();
    const qreal y = point.y() - l.origin.y();
    if (x < 0 || y < 0 || y >= l.pitch * 7) {
        return std::nullopt;
    }
    const auto column = static_cast<std::int64_t>(x / l.pitch);
    const auto row = static_cast<std::int64_t>(y / l.pitch);
    const std::int64_t day = l.firstMonday + column * 7 + row;
    if (day < l.firstDay || day > l.lastDay) {
        return std::nullopt;
    }
    return civilFromDays(day);
}

std::optional<QRectF> calendarDayRect(const QRectF& target, const CalendarDays& days, CivilDate day)
{
    if (!days.msOn(day)) {
        return std::nullopt;
    }
    return cellRect(layoutFor(target, QFontMetricsF(QFont()), days), daysFromCivil(day));
}

QString calendarDayText(CivilDate day, std::int64_t msPlayed)
{
    return QObject::tr("%1: %2").arg(QLocale().toString(toQDate(day), QStringLiteral("ddd d MMM yyyy")),
                                     msPlayed > 0 ? listeningTime(msPlayed) : QObject::tr("no music"));
}

CalendarHeatmap::CalendarHeatmap(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarHeatmap"));
    setMinimumHeight(200);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Listening per day over a year"));
}

void CalendarHeatmap::setDays(const CalendarDays& days, const QString& title)
{
    days_ = days;
    title_ = title;
    std::int64_t total = 0;
    std::int64_t listenedDays = 0;
    for (const std::int64_t ms : days_.msPlayed) {
        total += ms;
        listenedDays += ms > 0 ? 1 : 0;
    }
    const QString summary = tr("%1: music on %2 of %3 days, %4 in all. Arrow keys read each day.")
                                .arg(title)
                                .arg(listenedDays)
                                .arg(days_.msPlayed.size())
                                .arg(listeningTime(total));
    if (current_ && !days_.msOn(*current_)) {
        current_.reset();
    }
    setAccessibleDescription(current_ ? calendarDayText(*current_, days_.msOn(*current_).value_or(0)) : summary);
    update();
}

void CalendarHeatmap::moveTo(CivilDate day)
{
    if (days_.msPlayed.empty()) {
        return;
    }
    const std::int64_t first = daysFromCivil(days_.first);
    const std::int64_t last = first + static_cast<std::int64_t>(days_.msPlayed.size()) - 1;
    current_ = civilFromDays(std::clamp(daysFromCivil(day), first, last));
    announceCell(*this, calendarDayText(*current_, days_.msOn(*current_).value_or(0)),
                 calendarDayRect(drawingArea(), days_, *current_).value_or(QRectF()));
}

void CalendarHeatmap::keyPressEvent(QKeyEvent* event)
{
    if (days_.msPlayed.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool first = !current_;
    const CivilDate day = current_.value_or(days_.last());
    const std::int64_t n = daysFromCivil(day);
    const auto monthAway = [day](int months) {
        const QDate moved = toQDate(day).addMonths(months); // the 31st becomes the month's last day
        return CivilDate{moved.year(), static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day())};
    };
    switch (event->key()) {
    case Qt::Key_Up: moveTo(first ? day : civilFromDays(n - 1)); break;
    case Qt::Key_Down: moveTo(first ? day : civilFromDays(n + 1)); break;
    case Qt::Key_Left: moveTo(first ? day : civilFromDays(n - 7)); break;
    case Qt::Key_Right: moveTo(first ? day : civilFromDays(n + 7)); break;
    case Qt::Key_PageUp: moveTo(first ? day : monthAway(-1)); break;
    case Qt::Key_PageDown: moveTo(first ? day : monthAway(1)); break;
    case Qt::Key_Home: moveTo(days_.first); break;
    case Qt::Key_End: moveTo(days_.last()); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void CalendarHeatmap::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (current_) {
        moveTo(*current_);
    }
}

void CalendarHeatmap::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    update();
}

QRectF CalendarHeatmap::drawingArea() const
{
    return QRectF(rect()).adjusted(8, 4, -8, -4);
}

QString CalendarHeatmap::toolTipAt(const QPoint& point) const
{
    const auto day = calendarDayAt(drawingArea(), days_, point);
    return day ? calendarDayText(*day, days_.msOn(*day).value_or(0)) : QString();
}

void CalendarHeatmap::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintCalendarHeatmap(painter, drawingArea(), days_, title_, palette());
    paintCellFocus(painter, *this, current_ ? calendarDayRect(drawingArea(), days_, *current_) : std::nullopt);
}

bool CalendarHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const QString text = toolTipAt(help->pos()); !text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tunescope::ui
