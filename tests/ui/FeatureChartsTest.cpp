#include "charts/FeatureCharts.h"
#include "AppTranslators.h"
#include "TestSupport.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QStyleFactory>
#include <QValueAxis>
#include <QtTest>

#include <memory>
#include <random>

using namespace tunescope;
using ui::FeatureKind;

namespace {

enrich::TrackFeatures measured(enrich::FeatureSource source, std::optional<double> energy,
                               std::optional<double> valence, std::optional<double> tempo,
                               std::optional<double> danceability = std::nullopt)
{
    enrich::TrackFeatures t;
    t.source = source;
    t.features.energy = energy;
    t.features.valence = valence;
    t.features.tempo = tempo;
    t.features.danceability = danceability;
    return t;
}

// Two small discographies. Alpha Band: one track measured by an imported dataset (energy exactly
// on a bin edge, no valence) and one never measured. Beta & <Co>: two tracks on the same spot of
// the scatter and one without a release year. The name needs escaping in HTML titles.
std::vector<ui::ArtistFeatures> twoArtists()
{
    using enrich::FeatureSource;
    ui::ArtistFeatures alpha{QStringLiteral("Alpha Band"), {}};
    alpha.tracks.push_back({QStringLiteral("Low Tide"), QStringLiteral("First"), 2001,
                            measured(FeatureSource::ReccoBeats, 0.15, 0.2, 95, 0.5)});
    alpha.tracks.push_back({QStringLiteral("High Noon"), QStringLiteral("First"), 2001,
                            measured(FeatureSource::ReccoBeats, 0.85, 0.9, 128, 0.7)});
    alpha.tracks.push_back({QStringLiteral("Edge Case"), QStringLiteral("Second"), 2005,
                            measured(FeatureSource::Dataset, 0.3, std::nullopt, 131)});
    alpha.tracks.push_back({QStringLiteral("Unmeasured"), QStringLiteral("Second"), 2005, enrich::TrackFeatures{}});
    ui::ArtistFeatures beta{QStringLiteral("Beta & <Co>"), {}};
    beta.tracks.push_back({QStringLiteral("Same Spot A"), QStringLiteral("Beta LP"), 2010,
                           measured(FeatureSource::ReccoBeats, 0.4, 0.6, 100)});
    beta.tracks.push_back({QStringLiteral("Same Spot B"), QStringLiteral("Beta LP"), 2010,
                           measured(FeatureSource::ReccoBeats, 0.4, 0.6, 104)});
    beta.tracks.push_back({QStringLiteral("No Year"), QStringLiteral("Loose"), std::nullopt,
                           measured(FeatureSource::ReccoBeats, 0.45, 0.5, std::nullopt)});
    return {alpha, beta};
}

// A bigger, made-up discography for the pictures a person looks at: values spread like real
// ones, some tracks unmeasured, some from an imported dataset.
ui::ArtistFeatures generated(const QString& name, int tracks, double energyCentre, int firstYear, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> around(0, 0.15);
    std::uniform_real_distribution<double> unit(0, 1);
    auto clampUnit = [](double v) { return std::clamp(v, 0.0, 1.0); };
    ui::ArtistFeatures artist{name, {}};
    for (int i = 0; i < tracks; ++i) {
        ui::FeaturedTrack track{QStringLiteral("Track %1").arg(i + 1),
                                QStringLiteral("Album %1").arg(i / 10 + 1),
                                firstYear + (i / 10) * 3,
                                {}};
        if (i % 9 != 4) { // every ninth track is unmeasured
            auto& f = track.features.features;
            track.features.source = i % 5 == 0 ? enrich::FeatureSource::Dataset : enrich::FeatureSource::ReccoBeats;
            f.energy = clampUnit(energyCentre + around(random));
            f.valence = clampUnit(0.5 + around(random) * 1.5);
            f.danceability = clampUnit(0.55 + around(random));
            f.acousticness = clampUnit(1 - energyCentre + around(random));
            f.instrumentalness = clampUnit(unit(random) * 0.3);
            f.speechiness = clampUnit(0.05 + unit(random) * 0.1);
            f.liveness = clampUnit(0.1 + unit(random) * 0.3);
            f.tempo = 90 + energyCentre * 60 + around(random) * 100;
            f.loudness = -14 + energyCentre * 8 + around(random) * 10;
            f.durationMs = static_cast<std::int64_t>(180'000 + around(random) * 300'000);
        }
        artist.tracks.push_back(track);
    }
    return artist;
}

// The chart the panel would show, deleted with the test.
std::unique_ptr<QChart> chartOf(const ui::ChartContent& content)
{
    return std::unique_ptr<QChart>(content.makeChart());
}

QString axisTitle(QChart& chart, Qt::Orientation orientation)
{
    const auto axes = chart.axes(orientation);
    return axes.isEmpty() ? QString() : axes.front()->titleText();
}

QStringList row(const ui::ChartContent& content, const QString& first, const QString& second)
{
    for (const auto& r : content.table.rows) {
        if (r.size() > 1 && r[0] == first && r[1] == second) {
            return r;
        }
    }
    return {};
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 142, 201));
    return p;
}

} // namespace

// The charts of the artist page, built from features with gaps: missing values are left out and
// counted, the source is named, and two artists get a series each.
class FeatureChartsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        ui::installTranslators(QLocale(QLocale::English)); // the app's plural forms: "1 track", "2 tracks"
    }

    void labelsNameTheUnit()
    {
        QCOMPARE(ui::featureLabel(FeatureKind::Tempo), QStringLiteral("Tempo (BPM)"));
        QCOMPARE(ui::featureLabel(FeatureKind::Energy), QStringLiteral("Energy"));
        QCOMPARE(ui::featureLabel(FeatureKind::Loudness), QStringLiteral("Loudness (dB)"));
        enrich::AudioFeatures f;
        f.durationMs = 150'000;
        QCOMPARE(ui::featureValue(f, FeatureKind::Duration), std::optional<double>(2.5));
        QVERIFY(!ui::featureValue(f, FeatureKind::Energy).has_value());
    }

    void energyHistogramCountsBinsAndLeavesOutMissing()
    {
        const auto content = ui::buildFeatureHistogram(twoArtists(), FeatureKind::Energy);
        QCOMPARE(content.title, QStringLiteral("Energy distribution — Alpha Band vs Beta & <Co>"));
        const auto chart = chartOf(content);
        // The legend names the artists; the heading stays short enough not to be cut.
        QVERIFY(!chart->title().contains(QStringLiteral("Alpha Band")));
        // "Unmeasured" and nothing else is missing energy.
        QVERIFY2(chart->title().contains(QStringLiteral("6 of 7 tracks")), qPrintable(chart->title()));
        QVERIFY2(chart->title().contains(QStringLiteral("Sources: ReccoBeats 5, Imported dataset 1")),
                 qPrintable(chart->title()));
        QCOMPARE(axisTitle(*chart, Qt::Horizontal), QStringLiteral("Energy"));
        QCOMPARE(axisTitle(*chart, Qt::Vertical), QStringLiteral("tracks"));
        // Edges 0.0 to 1.0 under the bars' borders.
        auto* edges = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).front());
        QCOMPARE(edges->categoriesLabels().size(), 11);
        QCOMPARE(edges->categoriesLabels()[3], QStringLiteral("0.3"));
        QCOMPARE(edges->categoriesLabels().back(), QStringLiteral("1.0"));

        // One bar set per artist, named with its own coverage.
        auto* series = qobject_cast<QBarSeries*>(chart->series().front());
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets()[0]->label(), QStringLiteral("Alpha Band (3 of 4)"));
        // Legend labels are HTML.
        QCOMPARE(series->barSets()[1]->label(), QStringLiteral("Beta &amp; &lt;Co&gt; (3 of 3)"));
        QVERIFY(chart->legend()->isVisible());
        series->hovered(true, 3, series->barSets()[0]);
        QCOMPARE(chart->toolTip(), QStringLiteral("Alpha Band: 1 track with energy 0.3–0.4"));

        // 0.3 lands in 0.3-0.4, not below; the unmeasured track is in no bin.
        QCOMPARE(content.table.header, (QStringList{"artist", "from", "to", "tracks"}));
        QCOMPARE(content.table.rows.size(), 20);
        QCOMPARE(row(content, "Alpha Band", "0.1").value(3), QStringLiteral("1"));
        QCOMPARE(row(content, "Alpha Band", "0.3").value(3), QStringLiteral("1"));
        QCOMPARE(row(content, "Alpha Band", "0.2").value(3), QStringLiteral("0"));
        QCOMPARE(row(content, "Alpha Band", "0.8").value(3), QStringLiteral("1"));
        QCOMPARE(row(content, "Alpha Band", "0").value(3), QStringLiteral("0"));
        QCOMPARE(row(content, "Beta & <Co>", "0.4").value(3), QStringLiteral("3"));
        int alphaTotal = 0;
        for (const auto& r : content.table.rows) {
            alphaTotal += r[0] == QStringLiteral("Alpha Band") ? r[3].toInt() : 0;
        }
        QCOMPARE(alphaTotal, 3);
    }

    void tempoHistogramUsesRoundBinsOverTheRange()
    {
        const auto content = ui::buildFeatureHistogram(twoArtists(), FeatureKind::Tempo);
        const auto chart = chartOf(content);
        QCOMPARE(axisTitle(*chart, Qt::Horizontal), QStringLiteral("Tempo (BPM)"));
        // 95 to 131 BPM in 5 BPM bins.
        auto* edges = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).front());
        QCOMPARE(edges->categoriesLabels().front(), QStringLiteral("95"));
        QCOMPARE(edges->categoriesLabels().back(), QStringLiteral("135"));
        QCOMPARE(row(content, "Beta & <Co>", "100").value(3), QStringLiteral("2"));
        QCOMPARE(row(content, "Alpha Band", "130").value(3), QStringLiteral("1"));
        // "No Year" has no tempo, "Unmeasured" nothing: 5 of 7.
        QVERIFY2(chart->title().contains(QStringLiteral("5 of 7 tracks")), qPrintable(chart->title()));
    }

    void averagesAreOverTheTracksThatHaveTheFeature()
    {
        const auto content = ui::buildFeatureAverages(twoArtists());
        QCOMPARE(content.title, QStringLiteral("Average audio features — Alpha Band vs Beta & <Co>"));
        const auto chart = chartOf(content);
        QVERIFY2(chart->title().contains(QStringLiteral("6 of 7 tracks")), qPrintable(chart->title()));
        // Only features somebody has are barred: no row of zeros for acousticness.
        // Sideways bars, listed from the top.
        auto* categories = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).front());
        QCOMPARE(categories->categories(), (QStringList{"Valence", "Energy", "Danceability"}));
        QCOMPARE(axisTitle(*chart, Qt::Horizontal), QStringLiteral("average (0 to 1)"));
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().front());
        QCOMPARE(series->count(), 2);
        QVERIFY(series->barSets()[0]->label().contains(QStringLiteral("118 BPM"))); // (95 + 128 + 131) / 3

        // Energy over 3 Alpha tracks (the unmeasured one is not a zero), danceability over 2.
        QCOMPARE(row(content, "Alpha Band", "Energy").value(2), QStringLiteral("0.4333333333")); // 1.3 / 3
        QCOMPARE(row(content, "Alpha Band", "Energy").value(3), QStringLiteral("3"));
        QCOMPARE(row(content, "Alpha Band", "Energy").value(4), QStringLiteral("4"));
        QCOMPARE(row(content, "Alpha Band", "Danceability").value(2), QStringLiteral("0.6"));
        QCOMPARE(row(content, "Alpha Band", "Danceability").value(3), QStringLiteral("2"));
        QCOMPARE(row(content, "Beta & <Co>", "Valence").value(2), QStringLiteral("0.5666666667")); // 1.7 / 3
        QCOMPARE(row(content, "Beta & <Co>", "Tempo (BPM)").value(2), QStringLiteral("102"));
        QVERIFY(row(content, "Beta & <Co>", "Danceability").isEmpty()); // missing, not 0

        // Hovering Beta's energy bar explains it.
        series->hovered(true, 1, series->barSets()[1]);
        QCOMPARE(chart->toolTip(), QStringLiteral("Beta & <Co>: energy 0.42, average of 3 tracks"));
        series->hovered(true, 2, series->barSets()[1]);
        QCOMPARE(chart->toolTip(), QStringLiteral("Beta & <Co>: no danceability data"));
    }

    void scatterNamesTheTracksUnderEachDot()
    {
        const auto content = ui::buildEnergyValenceScatter(twoArtists());
        const auto chart = chartOf(content);
        QCOMPARE(axisTitle(*chart, Qt::Horizontal), QStringLiteral("Valence (sad → happy)"));
        QCOMPARE(axisTitle(*chart, Qt::Vertical), QStringLiteral("Energy (calm → loud)"));
        // "Edge Case" lacks valence, "Unmeasured" everything; only ReccoBeats tracks are drawn.
        QVERIFY2(chart->title().contains(QStringLiteral("5 of 7 tracks · Source: ReccoBeats")),
                 qPrintable(chart->title()));
        QCOMPARE(chart->series().size(), 2);
        auto* alpha = qobject_cast<QScatterSeries*>(chart->series()[0]);
        auto* beta = qobject_cast<QScatterSeries*>(chart->series()[1]);
        QCOMPARE(alpha->count(), 2);
        QCOMPARE(beta->count(), 3);
        QCOMPARE(alpha->name(), QStringLiteral("Alpha Band (2 of 4)"));

        QCOMPARE(content.table.rows.size(), 5);
        QCOMPARE(row(content, "Alpha Band", "Low Tide"),
                 (QStringList{"Alpha Band", "Low Tide", "First", "2001", "0.2", "0.15", "ReccoBeats"}));
        QCOMPARE(row(content, "Beta & <Co>", "No Year").value(3), QString());
        QVERIFY(row(content, "Alpha Band", "Edge Case").isEmpty());

        // Both tracks on one spot are named, with the artist.
        beta->hovered(QPointF(0.6, 0.4), true);
        const QString tip = chart->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Same Spot A — Beta LP (2010)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Same Spot B")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Beta & <Co>")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("No Year")));
        beta->hovered(QPointF(0.6, 0.4), false);
        QVERIFY(chart->toolTip().isEmpty());
    }

    void yearsAverageEachReleaseYear()
    {
        const auto content = ui::buildFeaturesOverYears(twoArtists(), FeatureKind::Energy);
        QCOMPARE(content.title, QStringLiteral("Energy by release year — Alpha Band vs Beta & <Co>"));
        const auto chart = chartOf(content);
        QCOMPARE(axisTitle(*chart, Qt::Horizontal), QStringLiteral("release year"));
        QCOMPARE(axisTitle(*chart, Qt::Vertical), QStringLiteral("Energy"));
        // "No Year" has energy but no year; "Unmeasured" a year but no energy.
        QVERIFY2(chart->title().contains(QStringLiteral("5 of 7 tracks")), qPrintable(chart->title()));
        QVERIFY2(chart->title().contains(QStringLiteral("Sources: ReccoBeats 4, Imported dataset 1")),
                 qPrintable(chart->title()));
        QCOMPARE(content.table.rows, (QList<QStringList>{{"Alpha Band", "2001", "0.5", "2"},
                                                         {"Alpha Band", "2005", "0.3", "1"},
                                                         {"Beta & <Co>", "2010", "0.4", "2"}}));
        auto* alpha = qobject_cast<QLineSeries*>(chart->series()[0]);
        QCOMPARE(alpha->points(), (QList<QPointF>{{2001, 0.5}, {2005, 0.3}}));
        auto* years = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).front());
        QVERIFY(years->min() < 2001 && years->max() > 2010);
        alpha->hovered(QPointF(2001.1, 0.49), true);
        QCOMPARE(chart->toolTip(), QStringLiteral("Alpha Band, 2001: energy 0.50, average of 2 tracks"));
    }

    void oneArtistNeedsNoLegendAndNamesItsSource()
    {
        auto artists = twoArtists();
        const auto alpha = ui::buildFeatureHistogram({artists.front()}, FeatureKind::Energy);
        QCOMPARE(alpha.title, QStringLiteral("Energy distribution — Alpha Band"));
        const auto chart = chartOf(alpha);
        QVERIFY(!chart->legend()->isVisible());
        QVERIFY2(chart->title().contains(QStringLiteral("Energy distribution — Alpha Band")),
                 qPrintable(chart->title()));
        QVERIFY2(chart->title().contains(QStringLiteral("3 of 4 tracks · Sources: ReccoBeats 2, Imported dataset 1")),
                 qPrintable(chart->title()));
        // The heading is HTML: the name is escaped, not read as a tag.
        const auto beta = chartOf(ui::buildEnergyValenceScatter({artists.back()}));
        QVERIFY2(beta->title().contains(QStringLiteral("Beta &amp; &lt;Co&gt;")), qPrintable(beta->title()));
        QVERIFY2(beta->title().contains(QStringLiteral("3 of 3 tracks · Source: ReccoBeats")),
                 qPrintable(beta->title()));
    }

    void noFeaturesYetStillDrawsAnHonestEmptyChart()
    {
        std::vector<ui::ArtistFeatures> artists{{QStringLiteral("Quiet"), {}}};
        artists[0].tracks.push_back({QStringLiteral("Only"), QStringLiteral("One"), 2020, enrich::TrackFeatures{}});
        for (const auto& content :
             {ui::buildFeatureHistogram(artists, FeatureKind::Tempo), ui::buildFeatureAverages(artists),
              ui::buildEnergyValenceScatter(artists), ui::buildFeaturesOverYears(artists, FeatureKind::Loudness)}) {
            const auto chart = chartOf(content);
            QVERIFY2(chart->title().contains(QStringLiteral("0 of 1 tracks · no feature data yet")),
                     qPrintable(chart->title()));
            QVERIFY(!content.title.isEmpty());
            QVERIFY(content.table.rows.isEmpty()); // no bins, means or dots made of nothing
            QVERIFY(!renderChartImage(content, QSize(600, 400)).isNull());
        }
    }

    void everyChartRendersAndExports()
    {
        const auto small = twoArtists();
        const std::vector<ui::ArtistFeatures> bigger{
            generated(QStringLiteral("The Paper Lanterns"), 45, 0.65, 2004, 7),
            generated(QStringLiteral("Mira Calloway and the Extraordinarily Long Band Name"), 30, 0.4, 2011, 11),
            generated(QStringLiteral("Ostinato"), 20, 0.8, 2016, 13)};
        const QString dir = qEnvironmentVariable("TUNESCOPE_SCREENSHOT_DIR");
        for (const auto* artists : {&small, &bigger}) {
            const std::vector<std::pair<QString, ui::ChartContent>> charts{
                {"histogram-energy", ui::buildFeatureHistogram(*artists, FeatureKind::Energy)},
                {"histogram-tempo", ui::buildFeatureHistogram(*artists, FeatureKind::Tempo)},
                {"histogram-loudness", ui::buildFeatureHistogram(*artists, FeatureKind::Loudness)},
                {"averages", ui::buildFeatureAverages(*artists)},
                {"scatter", ui::buildEnergyValenceScatter(*artists)},
                {"years-valence", ui::buildFeaturesOverYears(*artists, FeatureKind::Valence)},
                {"years-tempo", ui::buildFeaturesOverYears(*artists, FeatureKind::Tempo)}};
            for (const auto& [name, content] : charts) {
                const QImage image = renderChartImage(content, QSize(900, 560));
                QVERIFY2(distinctColours(image) > 20, qPrintable(name + QStringLiteral(" looks blank")));
                if (!dir.isEmpty()) {
                    const QString prefix = artists == &small ? QStringLiteral("small-") : QStringLiteral("three-");
                    QVERIFY(image.save(dir + QLatin1Char('/') + prefix + name + QStringLiteral(".png")));
                    // As a panel in a narrow window shows it.
                    QVERIFY(renderChartImage(content, QSize(620, 380))
                                .save(dir + QStringLiteral("/narrow-") + prefix + name + QStringLiteral(".png")));
                }
            }
        }
        // The panel shows them like any other chart and exports the data behind them.
        testing::TempDir out;
        ui::ChartPanel panel(QStringLiteral("scatterChart"));
        panel.setContent(ui::buildEnergyValenceScatter(small));
        const QString csv = QString::fromStdString((out.path() / "scatter.csv").string());
        QString error;
        QVERIFY2(panel.exportCsv(csv, &error), qPrintable(error));
        QVERIFY(QString::fromStdString(testing::readFile(out.path() / "scatter.csv")).contains("Same Spot B"));
    }

    void darkPaletteRendersToo()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        const std::vector<ui::ArtistFeatures> artists{
            generated(QStringLiteral("The Paper Lanterns"), 45, 0.65, 2004, 7),
            generated(QStringLiteral("Ostinato"), 20, 0.8, 2016, 13)};
        const QString dir = qEnvironmentVariable("TUNESCOPE_SCREENSHOT_DIR");
        for (const auto& [name, content] : std::vector<std::pair<QString, ui::ChartContent>>{
                 {"dark-averages", ui::buildFeatureAverages(artists)},
                 {"dark-scatter", ui::buildEnergyValenceScatter(artists)}}) {
            const QImage image = renderChartImage(content, QSize(900, 560));
            if (!dir.isEmpty()) {
                QVERIFY(image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
            }
            // The dark theme paints its own background over the white canvas.
            QVERIFY(qGray(image.pixel(image.width() / 2, 30)) < 128);
            QVERIFY(distinctColours(image) > 20);
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(FeatureChartsTest)
#include "FeatureChartsTest.moc"
