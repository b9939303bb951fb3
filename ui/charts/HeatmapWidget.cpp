#include "charts/HeatmapWidget.h"

#include "charts/CellFocus.h"
#include "charts/HeatScale.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tunescope::ui {
namespace {

struct Layout {
    QRectF title;
    QRectF grid;
    QRectF legend;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
};

Layout layoutFor(const QRectF& target, const QFontMetricsF& metrics)
{
    Layout l;
    const qreal line = metrics.height();
    const qreal left = metrics.horizontalAdvance(QStringLiteral("Wed")) + line;
    l.title = QRectF(target.left(), target.top(), target.width(), line * 2);
    const qreal legendHeight = line * 2.2;
    l.grid = QRectF(target.left() + left, l.title.bottom(), target.width() - left - line,
                    target.height() - l.title.height() - line * 1.6 - legendHeight);
    l.legend = QRectF(l.grid.left(), target.bottom() - legendHeight, std::min<qreal>(l.grid.width(), 260), line * 0.8);
    l.cellWidth = l.grid.width() / 24;
    l.cellHeight = l.grid.height() / 7;
    return l;
}

double cellValue(const analytics::Heatmap& h, analytics::Metric metric, std::size_t day, std::size_t hour)
{
    return metric == analytics::Metric::Plays ? static_cast<double>(h.plays[day][hour])
                                              : static_cast<double>(h.msPlayed[day][hour]) / 3'600'000.0;
}

QString formatValue(double value, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? QLocale().toString(static_cast<qlonglong>(value))
                                              : QObject::tr("%1 h").arg(QLocale().toString(value, 'f', 1));
}

} // namespace

void paintHeatmap(QPainter& painter, const QRectF& target, const analytics::Heatmap& heatmap, analytics::Metric metric,
                  const QString& title, const QPalette& palette)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const Layout l = layoutFor(target, metrics);
    painter.setPen(palette.color(QPalette::WindowText));
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(l.title, Qt::AlignCenter, title);
    painter.setFont(QFont(titleFont.family(), titleFont.pointSize()));

    double maxValue = 0;
    for (std::size_t d = 0; d < 7; ++d) {
        for (std::size_t h = 0; h < 24; ++h) {
            maxValue = std::max(maxValue, cellValue(heatmap, metric, d, h));
        }
    }
    for (std::size_t d = 0; d < 7; ++d) {
        const qreal y = l.grid.top() + static_cast<qreal>(d) * l.cellHeight;
        painter.drawText(QRectF(target.left(), y, l.grid.left() - target.left() - 4, l.cellHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().dayName(static_cast<int>(d) + 1, QLocale::ShortFormat));
        for (std::size_t h = 0; h < 24; ++h) {
            const double value = cellValue(heatmap, metric, d, h);
            const QRectF cell(l.grid.left() + static_cast<qreal>(h) * l.cellWidth, y, l.cellWidth - 1,
                              l.cellHeight - 1);
            paintHeatCell(painter, cell, heatShade(palette, maxValue > 0 ? value / maxValue : 0));
        }
    }
    for (int h = 0; h < 24; h += 3) {
        painter.drawText(
            QRectF(l.grid.left() + h * l.cellWidth, l.grid.bottom() + 2, l.cellWidth * 3, metrics.height()),
            Qt::AlignLeft | Qt::AlignTop, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    // Legend: the colour ramp from none to the busiest hour.
    for (int i = 0; i < 20; ++i) {
        painter.fillRect(QRectF(l.legend.left() + i * l.legend.width() / 20, l.legend.top(),
                                l.legend.width() / 20 + 0.5, l.legend.height()),
                         heatShade(palette, i / 19.0));
    }
    const QRectF legendText(l.legend.left(), l.legend.bottom(), l.legend.width(), metrics.height());
    painter.drawText(legendText, Qt::AlignLeft | Qt::AlignTop, formatValue(0, metric));
    painter.drawText(legendText, Qt::AlignRight | Qt::AlignTop, formatValue(maxValue, metric));
    painter.drawText(QRectF(l.legend.right() + 8, l.legend.top() - metrics.height() * 0.2, 400, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("per weekday and hour, local time"));
    painter.restore();
}

std::optional<std::pair<int, int>> heatmapCellAt(const QRectF& target, const QPointF& point)
{
    const Layout l = layoutFor(target, QFontMetricsF(QFont()));
    if (!l.grid.contains(point)) {
        return std::nullopt;
    }
    const int hour = std::clamp(static_cast<int>((point.x() - l.grid.left()) / l.cellWidth), 0, 23);
    const int day = std::clamp(static_cast<int>((point.y() - l.grid.top()) / l.cellHeight), 0, 6);
    return std::pair{day, hour};
}

QRectF heatmapCellRect(const QRectF& target, int day, int hour)
{
    const Layout l = layoutFor(target, QFontMetricsF(QFont()));
    return {l.grid.left() + hour * l.cellWidth, l.grid.top() + day * l.cellHeight, l.cellWidth - 1, l.cellHeight - 1};
}

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatmap"));
    setMinimumHeight(220);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Listening by weekday and hour"));
}

QRectF HeatmapWidget::gridTarget() const
{
    return QRectF(rect()).adjusted(8, 4, -8, -4);
}

QString HeatmapWidget::cellText(int day, int hour) const
{
    const double value = cellValue(heatmap_, metric_, static_cast<std::size_t>(day), static_cast<std::size_t>(hour));
    return tr("%1 %2:00–%2:59: %3")
        .arg(QLocale().dayName(day + 1))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(formatValue(value, metric_));
}

void HeatmapWidget::moveTo(int day, int hour)
{
    current_ = std::pair{std::clamp(day, 0, 6), std::clamp(hour, 0, 23)};
    announceCell(*this, cellText(current_->first, current_->second),
                 heatmapCellRect(gridTarget(), current_->first, current_->second));
}

void HeatmapWidget::keyPressEvent(QKeyEvent* event)
{
    const auto [day, hour] = current_.value_or(std::pair{0, 0});
    const bool first = !current_;
    switch (event->key()) {
    case Qt::Key_Left: moveTo(day, first ? hour : hour - 1); break;
    case Qt::Key_Right: moveTo(day, first ? hour : hour + 1); break;
    case Qt::Key_Up: moveTo(first ? day : day - 1, hour); break;
    case Qt::Key_Down: moveTo(first ? day : day + 1, hour); break;
    case Qt::Key_Home: moveTo(day, 0); break;
    case Qt::Key_End: moveTo(day, 23); break;
    case Qt::Key_PageUp: moveTo(0, hour); break;
    case Qt::Key_PageDown: moveTo(6, hour); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void HeatmapWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (current_) {
        moveTo(current_->first, current_->second);
    }
}

void HeatmapWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    update();
}

void HeatmapWidget::setHeatmap(const analytics::Heatmap& heatmap, analytics::Metric metric, const QString& title)
{
    heatmap_ = heatmap;
    metric_ = metric;
    title_ = title;
    setAccessibleDescription(current_ ? cellText(current_->first, current_->second)
                                      : tr("%1. Arrow keys read the figure of each weekday and hour.").arg(title));
    update();
}

void HeatmapWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintHeatmap(painter, gridTarget(), heatmap_, metric_, title_, palette());
    paintCellFocus(painter, *this,
                   current_ ? std::optional(heatmapCellRect(gridTarget(), current_->first, current_->second))
                            : std::nullopt);
}

bool HeatmapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto cell = heatmapCellAt(gridTarget(), help->pos())) {
            QToolTip::showText(help->globalPos(), cellText(cell->first, cell->second));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tunescope::ui
