#include "charts/GenreCharts.h"

#include "charts/ChartBuilders.h"

#include <QAreaSeries>
#include <QChart>
#include <QColor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>

#include <array>

namespace tunescope::ui {
namespace {

double genreValue(const analytics::GenreEntry& entry, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? entry.plays : entry.msPlayed / 3'600'000.0;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share < 0.1 ? 1 : 0) + QLatin1Char('%');
}

// One colour per genre, the same in the donut and in the areas (both list the top genres in the
// same order), distinct from each other in light and dark (Tableau 10); "other" is grey.
QColor genreColour(std::size_t index, bool other)
{
    static const std::array<QColor, 9> colours = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f)};
    return other ? QColor(0x9e, 0x9e, 0x9e) : colours[index % colours.size()];
}

QString perMetric(analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? QObject::tr("plays") : QObject::tr("listening time");
}

} // namespace

QString coverageText(const analytics::GenreCoverage& coverage, analytics::Metric metric)
{
    const double fraction = coverage.fraction(metric);
    QString text = QObject::tr("Genres known for %1 of %2 in this period.").arg(percent(fraction), perMetric(metric));
    if (fraction < 0.8) {
        text += QLatin1Char(' ') + QObject::tr("Artists not looked up yet, or unknown to MusicBrainz, are left out.");
    }
    return text;
}

ChartContent buildTopGenresChart(const std::vector<analytics::GenreEntry>& top, analytics::Metric metric)
{
    std::vector<RankedBar> bars;
    ChartTable table;
    table.header = {QStringLiteral("rank"), QStringLiteral("genre"), QStringLiteral("plays"),
                    QStringLiteral("ms_played"), QStringLiteral("share")};
    for (const auto& entry : top) {
        bars.push_back(RankedBar{entry.rank, QString::fromStdString(entry.name), genreValue(entry, metric)});
        table.rows << QStringList{QString::number(entry.rank), QString::fromStdString(entry.name),
                                  QString::number(entry.plays, 'f', 2), QString::number(std::llround(entry.msPlayed)),
                                  QString::number(entry.share, 'f', 4)};
    }
    const QString title = metric == analytics::Metric::Plays ? QObject::tr("Top genres by plays")
                                                             : QObject::tr("Top genres by listening time");
    return buildRankedBarChart(title, bars, metric, std::move(table));
}

ChartContent buildGenreDonutChart(const std::vector<analytics::GenreEntry>& top, analytics::Metric metric,
                                  std::size_t slices)
{
    QList<QPair<QString, double>> parts; // the last is "other" when otherShown
    double shown = 0;
    for (std::size_t i = 0; i < top.size() && i < slices; ++i) {
        parts.append({QString::fromStdString(top[i].name), top[i].share});
        shown += top[i].share;
    }
    const double other = 1.0 - shown;
    const bool otherShown = other > 0.0005 && !parts.isEmpty();
    if (otherShown) {
        parts.append({QObject::tr("other"), other});
    }
    const QString title = QObject::tr("Share of %1 by genre").arg(perMetric(metric));
    auto make = [parts, title, otherShown]() {
        auto* chart = newThemedChart();
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignRight);
        auto* series = new QPieSeries;
        series->setHoleSize(0.45);
        series->setPieSize(0.85);
        chart->addSeries(series); // before styling the slices: adding applies the theme's colours
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const auto& [name, share] = parts[i];
            // The legend names every slice; the slice itself carries its percentage when it has room.
            auto* slice = series->append(QStringLiteral("%1 %2").arg(name, percent(share)), share);
            const QColor colour = genreColour(static_cast<std::size_t>(i), otherShown && i + 1 == parts.size());
            slice->setColor(colour);
            slice->setBorderColor(colour);
            slice->setLabel(percent(share));
            slice->setLabelVisible(share >= 0.05);
            slice->setLabelPosition(QPieSlice::LabelInsideNormal);
            slice->setLabelColor(colour.lightnessF() > 0.6 ? Qt::black : Qt::white);
        }
        const auto markers = chart->legend()->markers(series);
        for (qsizetype i = 0; i < markers.size() && i < parts.size(); ++i) {
            markers[i]->setLabel(QStringLiteral("%1 %2").arg(parts[i].first, percent(parts[i].second)));
        }
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("genre"), QStringLiteral("share")};
    for (const auto& [name, share] : parts) {
        table.rows << QStringList{name, QString::number(share, 'f', 4)};
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildGenresOverTimeChart(const analytics::GenresOverTime& overTime, analytics::Metric metric)
{
    const QString title = QObject::tr("Genres per month (share of %1)").arg(perMetric(metric));
    auto make = [overTime, title]() {
        auto* chart = newThemedChart();
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignRight);
        auto* time = new QDateTimeAxis;
        time->setFormat(overTime.months.size() > 24 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM yy"));
        time->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(overTime.months.size()))));
        auto* share = new QValueAxis;
        share->setRange(0, 100);
        share->setLabelFormat(QStringLiteral("%d%%"));
        share->setTitleText(QObject::tr("share"));
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(share, Qt::AlignLeft);
        constexpr qreal kMonthMs = 30.0 * 24 * 3'600'000;
        std::vector<double> below(overTime.months.size(), 0.0);
        for (std::size_t s = 0; s < overTime.series.size(); ++s) {
            auto* lower = new QLineSeries(chart);
            auto* upper = new QLineSeries(chart);
            for (std::size_t m = 0; m < overTime.months.size(); ++m) {
                const auto& month = overTime.months[m];
                const QDateTime start(QDate(month.start.year, static_cast<int>(month.start.month), 1), QTime(0, 0),
                                      QTimeZone::utc());
                const auto x = static_cast<qreal>(start.toMSecsSinceEpoch());
                lower->append(x, below[m] * 100.0);
                below[m] += month.shares[s];
                upper->append(x, below[m] * 100.0);
                if (overTime.months.size() == 1) {
                    // One month: a band across the month rather than a line nobody sees.
                    lower->append(x + kMonthMs, lower->points().back().y());
                    upper->append(x + kMonthMs, below[m] * 100.0);
                }
            }
            auto* area = new QAreaSeries(upper, lower);
            const bool other = overTime.series[s] == analytics::kOtherGenres && s + 1 == overTime.series.size();
            area->setName(other ? QObject::tr("other") : QString::fromStdString(overTime.series[s]));
            chart->addSeries(area);
            area->setColor(genreColour(s, other));
            area->setBorderColor(genreColour(s, other));
            area->attachAxis(time);
            area->attachAxis(share);
        }
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("month")};
    for (const auto& name : overTime.series) {
        table.header << QString::fromStdString(name);
    }
    for (const auto& month : overTime.months) {
        QStringList row{QString::fromStdString(formatCivilDate(month.start)).left(7)};
        for (const double s : month.shares) {
            row << QString::number(s, 'f', 4);
        }
        table.rows << row;
    }
    return qtChartContent(title, make, std::move(table));
}

} // namespace tunescope::ui
