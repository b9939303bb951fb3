#include "MainWindow.h"

#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "models/ChartEntriesModel.h"
#include "pages/ChartsPage.h"
#include "pages/GenresPage.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QtTest>

using namespace tunescope;

namespace {

QPalette darkPalette()
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

double luminance(QColor c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

// The window under a dark system palette: text stays readable against its background. With
// TUNESCOPE_SCREENSHOT_DIR set it also saves the window as PNG for a person to look at.
class DarkPaletteTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    void overviewIsReadableInDark()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                                 TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.resize(1280, 900);
        window.show();
        QVERIFY(shown.wait(30000));
        auto* label = window.findChild<QLabel*>(QStringLiteral("kpiPlays"));
        QVERIFY(label);
        const double text = luminance(label->palette().color(QPalette::WindowText));
        const double back = luminance(label->palette().color(QPalette::Window));
        QVERIFY2(text - back > 0.5, "KPI text is not readable on the dark background");
        QTest::qWait(300); // let the chart views lay out before the picture is taken
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/overview-dark.png")));
        }
    }

    void genresAreReadableInDarkWithTheirOwnColours()
    {
        testing::TempDir data;
        ui::GenresPage page;
        page.resize(1200, 860);
        page.show();
        QSignalSpy filled(&page, &ui::GenresPage::filled);
        page.setSource(
            ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true}, TimeZone::utc()),
            analytics::resolvePeriod({}, TimeZone::utc()), analytics::Metric::Minutes);
        QVERIFY(filled.wait(30000));
        auto* bars =
            qobject_cast<QChartView*>(page.findChild<ui::ChartPanel*>(QStringLiteral("topGenresChart"))->view());
        QVERIFY(bars && bars->chart()->theme() == QChart::ChartThemeDark);
        // The dark theme does not repaint the genres in its own few colours: the top genre's slice
        // and area keep the colour they have in light.
        auto* donut =
            qobject_cast<QChartView*>(page.findChild<ui::ChartPanel*>(QStringLiteral("genreDonutChart"))->view());
        auto* pie = qobject_cast<QPieSeries*>(donut->chart()->series().value(0));
        auto* areas =
            qobject_cast<QChartView*>(page.findChild<ui::ChartPanel*>(QStringLiteral("genresOverTimeChart"))->view());
        auto* first = qobject_cast<QAreaSeries*>(areas->chart()->series().value(0));
        QVERIFY(pie && first);
        QCOMPARE(pie->slices().value(0)->color(), first->color());
        QVERIFY(pie->slices().value(0)->color() != pie->slices().value(1)->color());
        QTest::qWait(300);
        if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(page.grab().toImage().save(QString::fromLocal8Bit(dir) + QStringLiteral("/genres-dark.png")));
        }
    }

    void theChartsPageIsReadableInDark()
    {
        testing::TempDir data;
        ui::ChartsPage page;
        page.resize(1300, 900);
        page.show();
        QSignalSpy taste(&page, &ui::ChartsPage::tasteShown);
        page.setRange(analytics::resolvePeriod({}, TimeZone::utc()), analytics::Metric::Plays);
        page.setSource(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                          TimeZone::utc()));
        QVERIFY(taste.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 20000);
        for (auto* panel : page.chartPanels()) {
            QTRY_VERIFY_WITH_TIMEOUT(panel->view() != nullptr, 20000);
            auto* view = qobject_cast<QChartView*>(panel->view());
            QVERIFY(view && view->chart()->theme() == QChart::ChartThemeDark);
        }
        auto* streams = page.findChild<QLabel*>(QStringLiteral("chartsKpiStreams"));
        QVERIFY(streams);
        QVERIFY(luminance(streams->palette().color(QPalette::WindowText)) -
                    luminance(streams->palette().color(QPalette::Window)) >
                0.5);
        QTest::qWait(300);
        if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(page.grab().toImage().save(QString::fromLocal8Bit(dir) + QStringLiteral("/charts-dark.png")));
        }
    }
};

QTEST_MAIN(DarkPaletteTest)
#include "DarkPaletteTest.moc"
