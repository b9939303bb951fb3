#include "charts/PaletteContrast.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace tunescope::ui {
namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// The colours a chart's background shows: a plain brush, or every stop of a theme's gradient.
QList<QColor> backgroundsOf(const QChart* chart)
{
    const QBrush brush = chart->backgroundBrush();
    QList<QColor> colours;
    if (const QGradient* gradient = brush.gradient(); gradient != nullptr) {
        for (const auto& stop : gradient->stops()) {
            colours << stop.second;
        }
    }
    if (colours.isEmpty()) {
        colours << brush.color();
    }
    return colours;
}

QColor readable(QColor colour, const QList<QColor>& backgrounds, double ratio)
{
    for (const QColor& background : backgrounds) {
        colour = withContrast(colour, background, ratio);
    }
    return colour;
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast(const QPalette& palette)
{
    return contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 15.0 &&
           contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 15.0;
}

QColor withContrast(const QColor& colour, const QColor& background, double ratio)
{
    const bool darkBackground = relativeLuminance(background) < 0.18;
    QColor adjusted = colour.toHsl();
    for (int step = 0; step < 100 && contrastRatio(adjusted, background) < ratio; ++step) {
        adjusted.setHsl(adjusted.hslHue(), adjusted.hslSaturation(),
                        std::clamp(adjusted.lightness() + (darkBackground ? 4 : -4), 0, 255), adjusted.alpha());
    }
    return adjusted.toRgb();
}

void keepChartReadable(QChart* chart, const QPalette& palette)
{
    if (isHighContrast(palette)) {
        chart->setBackgroundBrush(palette.color(QPalette::Base));
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(palette.color(QPalette::Text));
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(palette.color(QPalette::Text));
            axis->setTitleBrush(palette.color(QPalette::Text));
            axis->setLinePenColor(palette.color(QPalette::Text));
        }
    }
    const QList<QColor> backgrounds = backgroundsOf(chart);
    chart->setTitleBrush(readable(chart->titleBrush().color(), backgrounds, 4.5));
    chart->legend()->setLabelColor(readable(chart->legend()->labelColor(), backgrounds, 4.5));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(readable(axis->labelsBrush().color(), backgrounds, 4.5));
        axis->setTitleBrush(readable(axis->titleBrush().color(), backgrounds, 4.5));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setColor(readable(set->color(), backgrounds, 3.0));
            }
        }
    }
}

} // namespace tunescope::ui
