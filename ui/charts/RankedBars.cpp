#include "charts/RankedBars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace tunescope::ui {
namespace {

constexpr int kNameWidthPx = 170;

} // namespace

QChart* makeRankedBarChart(const QString& title, const std::vector<RankedBar>& bars, const QString& valueTitle,
                           const QString& valueFormat)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(valueTitle);
    QStringList names;
    auto* categories = new QBarCategoryAxis;
    const QFontMetrics metrics(categories->labelsFont());
    // Qt draws the last category at the top: add the best entry last.
    // clang-tidy 14 cannot parse libstdc++ 12's ranges, so no reverse_view here.
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) { // NOLINT(modernize-loop-convert)
        // Categories must be unique: the rank makes them so and tells the order at a glance.
        names << QStringLiteral("%1. %2").arg(it->rank).arg(
            metrics.elidedText(it->label, Qt::ElideRight, kNameWidthPx));
        *set << it->value;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(valueFormat);
    values->setTitleText(valueTitle);
    double maxValue = 0;
    for (const auto& bar : bars) {
        maxValue = std::max(maxValue, bar.value);
    }
    values->setRange(0, std::max(1.0, maxValue)); // an empty list still gets a sane axis
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    return chart;
}

} // namespace tunescope::ui
