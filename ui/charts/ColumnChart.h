#pragma once

#include <QChart>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractBarSeries;

namespace tunescope::ui {

// The hovered bar's text, kept on the chart as its tooltip: index i is the i-th category.
void tipBars(QChart* chart, QAbstractBarSeries* series, const QStringList& tips);

// Vertical bars over named categories, each with its tooltip; `valueLabels` prints the value on
// top of each bar (for a few bars, not for 24 hours). `valueFormat` is a QValueAxis label format.
QChart* makeColumnChart(const QString& title, const QStringList& categories, const QList<qreal>& values,
                        const QString& valueTitle, const QString& valueFormat, const QStringList& tips,
                        bool valueLabels);

} // namespace tunescope::ui
