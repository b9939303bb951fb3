#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace tunescope::ui {

// The table behind a chart, exported as CSV.
struct ChartTable {
    QStringList header;
    QList<QStringList> rows;
};

// What a ChartPanel shows and exports: a widget on screen, a painter for any size (PNG, SVG,
// clipboard) and the data behind it. Built by ChartBuilders for both the window and the CLI.
struct ChartContent {
    QString title;
    QWidget* view = nullptr;                             // owned by the panel once shown
    std::function<void(QPainter&, const QRectF&)> paint; // draws the chart into a rectangle
    ChartTable table;
};

} // namespace tunescope::ui
