#include "MainWindow.h"

#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "dialogs/ImportController.h"
#include "ingest/HistoryImporter.h"
#include "models/HistoryModel.h"
#include "pages/ComparePage.h"
#include "pages/GenresPage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/QueryPage.h"
#include "widgets/RangeSelection.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <fstream>

using namespace tunescope;

namespace {

const char* const kExport = R"([
  {"endTime" : "2024-03-09 23:50", "artistName" : "The Paper Lanterns", "trackName" : "Glass Harbor", "msPlayed" : 200000},
  {"endTime" : "2024-03-10 12:00", "artistName" : "Mira Calloway", "trackName" : "Quiet Engine", "msPlayed" : 30000},
  {"endTime" : "2024-03-10 12:01", "artistName" : "Mira Calloway", "trackName" : "Velvet Kite", "msPlayed" : 10000}
])";

QString kpi(const QWidget& window, const char* name)
{
    auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

std::int64_t playsBetween(const ui::ProfileSession& session, analytics::DateRange range)
{
    auto db = session.open();
    auto totals = analytics::queryTotals(*db, analytics::resolvePeriod(range, session.zone()));
    return totals ? totals->plays : -1;
}

} // namespace

// Drives the real main window by objectName, offscreen, on the demo profile and a fixture.
class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowAppearsWithItsDataOrWithTheReasonThereIsNone()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                                 TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.showWhenFilled();
        QVERIFY(!window.isVisible()); // no empty frame first
        QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.isVisible());
        QVERIFY(!kpi(window, "kpiPlays").isEmpty() && kpi(window, "kpiPlays") != QStringLiteral("—"));

        // A data folder that cannot be opened: the window still comes, saying why.
        const auto notAFolder = data.path() / "file";
        std::ofstream(notAFolder) << "x";
        ui::MainWindow broken(ui::ProfileSession(ui::GuiOptions{notAFolder.string(), std::nullopt, std::nullopt, false},
                                                 TimeZone::utc()));
        broken.showWhenFilled(std::chrono::milliseconds(5000));
        QTRY_VERIFY_WITH_TIMEOUT(broken.isVisible(), 4000);
        QVERIFY(!broken.statusBar()->currentMessage().isEmpty());
    }

    void theNextStartPaintsTheLastOverviewAtOnceThenTheFreshOne()
    {
        QSettings().clear(); // all time, by plays
        testing::TempDir data;
        testing::TempDir inputs;
        const ui::ProfileSession own(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                     TimeZone::utc());
        {
            auto db = own.open();
            QVERIFY(db.ok());
            const auto report = ingest::importHistory(*db, {inputs.write("StreamingHistory0.json", kExport)});
            QCOMPARE(report.totalAdded(), std::size_t{3});
        }
        const auto cacheFile = own.overviewCacheFile();
        {
            ui::MainWindow first(own);
            QSignalSpy shown(&first, &ui::MainWindow::overviewShown);
            first.show();
            QVERIFY2(shown.wait(10000), qPrintable(first.statusBar()->currentMessage()));
            QCOMPARE(kpi(first, "kpiPlays"), QStringLiteral("2"));
        }
        QThreadPool::globalInstance()->waitForDone(); // every load of the first window has written
        QVERIFY(std::filesystem::exists(cacheFile));
        // The cache is what the next start paints first: doctor its play count to tell it apart.
        std::string text = testing::readFile(cacheFile);
        const auto totals = text.find("\"totals\":[2,");
        QVERIFY(totals != std::string::npos);
        text.replace(totals, 12, "\"totals\":[777,");
        std::ofstream(cacheFile, std::ios::trunc) << text;

        ui::MainWindow second(own);
        QStringList painted; // the plays figure each time the Overview's first screen is filled
        connect(second.overviewPage(), &ui::OverviewPage::firstScreenFilled, this,
                [&] { painted << kpi(second, "kpiPlays"); });
        second.showWhenFilled();
        QTRY_VERIFY2_WITH_TIMEOUT(painted.size() == 2, qPrintable(painted.join(u',')), 10000);
        QCOMPARE(painted, (QStringList{QStringLiteral("777"), QStringLiteral("2")})); // the cache first, then the truth
        QVERIFY(second.isVisible());
        QCOMPARE(testing::readFile(cacheFile).find("\"totals\":[777,"), std::string::npos); // and kept
    }

    void rangeAndMetricChangeWhatTheChartsShow()
    {
        testing::TempDir data;
        ui::ProfileSession demo(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                TimeZone::utc());
        ui::MainWindow window(demo);
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
        const QLocale locale;
        QCOMPARE(kpi(window, "kpiPlays"), locale.toString(static_cast<qlonglong>(playsBetween(demo, {}))));

        // Custom dates: the first quarter of 2025 only.
        QVERIFY(window.findChild<QDateEdit*>(QStringLiteral("rangeFrom")) == nullptr); // built when first needed
        window.findChild<QComboBox*>(QStringLiteral("rangePreset"))->setCurrentIndex(ui::RangeSelection::Custom);
        window.findChild<QDateEdit*>(QStringLiteral("rangeFrom"))->setDate(QDate(2025, 1, 1));
        window.findChild<QDateEdit*>(QStringLiteral("rangeTo"))->setDate(QDate(2025, 3, 31));
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        while (shown.wait(500)) {
        }
        const auto quarter = playsBetween(demo, {CivilDate{2025, 1, 1}, CivilDate{2025, 3, 31}});
        QVERIFY(quarter > 0 && quarter < playsBetween(demo, {}));
        QCOMPARE(kpi(window, "kpiPlays"), locale.toString(static_cast<qlonglong>(quarter)));

        // Minutes: the charts rank by listening time.
        window.findChild<QToolButton*>(QStringLiteral("metricMinutes"))->click();
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        auto* panel = window.findChild<ui::ChartPanel*>(QStringLiteral("topArtistsChart"));
        QVERIFY(panel);
        QCOMPARE(panel->content().title, QStringLiteral("Top artists by listening time"));
    }

    void exportedPngHasTheChosenSizeAndIsNotBlank()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                                 TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
        auto* panel = window.findChild<ui::ChartPanel*>(QStringLiteral("heatmapChart"));
        QVERIFY(panel);
        const QString file = QString::fromStdString((data.path() / "heatmap.png").string());
        ui::ChartPanel::askPngSize = [](QWidget*, QSize) { return std::optional<QSize>(QSize(1000, 480)); };
        ui::ChartPanel::saveFileName = [file](QWidget*, const QString&, const QString&, const QString&) {
            return file;
        };
        QString error;
        QVERIFY2(
            panel->exportPng(QString::fromStdString((data.path() / "direct.png").string()), QSize(640, 400), &error),
            qPrintable(error));
        QSignalSpy exported(panel, &ui::ChartPanel::exported);
        // The toolbar button's menu, first entry: "Export as PNG…".
        panel->findChild<QToolButton*>()->menu()->actions().first()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 5000);
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1000, 480));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, "the exported chart looks blank");
    }

    void importFromTheMenuLandsInTheOwnProfileAndShowsIt()
    {
        testing::TempDir data;
        testing::TempDir inputs;
        const auto file = inputs.write("StreamingHistory0.json", kExport);
        ui::MainWindow::chooseImportPaths = [file](QWidget*, bool) {
            return QStringList{QString::fromStdString(file.string())};
        };
        std::optional<ingest::ImportReport> shownReport;
        ui::ImportController::showReport = [&shownReport](QWidget*, const ingest::ImportReport& r) { shownReport = r; };

        ui::MainWindow window(ui::ProfileSession(
            ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        // A new profile starts on the empty state that explains how to get the export.
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());

        QSignalSpy finished(window.importController(), &ui::ImportController::finished);
        window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY(shownReport.has_value());
        QCOMPARE(shownReport->totalAdded(), std::size_t{3});
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(kpi(window, "kpiPlays"), QStringLiteral("2")); // the 10 s row is no play
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());

        // History (loaded when first opened) lists every row, skips too, and filters by search.
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::History);
        auto* history = window.findChild<ui::HistoryPage*>(QStringLiteral("historyPage"));
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 3, 10000);
        QSignalSpy loaded(history, &ui::HistoryPage::loaded);
        history->findChild<QLineEdit*>(QStringLiteral("historySearch"))->setText(QStringLiteral("calloway"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, ui::HistoryModel::Artist).data().toString(),
                 QStringLiteral("Mira Calloway"));
    }

    void travelAwareHoursMoveAPlayAbroadToTheLocalHourAndCompareHasItsPage()
    {
        testing::TempDir data;
        testing::TempDir inputs;
        // A play in Tokyo that started 00:00 UTC: midnight in UTC, 09:00 where it was heard.
        const auto file = inputs.write("Streaming_History_Audio_2024.json", R"json([{"ts": "2024-05-03T00:04:00Z",
            "platform": "iOS 17.1 (iPhone15,2)", "ms_played": 240000, "conn_country": "JP",
            "master_metadata_track_name": "Tide", "master_metadata_album_artist_name": "Mira Sol",
            "master_metadata_album_album_name": "Shore", "spotify_track_uri": "spotify:track:0000000000000000000001",
            "reason_start": "clickrow", "reason_end": "trackdone", "shuffle": false, "skipped": false,
            "offline": false, "incognito_mode": false}])json");
        ui::MainWindow::chooseImportPaths = [file](QWidget*, bool) {
            return QStringList{QString::fromStdString(file.string())};
        };
        ui::ImportController::showReport = [](QWidget*, const ingest::ImportReport&) {};
        ui::MainWindow window(ui::ProfileSession(
            ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        QSignalSpy finished(window.importController(), &ui::ImportController::finished);
        window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));

        const auto playHour = [&window] {
            const auto& table = window.findChild<ui::ChartPanel*>(QStringLiteral("heatmapChart"))->content().table;
            for (const auto& row : table.rows) {
                if (row.value(2) == QStringLiteral("1")) {
                    return row.value(1).toInt();
                }
            }
            return -1;
        };
        QCOMPARE(playHour(), 0);
        auto* travelAware = window.findChild<QAction*>(QStringLiteral("actionTravelAware"));
        QVERIFY(travelAware && travelAware->isCheckable());
        travelAware->setChecked(true);
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(playHour(), 9);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("country of each play")));
        travelAware->setChecked(false); // the setting is remembered: leave it as other tests expect
        QVERIFY2(shown.wait(10000), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(playHour(), 0);

        // Compare has its entry after Insights, and Ctrl+7.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(ui::MainWindow::Compare)->text(), QStringLiteral("Compare"));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), int(ui::MainWindow::Compare));
        QVERIFY(window.comparePage()->isVisible());

        // The query console comes last, with Ctrl+8; the period does not apply to it.
        QCOMPARE(navigation->item(ui::MainWindow::Query)->text(), QStringLiteral("Query"));
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), int(ui::MainWindow::Query));
        QVERIFY(window.queryPage()->isVisible());
        QVERIFY(!window.findChild<QToolBar*>(QStringLiteral("periodToolbar"))->isEnabled());
    }

    void genresHaveTheirEntryAndCtrl4AndShowOnArtistsAndTheWindowRemembersThem()
    {
        testing::TempDir data;
        const ui::ProfileSession demo(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                      TimeZone::utc());
        {
            ui::MainWindow window(demo);
            QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
            window.show();
            QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
            // Hovering the top artist's bar (the last one: best on top) names its genres; so do its details.
            auto* view = qobject_cast<QChartView*>(window.overviewPage()->chartPanels().front()->view());
            auto* series = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().value(0));
            QVERIFY(series);
            auto* bars = series->barSets().front();
            emit series->hovered(true, bars->count() - 1, bars);
            QVERIFY2(view->toolTip().contains(QStringLiteral("Genres: ")), qPrintable(view->toolTip()));
            emit series->clicked(bars->count() - 1, bars);
            auto* details = window.findChild<QLabel*>(QStringLiteral("detailsGenres"));
            QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 10000);
            QVERIFY(details->text().startsWith(QStringLiteral("Genres: ")));

            auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QCOMPARE(navigation->item(ui::MainWindow::Genres)->text(), QStringLiteral("Genres"));
            // The other shortcuts keep their pages.
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), static_cast<int>(ui::MainWindow::SpotifyTop));

            QSignalSpy filled(window.genresPage(), &ui::GenresPage::filled);
            QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), static_cast<int>(ui::MainWindow::Genres));
            QVERIFY(window.genresPage()->isVisible());
            QVERIFY(window.findChild<QWidget*>(QStringLiteral("periodToolbar"))->isEnabled());
            QVERIFY(filled.wait(30000));
            auto* top = window.findChild<ui::ChartPanel*>(QStringLiteral("topGenresChart"));
            QCOMPARE(top->content().title, QStringLiteral("Top genres by plays"));
            // The metric toggle reaches the Genres page.
            window.findChild<QToolButton*>(QStringLiteral("metricMinutes"))->click();
            QVERIFY(filled.wait(30000));
            QCOMPARE(top->content().title, QStringLiteral("Top genres by listening time"));
            window.findChild<QToolButton*>(QStringLiteral("metricPlays"))->click();
            window.close(); // saves the page
        }
        ui::MainWindow again(demo);
        again.show();
        auto* navigation = again.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->currentRow(), static_cast<int>(ui::MainWindow::Genres));
        navigation->setCurrentRow(ui::MainWindow::Overview); // the next tests start where they expect
        again.close();
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
