#include "charts/CompareCharts.h"

#include "charts/ChartBuilders.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace tunescope::ui {
namespace {

constexpr int kNameWidthPx = 170;

double valueIn(std::int64_t plays, std::int64_t msPlayed, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? static_cast<double>(plays)
                                              : static_cast<double>(msPlayed) / 3'600'000.0;
}

// A muted colour for the earlier period, a strong one for the later: the eye goes to B.
const QColor kColourA(0x9e, 0xae, 0xc4);
const QColor kColourB(0x4e, 0x79, 0xa7);

} // namespace

ChartContent buildCompareArtistsChart(const analytics::RankedComparison& artists, analytics::Metric metric,
                                      const QString& labelA, const QString& labelB)
{
    const QString title = metric == analytics::Metric::Plays ? QObject::tr("Top artists: plays in A and B")
                                                             : QObject::tr("Top artists: hours in A and B");
    ChartTable table;
    table.header = {QStringLiteral("rank_b"),      QStringLiteral("artist"),     QStringLiteral("rank_a"),
                    QStringLiteral("status"),      QStringLiteral("plays_a"),    QStringLiteral("plays_b"),
                    QStringLiteral("ms_played_a"), QStringLiteral("ms_played_b")};
    for (const auto& row : artists.top) {
        table.rows << QStringList{QString::number(row.rankB.value_or(0)),
                                  QString::fromStdString(row.name),
                                  row.rankA ? QString::number(*row.rankA) : QString(),
                                  QString::fromLatin1(analytics::rankStatusName(row.status)),
                                  QString::number(row.playsA),
                                  QString::number(row.playsB),
                                  QString::number(row.msPlayedA),
                                  QString::number(row.msPlayedB)};
    }
    auto make = [rows = artists.top, metric, title, labelA, labelB]() {
        auto* chart = newThemedChart();
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* setA = new QBarSet(labelA);
        auto* setB = new QBarSet(labelB);
        auto* categories = new QBarCategoryAxis;
        const QFontMetrics metrics(categories->labelsFont());
        QStringList names;
        double maxValue = 0;
        // Qt draws the last category at the top: B's best goes in last.
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) { // NOLINT(modernize-loop-convert)
            names << QStringLiteral("%1. %2")
                         .arg(it->rankB.value_or(0))
                         .arg(metrics.elidedText(QString::fromStdString(it->name), Qt::ElideRight, kNameWidthPx));
            const double a = valueIn(it->playsA, it->msPlayedA, metric);
            const double b = valueIn(it->playsB, it->msPlayedB, metric);
            *setA << a;
            *setB << b;
            maxValue = std::max({maxValue, a, b});
        }
        auto* series = new QHorizontalBarSeries;
        series->append(setA);
        series->append(setB);
        chart->addSeries(series);
        setA->setColor(kColourA);
        setA->setBorderColor(kColourA);
        setB->setColor(kColourB);
        setB->setBorderColor(kColourB);
        categories->append(names);
        categories->setTruncateLabels(false);
        chart->addAxis(categories, Qt::AlignLeft);
        series->attachAxis(categories);
        auto* values = new QValueAxis;
        // A few hours need a decimal, or the ticks read 0, 0, 1, 1.
        values->setLabelFormat(metric == analytics::Metric::Plays ? QStringLiteral("%d")
                               : maxValue < 10                    ? QStringLiteral("%.1f")
                                                                  : QStringLiteral("%.0f"));
        values->setTitleText(metricAxisTitle(metric));
        values->setRange(0, std::max(1.0, maxValue));
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        values->applyNiceNumbers();
        return chart;
    };
    return qtChartContent(title, make, std::move(table));
}

} // namespace tunescope::ui
