#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QChart;

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
    QWidget* view = nullptr;                             // a custom widget, owned by the panel once shown
    std::function<void(QPainter&, const QRectF&)> paint; // draws the chart into a rectangle
    ChartTable table;
    std::function<QChart*()> makeChart; // or a Qt chart, shown in the panel's own QChartView
};

} // namespace tunescope::ui
