#include "charts/ColumnChart.h"

#include "charts/ChartBuilders.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace tunescope::ui {

void tipBars(QChart* chart, QAbstractBarSeries* series, const QStringList& tips)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, chart, [chart, tips](bool on, int index, QBarSet*) {
        chart->setToolTip(on && index >= 0 && index < tips.size() ? tips[index] : QString());
    });
}

QChart* makeColumnChart(const QString& title, const QStringList& categories, const QList<qreal>& values,
                        const QString& valueTitle, const QString& valueFormat, const QStringList& tips,
                        bool valueLabels)
{
    // Themed first: the value labels take the axis labels' colour, readable in light and dark.
    auto* chart = newThemedChart();
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(valueTitle);
    set->append(values);
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    if (valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(valueFormat);
    const qreal top = values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    // Room above the highest bar for its label; an empty chart still gets a sane axis.
    valueAxis->setRange(0, std::max<qreal>(valueLabels ? 5 : 1, top * (valueLabels ? 1.15 : 1.0)));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    set->setLabelColor(valueAxis->labelsBrush().color());
    tipBars(chart, series, tips);
    return chart;
}

} // namespace tunescope::ui
