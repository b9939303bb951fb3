#include "charts/ChartBuilders.h"
#include "charts/HeatScale.h"
#include "charts/PaletteContrast.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <cstdlib>
#include <memory>

using namespace tunescope;

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette() // as in DarkPaletteTest: a typical desktop dark theme
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 142, 201));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette highContrastPalette() // white on black, cyan highlight (Windows' and KDE's high-contrast themes)
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button}) {
        p.setColor(role, Qt::black);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(role, Qt::white);
    }
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

QList<QColor> backgroundsOf(const QChart& chart)
{
    QList<QColor> colours;
    if (const QGradient* gradient = chart.backgroundBrush().gradient()) {
        for (const auto& stop : gradient->stops()) {
            colours << stop.second;
        }
    }
    return colours.isEmpty() ? QList<QColor>{chart.backgroundBrush().color()} : colours;
}

double worstContrast(const QColor& colour, const QList<QColor>& backgrounds)
{
    double worst = 21;
    for (const QColor& background : backgrounds) {
        worst = std::min(worst, ui::contrastRatio(colour, background));
    }
    return worst;
}

// Every text of a Qt chart at least 4.5:1 against its background, every bar at least 3:1.
void checkChart(const ui::ChartContent& content)
{
    QVERIFY(content.makeChart);
    const std::unique_ptr<QChart> chart(content.makeChart());
    const QList<QColor> backgrounds = backgroundsOf(*chart);
    const auto text = [&](const QColor& colour, const char* what) {
        const double ratio = worstContrast(colour, backgrounds);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 of “%2”: %3 on %4 is %5:1")
                                .arg(QLatin1String(what), content.title, colour.name(), backgrounds.front().name())
                                .arg(ratio, 0, 'f', 2)));
    };
    text(chart->titleBrush().color(), "title");
    text(chart->legend()->labelColor(), "legend");
    QVERIFY(!chart->axes().isEmpty());
    for (QAbstractAxis* axis : chart->axes()) {
        text(axis->labelsBrush().color(), "axis labels");
        text(axis->titleBrush().color(), "axis title");
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                const double ratio = worstContrast(set->color(), backgrounds);
                QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("bars of “%1”: %2 is %3:1")
                                                      .arg(content.title, set->color().name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }
}

std::vector<analytics::TopEntry> topArtists()
{
    std::vector<analytics::TopEntry> entries(5);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        entries[i].rank = static_cast<int>(i) + 1;
        entries[i].id = static_cast<std::int64_t>(i) + 1;
        entries[i].name = "Artist " + std::to_string(i + 1);
        entries[i].plays = 50 - 5 * static_cast<std::int64_t>(i);
        entries[i].msPlayed = entries[i].plays * 200'000;
    }
    return entries;
}

std::vector<analytics::TimelinePoint> sixMonths()
{
    std::vector<analytics::TimelinePoint> points;
    for (unsigned month = 1; month <= 6; ++month) {
        points.push_back({CivilDate{2024, month, 1}, 10 * static_cast<std::int64_t>(month), 0});
    }
    return points;
}

} // namespace

// The charts stay readable under the light and dark palettes and a high-contrast one (WCAG:
// text 4.5:1, graphics 3:1); under high contrast they take the palette's own colours.
class ChartContrastTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }
    void cleanupTestCase() { QApplication::setPalette(lightPalette()); }

    void chartsAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast") << highContrastPalette();
    }

    void chartsAreReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        checkChart(ui::buildTopChart(analytics::TopKind::Artists, topArtists(), analytics::Metric::Plays));
        checkChart(ui::buildTimelineChart(sixMonths(), analytics::Metric::Plays, analytics::Bucket::Month));
        // The heatmap draws with the palette itself: labels on the base, the busiest cell too.
        QVERIFY(ui::contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(ui::contrastRatio(ui::heatShade(palette, 1.0), palette.color(QPalette::Base)) >= 3.0);
    }

    void highContrastChartsUseThePalettesColours()
    {
        const QPalette palette = highContrastPalette();
        QVERIFY(ui::isHighContrast(palette));
        QVERIFY(!ui::isHighContrast(darkPalette()));
        QApplication::setPalette(palette);
        const std::unique_ptr<QChart> chart(
            ui::buildTopChart(analytics::TopKind::Artists, topArtists(), analytics::Metric::Plays).makeChart());
        QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::black));
        for (QAbstractAxis* axis : chart->axes()) {
            QCOMPARE(axis->labelsBrush().color(), QColor(Qt::white));
        }
    }

    void contrastFollowsTheWcagFormula()
    {
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ui::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5, true); // #777 on white: 4.48
        const QColor fixed = ui::withContrast(QColor(0x20, 0x9f, 0xdf), Qt::white, 3.0);
        QVERIFY(ui::contrastRatio(fixed, Qt::white) >= 3.0);
        QVERIFY(std::abs(fixed.hslHue() - QColor(0x20, 0x9f, 0xdf).hslHue()) <= 3); // the same blue, darker
    }
};

QTEST_MAIN(ChartContrastTest)
#include "ChartContrastTest.moc"
