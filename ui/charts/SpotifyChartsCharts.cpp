#include "charts/SpotifyChartsCharts.h"

#include "charts/ChartBuilders.h"
#include "charts/RankedBars.h"
#include "ingest/ChartRegions.h"

#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tunescope::ui {
namespace {

QString optionalNumber(const std::optional<std::int64_t>& value)
{
    return value ? QString::number(*value) : QString();
}

QString kindLabel(ingest::ChartKind kind)
{
    return kind == ingest::ChartKind::Viral50 ? QObject::tr("viral 50") : QObject::tr("top 200");
}

QString periodLabel(ingest::ChartPeriod period)
{
    return period == ingest::ChartPeriod::Weekly ? QObject::tr("weekly") : QObject::tr("daily");
}

QDate toQDate(CivilDate date)
{
    return {date.year, static_cast<int>(date.month), static_cast<int>(date.day)};
}

qreal chartX(CivilDate date)
{
    return static_cast<qreal>(QDateTime(toQDate(date), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

// The chart dates along the bottom, a day of air at each end.
QDateTimeAxis* addDateAxis(QChart* chart, CivilDate first, CivilDate last, std::size_t points)
{
    auto* dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("yyyy-MM-dd"));
    dates->setTitleText(QObject::tr("chart date"));
    const qint64 day = 86'400'000;
    dates->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(chartX(first)) - day, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(chartX(last)) + day, QTimeZone::utc()));
    dates->setTickCount(std::clamp(static_cast<int>(points), 2, 6));
    chart->addAxis(dates, Qt::AlignBottom);
    return dates;
}

} // namespace

QString chartDisplayName(const ingest::ChartIdentity& chart)
{
    return QObject::tr("%1 %2 %3, %4")
        .arg(QString::fromStdString(ingest::regionDisplayName(chart.region)), periodLabel(chart.period),
             kindLabel(chart.kind), QLocale().toString(toQDate(chart.date), QLocale::ShortFormat));
}

ChartContent buildChartTopSongs(const ingest::ChartIdentity& chart, const std::vector<analytics::ChartEntry>& entries,
                                int count)
{
    std::vector<analytics::ChartEntry> top = entries;
    const bool byStreams = std::any_of(top.begin(), top.end(), [](const auto& e) { return e.streams.has_value(); });
    if (byStreams) {
        std::stable_sort(top.begin(), top.end(),
                         [](const auto& a, const auto& b) { return a.streams.value_or(0) > b.streams.value_or(0); });
    }
    top.resize(std::min(top.size(), static_cast<std::size_t>(count)));
    std::vector<RankedBar> bars;
    for (std::size_t i = 0; i < top.size(); ++i) {
        const auto& e = top[i];
        const QString label =
            QString::fromStdString(e.song.title) + QStringLiteral(" — ") + QString::fromStdString(e.song.artists);
        const double value = byStreams ? static_cast<double>(e.streams.value_or(0)) / 1e6
                                       : static_cast<double>(count + 1 - e.rank.value_or(count));
        bars.push_back(RankedBar{e.rank.value_or(static_cast<long long>(i + 1)), label, value});
    }
    const QString title = (byStreams ? QObject::tr("Most streamed: %1") : QObject::tr("Top of the chart: %1"))
                              .arg(chartDisplayName(chart));
    const QString axis = byStreams ? QObject::tr("streams (millions)") : QObject::tr("chart points (higher is better)");
    auto make = [title, bars, axis, byStreams]() {
        return makeRankedBarChart(title, bars, axis, byStreams ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    };
    ChartTable table;
    table.header = {QStringLiteral("rank"), QStringLiteral("track"), QStringLiteral("artists"),
                    QStringLiteral("streams"), QStringLiteral("spotify_id")};
    for (const auto& e : top) {
        table.rows << QStringList{optionalNumber(e.rank), QString::fromStdString(e.song.title),
                                  QString::fromStdString(e.song.artists), optionalNumber(e.streams),
                                  QString::fromStdString(e.song.spotifyId.value_or(std::string()))};
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildSongTrajectory(const analytics::ChartSong& song, const analytics::ChartScope& scope,
                                 const std::vector<analytics::TrajectoryPoint>& points)
{
    const QString title = QObject::tr("%1 — %2 on the %3 %4 %5 chart")
                              .arg(QString::fromStdString(song.title), QString::fromStdString(song.artists),
                                   QString::fromStdString(ingest::regionDisplayName(scope.region)),
                                   periodLabel(scope.period), kindLabel(scope.kind));
    auto make = [title, points]() {
        auto* chart = new QChart;
        chart->setTitle(title);
        auto* rank = new QLineSeries;
        rank->setName(QObject::tr("rank"));
        auto* rankDots = new QScatterSeries;
        rankDots->setMarkerSize(8);
        auto* streams = new QLineSeries;
        streams->setName(QObject::tr("streams (millions)"));
        std::int64_t worstRank = 1;
        qreal mostStreams = 0;
        for (const auto& p : points) {
            const qreal x = chartX(p.date);
            if (p.rank) {
                rank->append(x, static_cast<qreal>(*p.rank));
                rankDots->append(x, static_cast<qreal>(*p.rank));
                worstRank = std::max(worstRank, *p.rank);
            }
            if (p.streams) {
                streams->append(x, static_cast<qreal>(*p.streams) / 1e6);
                mostStreams = std::max(mostStreams, static_cast<qreal>(*p.streams) / 1e6);
            }
        }
        chart->addSeries(rank);
        chart->addSeries(rankDots);
        chart->addSeries(streams);
        chart->legend()->markers(rankDots).first()->setVisible(false);
        rankDots->setColor(rank->color());
        auto* dates = points.empty() ? addDateAxis(chart, CivilDate{}, CivilDate{}, 0)
                                     : addDateAxis(chart, points.front().date, points.back().date, points.size());
        auto* ranks = new QValueAxis;
        setUpRankAxis(ranks, worstRank);
        chart->addAxis(ranks, Qt::AlignLeft);
        auto* streamAxis = new QValueAxis;
        streamAxis->setTitleText(QObject::tr("streams (millions)"));
        streamAxis->setLabelFormat(QStringLiteral("%.1f"));
        streamAxis->setRange(0, std::max<qreal>(0.1, mostStreams * 1.1));
        chart->addAxis(streamAxis, Qt::AlignRight);
        for (auto* series : {static_cast<QXYSeries*>(rank), static_cast<QXYSeries*>(rankDots)}) {
            series->attachAxis(dates);
            series->attachAxis(ranks);
        }
        streams->attachAxis(dates);
        streams->attachAxis(streamAxis);
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("date"), QStringLiteral("rank"), QStringLiteral("streams")};
    for (const auto& p : points) {
        table.rows << QStringList{QString::fromStdString(formatCivilDate(p.date)), optionalNumber(p.rank),
                                  optionalNumber(p.streams)};
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildArtistPresence(const QString& artist, const analytics::ChartScope& scope,
                                 const std::vector<analytics::PresencePoint>& points)
{
    const QString title = QObject::tr("%1 on the %2 %3 %4 charts")
                              .arg(artist, QString::fromStdString(ingest::regionDisplayName(scope.region)),
                                   periodLabel(scope.period), kindLabel(scope.kind));
    auto make = [title, points]() {
        auto* chart = new QChart;
        chart->setTitle(title);
        auto* best = new QLineSeries;
        best->setName(QObject::tr("best rank"));
        auto* songs = new QLineSeries;
        songs->setName(QObject::tr("songs on the chart"));
        std::int64_t worstRank = 1;
        std::size_t mostSongs = 1;
        for (const auto& p : points) {
            const qreal x = chartX(p.date);
            if (p.bestRank) {
                best->append(x, static_cast<qreal>(*p.bestRank));
                worstRank = std::max(worstRank, *p.bestRank);
            }
            songs->append(x, static_cast<qreal>(p.songs));
            mostSongs = std::max(mostSongs, p.songs);
        }
        best->setPointsVisible(true);
        songs->setPointsVisible(true);
        chart->addSeries(best);
        chart->addSeries(songs);
        auto* dates = points.empty() ? addDateAxis(chart, CivilDate{}, CivilDate{}, 0)
                                     : addDateAxis(chart, points.front().date, points.back().date, points.size());
        auto* ranks = new QValueAxis;
        setUpRankAxis(ranks, worstRank);
        ranks->setTitleText(QObject::tr("best rank"));
        chart->addAxis(ranks, Qt::AlignLeft);
        auto* counts = new QValueAxis;
        counts->setTitleText(QObject::tr("songs on the chart"));
        counts->setLabelFormat(QStringLiteral("%d"));
        counts->setRange(0, static_cast<qreal>(mostSongs) + 1);
        counts->setTickType(QValueAxis::TicksDynamic);
        counts->setTickAnchor(0);
        counts->setTickInterval(std::max<qreal>(1, std::ceil(static_cast<qreal>(mostSongs + 1) / 5)));
        chart->addAxis(counts, Qt::AlignRight);
        best->attachAxis(dates);
        best->attachAxis(ranks);
        songs->attachAxis(dates);
        songs->attachAxis(counts);
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("date"), QStringLiteral("songs"), QStringLiteral("best_rank"),
                    QStringLiteral("streams")};
    for (const auto& p : points) {
        table.rows << QStringList{QString::fromStdString(formatCivilDate(p.date)), QString::number(p.songs),
                                  optionalNumber(p.bestRank), QString::number(p.streams)};
    }
    return qtChartContent(title, make, std::move(table));
}

} // namespace tunescope::ui
