#include "charts/ChartBuilders.h"

#include "charts/HeatmapWidget.h"
#include "charts/PaletteContrast.h"
#include "charts/RankedBars.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <functional>
#include <memory>

namespace tunescope::ui {
namespace {

using ChartFactory = std::function<QChart*()>;

// Big exports are laid out at a window-like size and scaled up, so text grows with the image
// and stays legible (a 3200 px wide PNG is not a page of tiny print).
qreal exportScale(const QSizeF& size)
{
    return std::max<qreal>(1.0, std::min(size.width() / 900.0, size.height() / 560.0));
}

// Draws a fresh chart laid out for the target rectangle.
void paintChart(const ChartFactory& make, QPainter& painter, const QRectF& target)
{
    QGraphicsScene scene;
    QChart* chart = make();
    scene.addItem(chart); // the scene owns it now
    chart->setBackgroundRoundness(0);
    const QSizeF logical = target.size() / exportScale(target.size());
    chart->resize(logical);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

// Charts follow the application palette: dark theme under a dark palette.
QChart* themed(QChart* chart)
{
    // Restyling is not free: the light theme is the default and needs no call.
    if (QApplication::palette().color(QPalette::Window).lightness() < 128) {
        chart->setTheme(QChart::ChartThemeDark);
    }
    return chart;
}

ChartContent fromFactory(const QString& title, const ChartFactory& unthemed, ChartTable table)
{
    const ChartFactory make = [unthemed] {
        QChart* chart = themed(unthemed());
        keepChartReadable(chart, QApplication::palette());
        return chart;
    };
    return ChartContent{title, nullptr,
                        [make](QPainter& painter, const QRectF& target) { paintChart(make, painter, target); },
                        std::move(table), make};
}

// 1, 2, 5, 10, 20, 25, 50...: at most about six labels on a rank axis.
double rankStep(int bottom)
{
    for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0}) {
        if (bottom / step <= 6) {
            return step;
        }
    }
    return 100.0;
}

QString kindNoun(analytics::TopKind kind)
{
    switch (kind) {
    case analytics::TopKind::Artists: return QObject::tr("artists");
    case analytics::TopKind::Tracks: return QObject::tr("tracks");
    case analytics::TopKind::Albums: return QObject::tr("albums");
    }
    return {};
}

} // namespace

void setUpRankAxis(QValueAxis* axis, std::int64_t worstRank)
{
    axis->setReverse(true); // rank 1 is the top of the chart
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(QObject::tr("rank"));
    // Half a rank of air around the ends so dots at rank 1 are not cut; ticks at round ranks.
    const int bottom = static_cast<int>(std::max<std::int64_t>(5, worstRank));
    axis->setRange(0.5, bottom + 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(rankStep(bottom));
}

QChart* newThemedChart()
{
    return themed(new QChart);
}

QString metricAxisTitle(analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? QObject::tr("plays") : QObject::tr("hours");
}

ChartContent qtChartContent(const QString& title, const std::function<QChart*()>& make, ChartTable table)
{
    return fromFactory(title, make, std::move(table));
}

double metricValue(const analytics::TopEntry& entry, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? static_cast<double>(entry.plays)
                                              : static_cast<double>(entry.msPlayed) / 3'600'000.0;
}

QString topChartTitle(analytics::TopKind kind, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? QObject::tr("Top %1 by plays").arg(kindNoun(kind))
                                              : QObject::tr("Top %1 by listening time").arg(kindNoun(kind));
}

ChartContent buildRankedBarChart(const QString& title, const std::vector<RankedBar>& bars, analytics::Metric metric,
                                 ChartTable table)
{
    const QString valueFormat = metric == analytics::Metric::Plays ? QStringLiteral("%d") : QStringLiteral("%.0f");
    auto make = [bars, metric, title, valueFormat]() {
        return makeRankedBarChart(title, bars, metricAxisTitle(metric), valueFormat);
    };
    return fromFactory(title, make, std::move(table));
}

ChartContent buildTopChart(analytics::TopKind kind, const std::vector<analytics::TopEntry>& entries,
                           analytics::Metric metric)
{
    std::vector<RankedBar> bars;
    for (const auto& entry : entries) {
        QString name = QString::fromStdString(entry.name);
        if (!entry.artist.empty()) {
            name += QStringLiteral(" — ") + QString::fromStdString(entry.artist);
        }
        bars.push_back(RankedBar{entry.rank, name, metricValue(entry, metric)});
    }
    ChartTable table;
    table.header = {QStringLiteral("rank"), QStringLiteral("name")};
    if (kind != analytics::TopKind::Artists) {
        table.header << QStringLiteral("artist");
    }
    table.header << QStringLiteral("plays") << QStringLiteral("ms_played");
    for (const auto& e : entries) {
        QStringList row{QString::number(e.rank), QString::fromStdString(e.name)};
        if (kind != analytics::TopKind::Artists) {
            row << QString::fromStdString(e.artist);
        }
        row << QString::number(e.plays) << QString::number(e.msPlayed);
        table.rows << row;
    }
    return buildRankedBarChart(topChartTitle(kind, metric), bars, metric, std::move(table));
}

ChartContent buildTimelineChart(const std::vector<analytics::TimelinePoint>& points, analytics::Metric metric,
                                analytics::Bucket bucket, const QString& titleOverride)
{
    const QString per = bucket == analytics::Bucket::Day    ? QObject::tr("day")
                        : bucket == analytics::Bucket::Week ? QObject::tr("week")
                                                            : QObject::tr("month");
    const QString title = titleOverride.isEmpty()
                              ? (metric == analytics::Metric::Plays ? QObject::tr("Plays per %1").arg(per)
                                                                    : QObject::tr("Listening hours per %1").arg(per))
                              : titleOverride;
    auto make = [points, metric, title]() {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->hide();
        auto* upper = new QLineSeries;
        qreal maxValue = 0;
        for (const auto& p : points) {
            const QDateTime start(QDate(p.start.year, static_cast<int>(p.start.month), static_cast<int>(p.start.day)),
                                  QTime(0, 0), QTimeZone::utc());
            const qreal value = metric == analytics::Metric::Plays ? static_cast<qreal>(p.plays)
                                                                   : static_cast<qreal>(p.msPlayed) / 3'600'000.0;
            upper->append(static_cast<qreal>(start.toMSecsSinceEpoch()), value);
            maxValue = std::max(maxValue, value);
        }
        auto* series = new QAreaSeries(upper);
        upper->setParent(series); // an area series does not own its line
        chart->addSeries(series);
        // An area of one or two points is a sliver: mark the points so a short history shows.
        QScatterSeries* marks = nullptr;
        if (points.size() <= 2) {
            marks = new QScatterSeries;
            marks->setMarkerSize(10);
            marks->append(upper->points());
            chart->addSeries(marks);
        }
        auto* time = new QDateTimeAxis;
        time->setFormat(points.size() > 24 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yy"));
        time->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(points.size()))));
        chart->addAxis(time, Qt::AlignBottom);
        if (points.size() == 1) {
            // One bucket: centre it rather than put it on both ends of an empty axis.
            constexpr qint64 kHalfMonthMs = 15LL * 24 * 3'600'000;
            const auto at = static_cast<qint64>(upper->at(0).x());
            time->setRange(QDateTime::fromMSecsSinceEpoch(at - kHalfMonthMs, QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(at + kHalfMonthMs, QTimeZone::utc()));
            time->setTickCount(3);
        }
        series->attachAxis(time);
        auto* values = new QValueAxis;
        // Small counts keep whole-number ticks; small hour figures get a decimal.
        const bool small = maxValue < 5;
        values->setLabelFormat(small && metric == analytics::Metric::Minutes ? QStringLiteral("%.1f")
                                                                             : QStringLiteral("%d"));
        values->setTitleText(metricAxisTitle(metric));
        values->setRange(0, small && metric == analytics::Metric::Plays ? 5 : std::max<qreal>(1, maxValue));
        if (small && metric == analytics::Metric::Plays) {
            values->setTickCount(6);
        } else {
            values->applyNiceNumbers();
        }
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        if (marks != nullptr) {
            marks->attachAxis(time);
            marks->attachAxis(values);
        }
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("start"), QStringLiteral("plays"), QStringLiteral("ms_played")};
    for (const auto& p : points) {
        table.rows << QStringList{QString::fromStdString(formatCivilDate(p.start)), QString::number(p.plays),
                                  QString::number(p.msPlayed)};
    }
    return fromFactory(title, make, std::move(table));
}

ChartContent buildHeatmapChart(const analytics::Heatmap& heatmap, analytics::Metric metric)
{
    const QString title = metric == analytics::Metric::Plays ? QObject::tr("When you listen (plays)")
                                                             : QObject::tr("When you listen (hours)");
    auto* view = new HeatmapWidget;
    view->setHeatmap(heatmap, metric, title);
    ChartTable table;
    table.header = {QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("plays"),
                    QStringLiteral("ms_played")};
    for (std::size_t d = 0; d < 7; ++d) {
        for (std::size_t h = 0; h < 24; ++h) {
            table.rows << QStringList{QLocale::c().dayName(static_cast<int>(d) + 1), QString::number(h),
                                      QString::number(heatmap.plays[d][h]), QString::number(heatmap.msPlayed[d][h])};
        }
    }
    return ChartContent{title, view,
                        [heatmap, metric, title](QPainter& painter, const QRectF& target) {
                            const qreal scale = exportScale(target.size());
                            painter.save();
                            painter.translate(target.topLeft());
                            painter.scale(scale, scale);
                            paintHeatmap(painter, QRectF(QPointF(8, 4), target.size() / scale - QSizeF(16, 8)), heatmap,
                                         metric, title, QPalette());
                            painter.restore();
                        },
                        std::move(table), nullptr};
}

ChartContent buildRankHistoryChart(const QString& name, const std::vector<store::RankPoint>& points)
{
    const QString title = QObject::tr("Spotify's rank of %1 over time").arg(name);
    auto make = [points, title]() {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->hide();
        auto* time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("d MMM yy"));
        auto* ranks = new QValueAxis;
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(ranks, Qt::AlignLeft);
        // A line per run of snapshots it was in; the dots show lone snapshots too.
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(7);
        QLineSeries* line = nullptr;
        int worst = 1;
        qreal first = 0;
        qreal last = 0;
        for (const auto& point : points) {
            const auto x = static_cast<qreal>(point.takenAt);
            first = first == 0 ? x : std::min(first, x);
            last = std::max(last, x);
            if (!point.rank) {
                line = nullptr;
                continue;
            }
            if (line == nullptr) {
                line = new QLineSeries;
                chart->addSeries(line);
                line->attachAxis(time);
                line->attachAxis(ranks);
            }
            line->append(x, *point.rank);
            dots->append(x, *point.rank);
            worst = std::max(worst, *point.rank);
        }
        chart->addSeries(dots);
        dots->attachAxis(time);
        dots->attachAxis(ranks);
        const auto lineColour = dots->color();
        for (auto* series : chart->series()) {
            if (auto* l = qobject_cast<QLineSeries*>(series)) {
                l->setColor(lineColour);
            }
        }
        constexpr qreal kDayMs = 86'400'000;
        time->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first - kDayMs)),
                       QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last + kDayMs)));
        time->setTickCount(std::min<int>(6, std::max<int>(2, static_cast<int>(points.size()))));
        setUpRankAxis(ranks, worst);
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("taken_at"), QStringLiteral("rank")};
    for (const auto& point : points) {
        table.rows << QStringList{QString::fromStdString(formatIsoUtc(point.takenAt)),
                                  point.rank ? QString::number(*point.rank) : QString()};
    }
    return fromFactory(title, make, std::move(table));
}

} // namespace tunescope::ui
