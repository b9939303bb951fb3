#include "charts/InsightsCharts.h"

#include "charts/ChartBuilders.h"
#include "charts/ColumnChart.h"
#include "charts/RankedBars.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace tunescope::ui {
namespace {

constexpr std::int64_t kMsPerMinute = 60'000;

QDate toQDate(CivilDate day)
{
    return {day.year, static_cast<int>(day.month), static_cast<int>(day.day)};
}

QString skipTip(const QString& name, const analytics::SkipCount& count)
{
    return QObject::tr("%1: %2 of %3 skipped (%4)")
        .arg(name, QLocale().toString(static_cast<qlonglong>(count.skipped)),
             QLocale().toString(static_cast<qlonglong>(count.rows)), percentText(count.rate()));
}

double byMetric(std::int64_t plays, std::int64_t msPlayed, analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? static_cast<double>(plays)
                                              : static_cast<double>(msPlayed) / 3'600'000.0;
}

// A top list by the metric as ranked bars, its CSV with both figures and any extra columns.
template <class Entry, class Extra>
ChartContent rankedByMetric(const QString& title, const std::vector<Entry>& entries, analytics::Metric metric,
                            const QStringList& extraHeader, Extra extra)
{
    std::vector<RankedBar> bars;
    bars.reserve(entries.size());
    ChartTable table;
    table.header = QStringList{QStringLiteral("rank"), QStringLiteral("name"), QStringLiteral("plays"),
                               QStringLiteral("ms_played")} +
                   extraHeader;
    long long rank = 0;
    for (const auto& entry : entries) {
        const QString name = QString::fromStdString(entry.name);
        bars.push_back(RankedBar{++rank, name, byMetric(entry.plays, entry.msPlayed, metric)});
        table.rows << QStringList{QString::number(rank), name, QString::number(entry.plays),
                                  QString::number(entry.msPlayed)} +
                          extra(entry);
    }
    return buildRankedBarChart(title, bars, metric, std::move(table));
}

} // namespace

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString calendarTitle(const CalendarDays& days)
{
    const CivilDate last = days.last();
    if (days.first.month == 1 && days.first.day == 1 && last.month == 12 && last.day == 31 &&
        last.year == days.first.year) {
        return QObject::tr("Listening per day in %1").arg(days.first.year);
    }
    const QLocale locale;
    return QObject::tr("Listening per day, %1 – %2")
        .arg(locale.toString(toQDate(days.first), QStringLiteral("d MMM yyyy")),
             locale.toString(toQDate(last), QStringLiteral("d MMM yyyy")));
}

ChartContent buildCalendarChart(const CalendarDays& days)
{
    const QString title = calendarTitle(days);
    auto* view = new CalendarHeatmap;
    view->setDays(days, title);
    ChartTable table;
    table.header = {QStringLiteral("date"), QStringLiteral("ms_played"), QStringLiteral("minutes")};
    for (std::size_t i = 0; i < days.msPlayed.size(); ++i) {
        const CivilDate day = civilFromDays(daysFromCivil(days.first) + static_cast<std::int64_t>(i));
        table.rows << QStringList{QString::fromStdString(formatCivilDate(day)), QString::number(days.msPlayed[i]),
                                  QString::number(days.msPlayed[i] / kMsPerMinute)};
    }
    return ChartContent{title, view,
                        [days, title](QPainter& painter, const QRectF& target) {
                            // Laid out at the size it has on screen and scaled up, so text grows
                            // with a big export and stays legible.
                            const qreal scale =
                                std::max<qreal>(1.0, std::min(target.width() / 900.0, target.height() / 250.0));
                            const QRectF area(QPointF(0, 0), target.size() / scale);
                            const QPalette palette;
                            painter.save();
                            painter.translate(target.topLeft());
                            painter.scale(scale, scale);
                            painter.fillRect(area, palette.color(QPalette::Base));
                            paintCalendarHeatmap(painter, area.adjusted(8, 4, -8, -4), days, title, palette);
                            painter.restore();
                        },
                        std::move(table), nullptr};
}

std::vector<SessionLengthBin> sessionLengthBins(const std::vector<std::int64_t>& lengthsMs)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    const std::array<std::int64_t, 6> upTo = {15 * kMsPerMinute,  30 * kMsPerMinute,  60 * kMsPerMinute,
                                              120 * kMsPerMinute, 240 * kMsPerMinute, kMax};
    // Short labels: six of them fit under the bars of a half-width chart.
    std::vector<SessionLengthBin> bins = {{QObject::tr("0–15 min"), 0},  {QObject::tr("15–30 min"), 0},
                                          {QObject::tr("30–60 min"), 0}, {QObject::tr("1–2 h"), 0},
                                          {QObject::tr("2–4 h"), 0},     {QObject::tr("4 h +"), 0}};
    for (const std::int64_t length : lengthsMs) {
        const auto bin = std::upper_bound(upTo.begin(), upTo.end(), length) - upTo.begin();
        ++bins[static_cast<std::size_t>(std::min<std::ptrdiff_t>(bin, 5))].count;
    }
    return bins;
}

ChartContent buildSessionLengthChart(const std::vector<std::int64_t>& lengthsMs)
{
    const auto bins = sessionLengthBins(lengthsMs);
    const QString title = QObject::tr("How long your listening sessions last");
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    ChartTable table;
    table.header = {QStringLiteral("length"), QStringLiteral("sessions"), QStringLiteral("share")};
    const auto total = static_cast<double>(std::max<std::size_t>(1, lengthsMs.size()));
    for (const auto& bin : bins) {
        const double share = static_cast<double>(bin.count) / total;
        categories << bin.label;
        values << static_cast<qreal>(bin.count);
        tips << QObject::tr("%1: %2 sessions (%3)")
                    .arg(bin.label, QLocale().toString(static_cast<qlonglong>(bin.count)), percentText(share));
        table.rows << QStringList{bin.label, QString::number(bin.count), QString::number(share, 'f', 4)};
    }
    auto make = [title, categories, values, tips] {
        return makeColumnChart(title, categories, values, QObject::tr("sessions"), QStringLiteral("%d"), tips, true);
    };
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildSkipRateByHourChart(const std::array<analytics::SkipCount, 24>& byHour)
{
    const QString title = QObject::tr("Skip rate by hour of day");
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    ChartTable table;
    table.header = {QStringLiteral("hour"), QStringLiteral("rows"), QStringLiteral("skipped"),
                    QStringLiteral("skip_rate")};
    for (std::size_t hour = 0; hour < byHour.size(); ++hour) {
        const auto& count = byHour[hour];
        const QString label = QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        categories << label;
        values << count.rate() * 100.0;
        tips << skipTip(QObject::tr("%1:00–%1:59").arg(label), count);
        table.rows << QStringList{QString::number(hour), QString::number(count.rows), QString::number(count.skipped),
                                  QString::number(count.rate(), 'f', 4)};
    }
    auto make = [title, categories, values, tips] {
        QChart* chart =
            makeColumnChart(title, categories, values, QObject::tr("skipped (%)"), QStringLiteral("%d%%"), tips, false);
        chart->axes(Qt::Horizontal).value(0)->setTitleText(QObject::tr("hour the track started (local time)"));
        return chart;
    };
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildMostSkippedArtistsChart(const std::vector<analytics::SkipEntry>& artists)
{
    const QString title = QObject::tr("Most skipped artists");
    std::vector<RankedBar> bars;
    bars.reserve(artists.size());
    QStringList tips; // in the chart's bar order: the best ranked is drawn last, at the top
    ChartTable table;
    table.header = {QStringLiteral("rank"), QStringLiteral("artist"), QStringLiteral("rows"), QStringLiteral("skipped"),
                    QStringLiteral("skip_rate")};
    long long rank = 0;
    for (const auto& artist : artists) {
        const QString name = QString::fromStdString(artist.name);
        bars.push_back(RankedBar{++rank, name, artist.count.rate() * 100.0});
        tips.prepend(skipTip(name, artist.count));
        table.rows << QStringList{QString::number(rank), name, QString::number(artist.count.rows),
                                  QString::number(artist.count.skipped), QString::number(artist.count.rate(), 'f', 4)};
    }
    auto make = [title, bars, tips] {
        QChart* chart = makeRankedBarChart(title, bars, QObject::tr("skipped (%)"), QStringLiteral("%d%%"));
        if (auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0))) {
            tipBars(chart, series, tips);
        }
        return chart;
    };
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildDiscoveryChart(const std::vector<analytics::DiscoveryMonth>& months)
{
    const QString title = QObject::tr("New artists and tracks per month");
    auto make = [months, title] {
        auto* chart = newThemedChart();
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* artists = new QLineSeries;
        artists->setName(QObject::tr("new artists"));
        auto* tracks = new QLineSeries;
        tracks->setName(QObject::tr("new tracks"));
        qreal top = 0;
        for (const auto& month : months) {
            const QDateTime start(QDate(month.month.year, static_cast<int>(month.month.month), 1), QTime(0, 0),
                                  QTimeZone::utc());
            const auto x = static_cast<qreal>(start.toMSecsSinceEpoch());
            artists->append(x, static_cast<qreal>(month.newArtists));
            tracks->append(x, static_cast<qreal>(month.newTracks));
            top = std::max<qreal>(top, static_cast<qreal>(std::max(month.newArtists, month.newTracks)));
        }
        // A short history is a few points: mark them so they show.
        for (auto* line : {artists, tracks}) {
            line->setPointsVisible(months.size() <= 24);
            chart->addSeries(line);
        }
        auto* time = new QDateTimeAxis;
        // Short labels, few ticks: the chart shares its row with another.
        time->setFormat(QStringLiteral("MMM yy"));
        time->setTickCount(std::min<int>(6, std::max<int>(2, static_cast<int>(months.size()))));
        if (months.size() == 1) {
            constexpr qint64 kHalfMonthMs = 15LL * 24 * 3'600'000;
            const auto at = static_cast<qint64>(artists->at(0).x());
            time->setRange(QDateTime::fromMSecsSinceEpoch(at - kHalfMonthMs, QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(at + kHalfMonthMs, QTimeZone::utc()));
            time->setTickCount(3);
        }
        chart->addAxis(time, Qt::AlignBottom);
        auto* counts = new QValueAxis;
        counts->setTitleText(QObject::tr("first played"));
        counts->setLabelFormat(QStringLiteral("%d"));
        counts->setRange(0, std::max<qreal>(5, top));
        counts->applyNiceNumbers();
        chart->addAxis(counts, Qt::AlignLeft);
        for (auto* line : {artists, tracks}) {
            line->attachAxis(time);
            line->attachAxis(counts);
        }
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("month"),        QStringLiteral("new_artists"), QStringLiteral("new_tracks"),
                    QStringLiteral("plays"),        QStringLiteral("new_plays"),   QStringLiteral("ms_played"),
                    QStringLiteral("new_ms_played")};
    for (const auto& m : months) {
        table.rows << QStringList{QString::fromStdString(formatCivilDate(m.month)).left(7),
                                  QString::number(m.newArtists),
                                  QString::number(m.newTracks),
                                  QString::number(m.plays),
                                  QString::number(m.newPlays),
                                  QString::number(m.msPlayed),
                                  QString::number(m.newMsPlayed)};
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildNewArtistsChart(const std::vector<analytics::NewArtist>& artists, analytics::Metric metric)
{
    const QString title = metric == analytics::Metric::Plays ? QObject::tr("Top new artists by plays")
                                                             : QObject::tr("Top new artists by listening time");
    return rankedByMetric(title, artists, metric, {QStringLiteral("first_played")}, [](const analytics::NewArtist& a) {
        return QStringList{QString::fromStdString(formatCivilDate(a.firstPlayed))};
    });
}

ChartContent buildPlacesChart(const QString& title, const std::vector<analytics::PlaceTotal>& places,
                              analytics::Metric metric)
{
    return rankedByMetric(title, places, metric, {QStringLiteral("code")},
                          [](const analytics::PlaceTotal& p) { return QStringList{QString::fromStdString(p.code)}; });
}

ChartContent buildSpokenChart(const QString& title, const std::vector<analytics::SpokenEntry>& entries,
                              analytics::Metric metric)
{
    return rankedByMetric(title, entries, metric, {QStringLiteral("episodes"), QStringLiteral("episodes_finished")},
                          [](const analytics::SpokenEntry& e) {
                              return QStringList{QString::number(e.episodes), QString::number(e.episodesFinished)};
                          });
}

} // namespace tunescope::ui
