#pragma once

#include <QColor>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace tunescope::ui {

// The colour ramp of every heatmap in the app (weekday x hour, calendar): from the base colour
// (nothing) to the highlight colour (the most), readable in light and dark palettes.
QColor heatShade(const QPalette& palette, double fraction);

// One heatmap cell in its colour, with a faint outline that keeps empty cells visible as cells.
void paintHeatCell(QPainter& painter, const QRectF& cell, const QColor& colour);

} // namespace tunescope::ui
