#include "charts/CellFocus.h"

#include <QAccessible>
#include <QPainter>
#include <QToolTip>
#include <QWidget>

namespace tunescope::ui {

void announceCell(QWidget& widget, const QString& text, const QRectF& cell)
{
    widget.setAccessibleDescription(text);
    QAccessibleEvent announce(&widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&announce);
    QToolTip::showText(widget.mapToGlobal(cell.center().toPoint()), text, &widget);
    widget.update();
}

void paintCellFocus(QPainter& painter, const QWidget& widget, const std::optional<QRectF>& cell)
{
    if (!widget.hasFocus()) {
        return;
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(widget.palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1));
    if (cell) {
        painter.setPen(QPen(widget.palette().color(QPalette::Text), 2));
        painter.drawRect(cell->adjusted(-1, -1, 1, 1));
    }
    painter.restore();
}

} // namespace tunescope::ui
