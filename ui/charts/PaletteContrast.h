#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace tunescope::ui {

// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

// A palette whose text stands at least 15:1 from its background: a high-contrast theme (or a
// plain black-on-white one). Charts then take their colours from the palette.
bool isHighContrast(const QPalette& palette);

// `colour` darkened (on a light background) or lightened (on a dark one) until it reaches `ratio`
// against `background`; unchanged when it already does.
QColor withContrast(const QColor& colour, const QColor& background, double ratio);

// Keeps a themed chart readable: under a high-contrast palette, the background, titles, axes and
// legend in the palette's own base and text colours; under any palette, text at least 4.5:1 and
// bars at least 3:1 against the chart's background.
void keepChartReadable(QChart* chart, const QPalette& palette);

} // namespace tunescope::ui
