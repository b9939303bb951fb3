#include "MainWindow.h"

#include "ChartFixtures.h"
#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "dialogs/ChartImportController.h"
#include "ingest/ChartImport.h"
#include "ingest/HistoryImporter.h"
#include "models/ChartEntriesModel.h"
#include "pages/ChartsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace tunescope;

namespace {

QString fixturePath(const char* name)
{
    return QString::fromStdString(testing::fixture(std::string("charts/") + name).string());
}

QString text(const QWidget& root, const char* name)
{
    auto* label = root.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

void saveScreenshot(QWidget& window, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.grab().save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

// The Charts page in the real window, offscreen: import through File > Import Spotify Charts (the
// file dialog and the "which chart" dialog replaced), pick a chart, read its KPIs, search the
// table, follow a song, and the user's own plays against the charts.
class ChartsPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::ChartImportController::showReport = [this](QWidget*, const QString& report) { lastReport_ = report; };
    }

    void anEmptyProfileExplainsWhereChartsComeFromAndOffersTheImport()
    {
        testing::TempDir data;
        ui::MainWindow window(session(data));
        window.show();
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::Charts);
        auto* empty = window.findChild<QLabel*>(QStringLiteral("chartsEmpty"));
        QVERIFY(empty != nullptr);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("charts.spotify.com")));
    }

    void importedChartsShowTheirKpisTableAndASongsPath()
    {
        testing::TempDir data;
        ui::MainWindow window(session(data));
        window.resize(1400, 950);
        window.show();
        auto* page = window.chartsPage();
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::Charts);

        // One file names its chart; the other does not, and the user says it is the US weekly of 2023-01-12.
        testing::TempDir inputs;
        const auto weekly = QString::fromStdString(testing::writeUsWeekly(inputs).string());
        ui::ChartImportController::choosePaths = [weekly](QWidget*) {
            return QStringList{weekly, fixturePath("june-23.csv")};
        };
        QStringList asked;
        ui::ChartImportController::askIdentity = [&asked](QWidget*, const QStringList& files) {
            asked = files;
            ingest::ChartImportOptions said;
            said.region = "us";
            said.period = ingest::ChartPeriod::Weekly;
            said.date = parseCivilDate("2023-01-12");
            return std::optional(said);
        };
        QSignalSpy imported(window.chartImport(), &ui::ChartImportController::finished);
        window.findChild<QAction*>(QStringLiteral("actionImportCharts"))->trigger();
        QVERIFY(imported.wait(20000));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front().endsWith(QStringLiteral("june-23.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 20000);
        QVERIFY(lastReport_.contains(QStringLiteral("june-23.csv")));

        // Dates are listed newest first; the page keeps the chart on screen while more come in.
        auto* dates = window.findChild<QComboBox*>(QStringLiteral("chartsDate"));
        QTRY_COMPARE_WITH_TIMEOUT(dates->count(), 2, 20000);
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("chartsRegion"))->currentText(),
                 QStringLiteral("United States"));
        QCOMPARE(dates->itemData(0).toString(), QStringLiteral("2023-01-12"));
        // (Which date is current depends on which listing arrived first: wait for the model.)
        dates->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 20000);
        dates->setCurrentIndex(1); // 2023-01-05
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(text(window, "chartsKpiEntries"), QStringLiteral("3"), 20000);
        QCOMPARE(text(window, "chartsKpiStreams"), QLocale().toString(41'474'366LL + 30'000'000LL + 12'500'000LL));
        QCOMPARE(text(window, "chartsKpiArtists"), QStringLiteral("2"));
        QVERIFY(text(window, "chartsKpiTopSong").startsWith(QStringLiteral("Northern Lights")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto* table = window.findChild<QTableView*>(QStringLiteral("chartsTable"));
        window.findChild<QLineEdit*>(QStringLiteral("chartsSearch"))->setText(QStringLiteral("kiko"));
        QCOMPARE(table->model()->rowCount(), 2);
        window.findChild<QLineEdit*>(QStringLiteral("chartsSearch"))->clear();

        // Northern Lights was on both weeks: its path has two points.
        QSignalSpy path(page, &ui::ChartsPage::trajectoryShown);
        table->selectRow(0);
        table->selectRow(1);
        table->selectRow(0);
        QVERIFY(path.wait(20000) || !path.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page->chartPanels().at(1)->content().table.rows.size() == 2, 20000);
        QVERIFY(page->chartPanels().at(1)->content().title.contains(QStringLiteral("Northern Lights")));
        QCOMPARE(page->chartPanels().at(0)->content().table.rows.size(), 3);
        // Aurora Vale is on both weeks, with two songs (one featured) the first week.
        QTRY_VERIFY_WITH_TIMEOUT(page->chartPanels().at(2)->content().title.startsWith(QStringLiteral("Aurora Vale")),
                                 20000);
        const auto presence = page->chartPanels().at(2)->content().table.rows;
        QCOMPARE(presence.size(), 2);
        QCOMPARE(presence.at(0).at(1), QStringLiteral("2"));
        saveScreenshot(window, QStringLiteral("charts-page.png"));
        window.findChild<QTabWidget*>(QStringLiteral("chartsTabs"))->setCurrentIndex(1);
        saveScreenshot(window, QStringLiteral("charts-artist.png"));
    }

    void yourPlaysAgainstTheChartsFollowTheProfile()
    {
        testing::TempDir data;
        const auto profile = session(data);
        {
            auto db = profile.open();
            QVERIFY(db.ok());
            QVERIFY(!ingest::importCharts(*db, {testing::writeOldSiteDaily(data)}).anyRejected());
        }
        testing::TempDir inputs;
        const auto history = inputs.write("StreamingHistory0.json", R"([
  {"endTime" : "2016-12-20 10:00", "artistName" : "Aurora Vale", "trackName" : "Northern Lights", "msPlayed" : 200000},
  {"endTime" : "2017-01-02 10:00", "artistName" : "Somebody Else", "trackName" : "Not Charting", "msPlayed" : 200000}
])");
        {
            auto db = profile.open();
            QVERIFY(!ingest::importHistory(*db, {history}).anyRejected());
        }
        ui::MainWindow window(profile);
        window.show();
        auto* page = window.chartsPage();
        QSignalSpy taste(page, &ui::ChartsPage::tasteShown);
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::Charts);
        QTRY_VERIFY_WITH_TIMEOUT(!taste.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(text(window, "chartTasteSummary").startsWith(QStringLiteral("50")), 20000);
        auto* early = window.findChild<QTreeWidget*>(QStringLiteral("chartEarlyFinds"));
        QCOMPARE(early->topLevelItemCount(), 1);
        QVERIFY(early->topLevelItem(0)->text(0).startsWith(QStringLiteral("Northern Lights")));
        QCOMPARE(early->topLevelItem(0)->text(3), QStringLiteral("12"));
        QCOMPARE(window.findChild<QTreeWidget*>(QStringLiteral("chartUnplayedHits"))->topLevelItemCount(), 2);
    }

    void theDemoProfileHasChartsItsListenerWasEarlyFor()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                                 TimeZone::utc()));
        window.resize(1400, 950);
        window.show();
        auto* page = window.chartsPage();
        QSignalSpy taste(page, &ui::ChartsPage::tasteShown);
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::Charts);
        QTRY_VERIFY_WITH_TIMEOUT(!taste.isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 100, 20000);
        QVERIFY(window.findChild<QTreeWidget*>(QStringLiteral("chartEarlyFinds"))->topLevelItemCount() > 5);
        QTRY_VERIFY_WITH_TIMEOUT(page->chartPanels().at(1)->content().table.rows.size() > 1, 20000);
        saveScreenshot(window, QStringLiteral("charts-demo.png"));
        window.findChild<QTabWidget*>(QStringLiteral("chartsTabs"))->setCurrentIndex(2);
        saveScreenshot(window, QStringLiteral("charts-demo-taste.png"));
    }

private:
    static ui::ProfileSession session(const testing::TempDir& data)
    {
        return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                  TimeZone::utc());
    }

    QString lastReport_;
};

QTEST_MAIN(ChartsPageTest)
#include "ChartsPageTest.moc"
