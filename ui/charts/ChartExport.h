#pragma once

#include "charts/ChartContent.h"

#include <QImage>
#include <QSize>

namespace tunescope::ui {

// The chart drawn at `size` pixels (scaled by devicePixelRatio for crisp text), white-backed so
// it reads in any viewer.
QImage renderChartImage(const ChartContent& content, QSize size, qreal devicePixelRatio = 1.0);
bool writeChartPng(const ChartContent& content, const QString& file, QSize size, QString* error);
bool writeChartSvg(const ChartContent& content, const QString& file, QSize size, QString* error);
bool writeChartCsv(const ChartContent& content, const QString& file, QString* error);
QString chartCsv(const ChartTable& table);

} // namespace tunescope::ui
