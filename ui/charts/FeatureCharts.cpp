#include "charts/FeatureCharts.h"

#include "charts/ChartBuilders.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace tunescope::ui {
namespace {

constexpr int kLegendNameWidthPx = 150;
constexpr int kHeadingNameWidthPx = 260;
constexpr int kMaxTipTracks = 6;      // a tooltip over a crowded dot lists this many, then "and N more"
constexpr int kHistogramBins = 10;    // about this many bins for features without a fixed scale
constexpr double kEdgeEpsilon = 1e-9; // 0.3 / 0.1 is 2.9999999999999996: values on an edge go up

// The 0-to-1 features, in the order the averages chart shows them.
constexpr std::array kUnitFeatures{FeatureKind::Danceability, FeatureKind::Energy,           FeatureKind::Valence,
                                   FeatureKind::Acousticness, FeatureKind::Instrumentalness, FeatureKind::Speechiness,
                                   FeatureKind::Liveness};

bool isUnitScale(FeatureKind kind)
{
    return std::find(kUnitFeatures.begin(), kUnitFeatures.end(), kind) != kUnitFeatures.end();
}

// The feature's name without its unit, for titles and tooltips.
QString featureName(FeatureKind kind)
{
    switch (kind) {
    case FeatureKind::Tempo: return QObject::tr("Tempo");
    case FeatureKind::Energy: return QObject::tr("Energy");
    case FeatureKind::Danceability: return QObject::tr("Danceability");
    case FeatureKind::Valence: return QObject::tr("Valence");
    case FeatureKind::Acousticness: return QObject::tr("Acousticness");
    case FeatureKind::Instrumentalness: return QObject::tr("Instrumentalness");
    case FeatureKind::Speechiness: return QObject::tr("Speechiness");
    case FeatureKind::Liveness: return QObject::tr("Liveness");
    case FeatureKind::Loudness: return QObject::tr("Loudness");
    case FeatureKind::Duration: return QObject::tr("Duration");
    }
    return {};
}

// The feature's name inside a sentence ("Mira Sol: 12 tracks with energy 0.6-0.7"): lower case in
// English, a capitalised noun in German, as each translation writes it.
QString featureNameInText(FeatureKind kind)
{
    switch (kind) {
    case FeatureKind::Tempo: return QObject::tr("tempo", "feature name inside a sentence");
    case FeatureKind::Energy: return QObject::tr("energy", "feature name inside a sentence");
    case FeatureKind::Danceability: return QObject::tr("danceability", "feature name inside a sentence");
    case FeatureKind::Valence: return QObject::tr("valence", "feature name inside a sentence");
    case FeatureKind::Acousticness: return QObject::tr("acousticness", "feature name inside a sentence");
    case FeatureKind::Instrumentalness: return QObject::tr("instrumentalness", "feature name inside a sentence");
    case FeatureKind::Speechiness: return QObject::tr("speechiness", "feature name inside a sentence");
    case FeatureKind::Liveness: return QObject::tr("liveness", "feature name inside a sentence");
    case FeatureKind::Loudness: return QObject::tr("loudness", "feature name inside a sentence");
    case FeatureKind::Duration: return QObject::tr("duration", "feature name inside a sentence");
    }
    return {};
}

// A value as a person reads it: "0.62", "128 BPM", "-7.5 dB", "3:41".
QString formatValue(double value, FeatureKind kind)
{
    const QLocale locale;
    switch (kind) {
    case FeatureKind::Tempo: return QObject::tr("%1 BPM").arg(locale.toString(value, 'f', 0));
    case FeatureKind::Loudness: return QObject::tr("%1 dB").arg(locale.toString(value, 'f', 1));
    case FeatureKind::Duration: {
        const auto seconds = std::lround(value * 60.0);
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    default: return locale.toString(value, 'f', 2);
    }
}

// "1 track", "12 tracks".
QString tracksText(int count)
{
    return QObject::tr("%Ln tracks", nullptr, count);
}

// Numbers in the CSV: C locale, no float noise (0.30000000000000004 is 0.3).
QString csvNumber(double value)
{
    return QString::number(value, 'g', 10);
}

// How many of each artist's tracks a chart draws, and where their numbers came from.
struct Coverage {
    std::vector<int> covered; // per artist, same order as the input
    std::vector<int> total;
    std::map<enrich::FeatureSource, int> sources;

    [[nodiscard]] int coveredSum() const { return std::accumulate(covered.begin(), covered.end(), 0); }
    [[nodiscard]] int totalSum() const { return std::accumulate(total.begin(), total.end(), 0); }
};

template <typename Drawn>
Coverage coverageOf(const std::vector<ArtistFeatures>& artists, Drawn drawn)
{
    Coverage c;
    for (const auto& artist : artists) {
        int covered = 0;
        for (const auto& track : artist.tracks) {
            if (drawn(track)) {
                ++covered;
                ++c.sources[track.features.source];
            }
        }
        c.covered.push_back(covered);
        c.total.push_back(static_cast<int>(artist.tracks.size()));
    }
    return c;
}

// "Source: ReccoBeats" or "Sources: ReccoBeats 30, Imported dataset 8", biggest first.
QString sourcesText(const std::map<enrich::FeatureSource, int>& sources)
{
    std::vector<std::pair<enrich::FeatureSource, int>> sorted(sources.begin(), sources.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    auto label = [](enrich::FeatureSource source) {
        const auto text = enrich::sourceLabel(source);
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    };
    if (sorted.size() == 1) {
        return QObject::tr("Source: %1").arg(label(sorted.front().first));
    }
    QStringList parts;
    for (const auto& [source, count] : sorted) {
        parts << QStringLiteral("%1 %2").arg(label(source), QString::number(count));
    }
    return QObject::tr("Sources: %1").arg(parts.join(QStringLiteral(", ")));
}

// "38 of 45 tracks · Source: ReccoBeats": what the chart covers, under its title.
QString coverageText(const Coverage& c)
{
    const QString tracks = QObject::tr("%1 of %2 tracks").arg(c.coveredSum()).arg(c.totalSum());
    if (c.sources.empty()) {
        return QObject::tr("%1 · no feature data yet").arg(tracks);
    }
    return QStringLiteral("%1 · %2").arg(tracks, sourcesText(c.sources));
}

QStringList artistNames(const std::vector<ArtistFeatures>& artists)
{
    QStringList names;
    for (const auto& artist : artists) {
        names << artist.artistName;
    }
    return names;
}

// "Energy distribution — Radiohead vs Portishead": the content's title (file names, menus).
QString chartTitle(const QString& what, const QStringList& names)
{
    return names.isEmpty() ? what : QStringLiteral("%1 — %2").arg(what, names.join(QObject::tr(" vs ")));
}

// "Radiohead (38 of 45)" in the legend: each artist's own coverage. Long names are elided so
// three artists share one legend row. Legend labels are HTML: "Beta & <Co>" must keep its "<Co>".
QString seriesName(const QString& artist, int covered, int total, const QFont& font)
{
    const QString name = QFontMetrics(font).elidedText(artist, Qt::ElideRight, kLegendNameWidthPx);
    return QObject::tr("%1 (%2 of %3)").arg(name.toHtmlEscaped(), QString::number(covered), QString::number(total));
}

// The heading is HTML: the coverage and source go on a smaller second line. Qt flattens and cuts
// a heading wider than the chart, which would lose that line, so the heading stays short: the
// legend names several artists, and one long name is elided.
QChart* newChart(const QString& what, const QStringList& names, const QString& subtitle)
{
    auto* chart = new QChart;
    QString heading = what;
    if (names.size() == 1) {
        heading = QStringLiteral("%1 — %2").arg(
            what, QFontMetrics(chart->font()).elidedText(names.front(), Qt::ElideRight, kHeadingNameWidthPx));
    }
    chart->setTitle(QStringLiteral("<center><b>%1</b><br><small>%2</small></center>")
                        .arg(heading.toHtmlEscaped(), subtitle.toHtmlEscaped()));
    // One artist needs no legend: the subtitle already says what is covered.
    if (names.size() < 2) {
        chart->legend()->hide();
    } else {
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    return chart;
}

// The hovered item's text, shown at once and kept on the chart (tests and accessibility read it).
void showTip(QChart* chart, const QString& text)
{
    chart->setToolTip(text);
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), text);
    }
}

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0)) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double multiple : {1.0, 2.0, 5.0}) {
        if (multiple * magnitude >= raw * (1 - kEdgeEpsilon)) {
            return multiple * magnitude;
        }
    }
    return 10 * magnitude;
}

// Integer ticks from zero for a count axis, about five of them.
void setCountAxis(QValueAxis* axis, int maxCount)
{
    const double step = std::max(1.0, niceStep(maxCount / 5.0));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1.0, std::ceil(maxCount / step)) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

// 0 to 1 with a tick every `step`; `air` beyond both ends keeps dots at 0 and 1 whole.
void setUnitAxis(QValueAxis* axis, double step, double air = 0)
{
    axis->setRange(-air, 1 + air);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const bool tenths = std::abs(step * 10 - std::round(step * 10)) < kEdgeEpsilon;
    axis->setLabelFormat(tenths ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
}

struct Mean {
    double sum = 0;
    int count = 0;

    void add(double value)
    {
        sum += value;
        ++count;
    }
    [[nodiscard]] double value() const { return count > 0 ? sum / count : 0.0; }
};

// ---- histogram ----

// Equal bins over the range: tenths for the 0-to-1 features, round widths for the others.
struct Bins {
    double start = 0;
    double width = 0.1;
    int count = 0;

    [[nodiscard]] double from(int bin) const { return start + bin * width; }
    [[nodiscard]] int of(double value) const
    {
        const auto bin = static_cast<int>(std::floor((value - start) / width + kEdgeEpsilon));
        return std::clamp(bin, 0, count - 1); // 1.0 belongs to the last tenth
    }
};

Bins binsFor(FeatureKind kind, const std::vector<double>& values)
{
    if (isUnitScale(kind)) {
        return Bins{0, 0.1, 10};
    }
    if (values.empty()) {
        return Bins{0, 1, 0};
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double spread = *high - *low;
    const double width =
        niceStep(spread > 0 ? spread / kHistogramBins : std::max(std::abs(*low) / kHistogramBins, 1.0));
    const double start = std::floor(*low / width + kEdgeEpsilon) * width;
    const auto count = static_cast<int>(std::floor((*high - start) / width + kEdgeEpsilon)) + 1;
    return Bins{start, width, count};
}

// "0.3", "120", "-7.5": a bin edge with as many decimals as the width needs.
QString edgeLabel(const Bins& bins, int edge)
{
    const int decimals = bins.width >= 1 ? 0 : (bins.width >= 0.1 - kEdgeEpsilon ? 1 : 2);
    return QLocale().toString(bins.from(edge), 'f', decimals);
}

// "0.3–0.4" for tooltips.
QString binLabel(const Bins& bins, int bin)
{
    const double from = bins.from(bin);
    const QString a = edgeLabel(bins, bin);
    const QString b = edgeLabel(bins, bin + 1);
    // "-10 to -5" reads better than "-10–-5".
    return from < 0 ? QObject::tr("%1 to %2").arg(a, b) : QStringLiteral("%1–%2").arg(a, b);
}

// ---- scatter ----

struct Dot {
    QPointF at;        // valence, energy
    QString describes; // the tooltip line
};

QString trackLine(const FeaturedTrack& track)
{
    QString line = track.name;
    if (!track.album.isEmpty()) {
        line += QStringLiteral(" — ") + track.album;
    }
    if (track.releaseYear) {
        line += QStringLiteral(" (%1)").arg(*track.releaseYear);
    }
    return line;
}

// Every track under the hovered dot: tracks with equal features share one spot.
QString dotsTip(const QString& artist, const std::vector<Dot>& dots, QPointF at)
{
    QStringList lines;
    int more = 0;
    for (const auto& dot : dots) {
        if (std::abs(dot.at.x() - at.x()) > kEdgeEpsilon || std::abs(dot.at.y() - at.y()) > kEdgeEpsilon) {
            continue;
        }
        if (lines.size() < kMaxTipTracks) {
            lines << dot.describes;
        } else {
            ++more;
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    if (more > 0) {
        lines << QObject::tr("and %1 more").arg(more);
    }
    lines << QObject::tr("%1 · energy %2, valence %3")
                 .arg(artist, formatValue(at.y(), FeatureKind::Energy), formatValue(at.x(), FeatureKind::Valence));
    return lines.join(QLatin1Char('\n'));
}

// ---- years ----

using YearMeans = std::map<int, Mean>;

// 1, 2, 5, 10... years between ticks: at most about eight labels.
double yearStep(int span)
{
    for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0}) {
        if (span / step <= 8) {
            return step;
        }
    }
    return 100;
}

} // namespace

QString featureLabel(FeatureKind kind)
{
    switch (kind) {
    case FeatureKind::Tempo: return QObject::tr("Tempo (BPM)");
    case FeatureKind::Loudness: return QObject::tr("Loudness (dB)");
    case FeatureKind::Duration: return QObject::tr("Duration (min)");
    default: return featureName(kind);
    }
}

std::optional<double> featureValue(const enrich::AudioFeatures& f, FeatureKind kind)
{
    switch (kind) {
    case FeatureKind::Tempo: return f.tempo;
    case FeatureKind::Energy: return f.energy;
    case FeatureKind::Danceability: return f.danceability;
    case FeatureKind::Valence: return f.valence;
    case FeatureKind::Acousticness: return f.acousticness;
    case FeatureKind::Instrumentalness: return f.instrumentalness;
    case FeatureKind::Speechiness: return f.speechiness;
    case FeatureKind::Liveness: return f.liveness;
    case FeatureKind::Loudness: return f.loudness;
    case FeatureKind::Duration:
        if (f.durationMs) {
            return static_cast<double>(*f.durationMs) / 60'000.0;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

ChartContent buildFeatureHistogram(const std::vector<ArtistFeatures>& artists, FeatureKind kind)
{
    const QStringList names = artistNames(artists);
    const QString what = QObject::tr("%1 distribution").arg(featureName(kind));
    const QString title = chartTitle(what, names);
    const Coverage coverage = coverageOf(
        artists, [kind](const FeaturedTrack& t) { return featureValue(t.features.features, kind).has_value(); });
    std::vector<double> all;
    for (const auto& artist : artists) {
        for (const auto& track : artist.tracks) {
            if (const auto value = featureValue(track.features.features, kind)) {
                all.push_back(*value);
            }
        }
    }
    const Bins bins = binsFor(kind, all);
    std::vector<std::vector<int>> counts(artists.size(), std::vector<int>(static_cast<std::size_t>(bins.count), 0));
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const auto& track : artists[a].tracks) {
            if (const auto value = featureValue(track.features.features, kind)) {
                ++counts[a][static_cast<std::size_t>(bins.of(*value))];
            }
        }
    }
    const QString subtitle = coverageText(coverage);
    auto make = [names, kind, bins, counts, coverage, what, subtitle]() {
        QChart* chart = newChart(what, names, subtitle);
        auto* series = new QBarSeries;
        series->setBarWidth(0.85); // bins nearly touch, as in a histogram
        int maxCount = 0;
        for (std::size_t a = 0; a < counts.size(); ++a) {
            auto* set = new QBarSet(
                seriesName(names[static_cast<qsizetype>(a)], coverage.covered[a], coverage.total[a], chart->font()));
            for (const int count : counts[a]) {
                *set << count;
                maxCount = std::max(maxCount, count);
            }
            series->append(set);
        }
        chart->addSeries(series);
        // Bar i stands on x = i; the edges between bars are labelled, as a histogram is read ("0.3"
        // between the 0.2 and the 0.3 bin). Short labels that fit side by side in a narrow window.
        auto* edges = new QCategoryAxis;
        edges->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        edges->setStartValue(-0.5);
        for (int edge = 0; edge <= bins.count; ++edge) {
            // The first edge closes an empty category so that it gets a label too.
            edges->append(edgeLabel(bins, edge), edge - 0.5 + (edge == 0 ? kEdgeEpsilon : 0));
        }
        edges->setRange(-0.5, std::max(0.5, bins.count - 0.5));
        edges->setTitleText(featureLabel(kind));
        chart->addAxis(edges, Qt::AlignBottom);
        series->attachAxis(edges);
        auto* values = new QValueAxis;
        values->setTitleText(QObject::tr("tracks"));
        setCountAxis(values, maxCount);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        QObject::connect(
            series, &QBarSeries::hovered, chart, [chart, series, names, bins, kind](bool on, int bin, QBarSet* set) {
                const auto a = series->barSets().indexOf(set);
                if (!on || a < 0 || bin < 0 || bin >= bins.count) {
                    showTip(chart, {});
                    return;
                }
                const int count = static_cast<int>(set->at(bin));
                showTip(chart, QObject::tr("%1: %2 with %3 %4")
                                   .arg(names[a], tracksText(count), featureNameInText(kind), binLabel(bins, bin)));
            });
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("artist"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("tracks")};
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (int bin = 0; bin < bins.count; ++bin) {
            table.rows << QStringList{artists[a].artistName, csvNumber(bins.from(bin)),
                                      csvNumber(bins.from(bin) + bins.width),
                                      QString::number(counts[a][static_cast<std::size_t>(bin)])};
        }
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildFeatureAverages(const std::vector<ArtistFeatures>& artists)
{
    const QStringList names = artistNames(artists);
    const QString what = QObject::tr("Average audio features");
    const QString title = chartTitle(what, names);
    const Coverage coverage = coverageOf(artists, [](const FeaturedTrack& t) {
        return std::any_of(kUnitFeatures.begin(), kUnitFeatures.end(),
                           [&t](FeatureKind kind) { return featureValue(t.features.features, kind).has_value(); });
    });
    // Every feature's mean, tempo and loudness too: the chart bars the 0-to-1 ones, the CSV has all.
    constexpr std::array kAll{
        FeatureKind::Danceability,     FeatureKind::Energy,      FeatureKind::Valence,  FeatureKind::Acousticness,
        FeatureKind::Instrumentalness, FeatureKind::Speechiness, FeatureKind::Liveness, FeatureKind::Tempo,
        FeatureKind::Loudness,         FeatureKind::Duration};
    std::vector<std::map<FeatureKind, Mean>> means(artists.size());
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const auto& track : artists[a].tracks) {
            for (const FeatureKind kind : kAll) {
                if (const auto value = featureValue(track.features.features, kind)) {
                    means[a][kind].add(*value);
                }
            }
        }
    }
    // A feature no artist has is left out rather than drawn as a row of zero bars.
    std::vector<FeatureKind> shown;
    for (const FeatureKind kind : kUnitFeatures) {
        if (std::any_of(means.begin(), means.end(), [kind](const auto& m) { return m.count(kind) > 0; })) {
            shown.push_back(kind);
        }
    }
    const QString subtitle = coverageText(coverage);
    // Sideways bars keep "Instrumentalness" whole in a narrow window; Qt draws the first category
    // at the bottom, so they go in upside down to read from the top.
    std::reverse(shown.begin(), shown.end());
    auto make = [names, means, shown, coverage, what, subtitle]() {
        QChart* chart = newChart(what, names, subtitle);
        auto* series = new QHorizontalBarSeries;
        for (std::size_t a = 0; a < means.size(); ++a) {
            QString name =
                seriesName(names[static_cast<qsizetype>(a)], coverage.covered[a], coverage.total[a], chart->font());
            if (const auto tempo = means[a].find(FeatureKind::Tempo); tempo != means[a].end()) {
                // Tempo has its own scale, so it is named in the legend rather than barred.
                name = QObject::tr("%1, %2").arg(name, formatValue(tempo->second.value(), FeatureKind::Tempo));
            }
            auto* set = new QBarSet(name);
            for (const FeatureKind kind : shown) {
                const auto mean = means[a].find(kind);
                *set << (mean == means[a].end() ? 0.0 : mean->second.value());
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        for (const FeatureKind kind : shown) {
            categories->append(featureName(kind));
        }
        chart->addAxis(categories, Qt::AlignLeft);
        series->attachAxis(categories);
        auto* values = new QValueAxis;
        values->setTitleText(QObject::tr("average (0 to 1)"));
        setUnitAxis(values, 0.2);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        QObject::connect(series, &QHorizontalBarSeries::hovered, chart,
                         [chart, series, names, means, shown](bool on, int index, QBarSet* set) {
                             const auto a = series->barSets().indexOf(set);
                             if (!on || a < 0 || index < 0 || index >= static_cast<int>(shown.size())) {
                                 showTip(chart, {});
                                 return;
                             }
                             const FeatureKind kind = shown[static_cast<std::size_t>(index)];
                             const auto& artistMeans = means[static_cast<std::size_t>(a)];
                             const auto mean = artistMeans.find(kind);
                             showTip(chart, mean == artistMeans.end()
                                                ? QObject::tr("%1: no %2 data").arg(names[a], featureNameInText(kind))
                                                : QObject::tr("%1: %2 %3, average of %4")
                                                      .arg(names[a], featureNameInText(kind),
                                                           formatValue(mean->second.value(), kind),
                                                           tracksText(mean->second.count)));
                         });
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("artist"), QStringLiteral("feature"), QStringLiteral("average"),
                    QStringLiteral("tracks"), QStringLiteral("of_tracks")};
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const FeatureKind kind : kAll) {
            const auto mean = means[a].find(kind);
            if (mean == means[a].end()) {
                continue; // missing, not zero
            }
            table.rows << QStringList{artists[a].artistName, featureLabel(kind), csvNumber(mean->second.value()),
                                      QString::number(mean->second.count), QString::number(coverage.total[a])};
        }
    }
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildEnergyValenceScatter(const std::vector<ArtistFeatures>& artists)
{
    const QStringList names = artistNames(artists);
    const QString what = QObject::tr("Energy and valence");
    const QString title = chartTitle(what, names);
    const Coverage coverage = coverageOf(artists, [](const FeaturedTrack& t) {
        return t.features.features.energy.has_value() && t.features.features.valence.has_value();
    });
    std::vector<std::vector<Dot>> dots(artists.size());
    ChartTable table;
    table.header = {QStringLiteral("artist"),       QStringLiteral("track"),   QStringLiteral("album"),
                    QStringLiteral("release_year"), QStringLiteral("valence"), QStringLiteral("energy"),
                    QStringLiteral("source")};
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const auto& track : artists[a].tracks) {
            const auto& f = track.features.features;
            if (!f.energy || !f.valence) {
                continue;
            }
            dots[a].push_back(Dot{QPointF(*f.valence, *f.energy), trackLine(track)});
            const auto source = enrich::sourceLabel(track.features.source);
            table.rows << QStringList{artists[a].artistName,
                                      track.name,
                                      track.album,
                                      track.releaseYear ? QString::number(*track.releaseYear) : QString(),
                                      csvNumber(*f.valence),
                                      csvNumber(*f.energy),
                                      QString::fromUtf8(source.data(), static_cast<qsizetype>(source.size()))};
        }
    }
    const QString subtitle = coverageText(coverage);
    auto make = [names, dots, coverage, what, subtitle]() {
        QChart* chart = newChart(what, names, subtitle);
        auto* valence = new QValueAxis;
        valence->setTitleText(QObject::tr("Valence (sad → happy)"));
        // Quarters: the grid line at 0.5 splits the chart into moods (sad and calm, happy and intense...).
        setUnitAxis(valence, 0.25, 0.03);
        auto* energy = new QValueAxis;
        energy->setTitleText(QObject::tr("Energy (calm → loud)"));
        setUnitAxis(energy, 0.25, 0.03);
        chart->addAxis(valence, Qt::AlignBottom);
        chart->addAxis(energy, Qt::AlignLeft);
        for (std::size_t a = 0; a < dots.size(); ++a) {
            auto* series = new QScatterSeries;
            const QString& artist = names[static_cast<qsizetype>(a)];
            series->setName(seriesName(artist, coverage.covered[a], coverage.total[a], chart->font()));
            series->setMarkerSize(9);
            for (const auto& dot : dots[a]) {
                series->append(dot.at);
            }
            chart->addSeries(series);
            series->attachAxis(valence);
            series->attachAxis(energy);
            QObject::connect(series, &QScatterSeries::hovered, chart,
                             [chart, artist, artistDots = dots[a]](const QPointF& at, bool on) {
                                 showTip(chart, on ? dotsTip(artist, artistDots, at) : QString());
                             });
        }
        return chart;
    };
    return qtChartContent(title, make, std::move(table));
}

ChartContent buildFeaturesOverYears(const std::vector<ArtistFeatures>& artists, FeatureKind kind)
{
    const QStringList names = artistNames(artists);
    const QString what = QObject::tr("%1 by release year").arg(featureName(kind));
    const QString title = chartTitle(what, names);
    const Coverage coverage = coverageOf(artists, [kind](const FeaturedTrack& t) {
        return t.releaseYear.has_value() && featureValue(t.features.features, kind).has_value();
    });
    std::vector<YearMeans> years(artists.size());
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const auto& track : artists[a].tracks) {
            const auto value = featureValue(track.features.features, kind);
            if (track.releaseYear && value) {
                years[a][*track.releaseYear].add(*value);
            }
        }
    }
    const QString subtitle = coverageText(coverage);
    auto make = [names, years, kind, coverage, what, subtitle]() {
        QChart* chart = newChart(what, names, subtitle);
        auto* time = new QValueAxis;
        time->setTitleText(QObject::tr("release year"));
        time->setLabelFormat(QStringLiteral("%d"));
        auto* values = new QValueAxis;
        values->setTitleText(featureLabel(kind));
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        int first = std::numeric_limits<int>::max();
        int last = std::numeric_limits<int>::min();
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (std::size_t a = 0; a < years.size(); ++a) {
            auto* series = new QLineSeries;
            const QString& artist = names[static_cast<qsizetype>(a)];
            series->setName(seriesName(artist, coverage.covered[a], coverage.total[a], chart->font()));
            series->setPointsVisible(true); // a year on its own is a dot, not nothing
            for (const auto& [year, mean] : years[a]) {
                series->append(year, mean.value());
                first = std::min(first, year);
                last = std::max(last, year);
                low = std::min(low, mean.value());
                high = std::max(high, mean.value());
            }
            chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(values);
            QObject::connect(series, &QLineSeries::hovered, chart,
                             [chart, artist, kind, artistYears = years[a]](const QPointF& at, bool on) {
                                 const auto year = artistYears.find(static_cast<int>(std::lround(at.x())));
                                 if (!on || year == artistYears.end()) {
                                     showTip(chart, {});
                                     return;
                                 }
                                 showTip(chart, QObject::tr("%1, %2: %3 %4, average of %5")
                                                    .arg(artist, QString::number(year->first), featureNameInText(kind),
                                                         formatValue(year->second.value(), kind),
                                                         tracksText(year->second.count)));
                             });
        }
        if (first > last) { // nothing dated yet: the last ten years, empty
            last = QDate::currentDate().year();
            first = last - 10;
        }
        // Half a year of air so the first and last dots are not cut.
        time->setRange(first - 0.5, last + 0.5);
        time->setTickType(QValueAxis::TicksDynamic);
        time->setTickAnchor(0);
        time->setTickInterval(yearStep(last - first));
        if (isUnitScale(kind)) {
            setUnitAxis(values, 0.2);
        } else {
            if (low > high) {
                low = 0;
                high = 1;
            }
            // Some air above and below; minutes need less of it than BPM or dB.
            const double pad = std::max((high - low) * 0.1, kind == FeatureKind::Duration ? 0.25 : 1.0);
            values->setRange(low - pad, high + pad);
            values->applyNiceNumbers();
            values->setLabelFormat(QStringLiteral("%g")); // "120", "-7.5", "3.5": no decimals it does not need
        }
        return chart;
    };
    ChartTable table;
    table.header = {QStringLiteral("artist"), QStringLiteral("release_year"), QStringLiteral("average"),
                    QStringLiteral("tracks")};
    for (std::size_t a = 0; a < artists.size(); ++a) {
        for (const auto& [year, mean] : years[a]) {
            table.rows << QStringList{artists[a].artistName, QString::number(year), csvNumber(mean.value()),
                                      QString::number(mean.count)};
        }
    }
    return qtChartContent(title, make, std::move(table));
}

} // namespace tunescope::ui
