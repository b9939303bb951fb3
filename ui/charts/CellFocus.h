#pragma once

#include <QRectF>
#include <QString>

#include <optional>

class QPainter;
class QWidget;

namespace tunescope::ui {

// What the heatmaps (weekday x hour, calendar) share for keyboard users: the cell the arrow keys
// reached is told to screen readers and shown beside the cell, and the focus is drawn visibly.

// Makes `text` the widget's accessible description, tells screen readers it changed and shows it
// as a tooltip at the cell (`cell` in widget coordinates), as hovering it with the mouse would.
void announceCell(QWidget& widget, const QString& text, const QRectF& cell);

// Paints the focus of a cell widget that has the keyboard focus: a frame around the widget and,
// once the keyboard reached one, an outline around the current cell.
void paintCellFocus(QPainter& painter, const QWidget& widget, const std::optional<QRectF>& cell);

} // namespace tunescope::ui
