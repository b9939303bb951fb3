#include "charts/HeatScale.h"

#include <QPainter>

#include <algorithm>

namespace tunescope::ui {

QColor heatShade(const QPalette& palette, double fraction)
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    const QColor low = palette.color(QPalette::Base);
    const QColor high = palette.color(QPalette::Highlight);
    auto mix = [f](int a, int b) { return static_cast<int>(a + (b - a) * f); };
    return {mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue())};
}

void paintHeatCell(QPainter& painter, const QRectF& cell, const QColor& colour)
{
    painter.save();
    painter.fillRect(cell, colour);
    painter.setPen(QColor(128, 128, 128, 40));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell);
    painter.restore();
}

} // namespace tunescope::ui
