#include "pages/InsightsPage.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "charts/CalendarHeatmap.h"
#include "charts/ChartPanel.h"
#include "store/PlayWriter.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QtTest>

#include <memory>
#include <set>

using namespace tunescope;

namespace {

constexpr std::int64_t kSecond = 1000;

ingest::PlayRecord play(const char* artist, const char* track, const char* endIso, std::int64_t ms)
{
    ingest::PlayRecord r;
    r.creator = artist;
    r.title = track;
    r.endedAt = parseIsoTimestamp(endIso).value_or(0);
    r.msPlayed = ms;
    r.shuffle = ingest::Flag::No;
    r.offline = ingest::Flag::No;
    return r;
}

// A week of listening around the spring DST change in Berlin (CET +1 until 2024-03-31 01:00 UTC,
// then CEST +2), a play in the autumn change's night, and one long evening on shuffle.
std::vector<ingest::PlayRecord> fixturePlays()
{
    std::vector<ingest::PlayRecord> plays = {
        // Session 1 (29 Mar): 11:56:40 - 12:05:00 UTC, 8 min 20 s; 440 s of music that day.
        play("Mira Sol", "Alpha", "2024-03-29T12:00:00Z", 200 * kSecond),
        play("Mira Sol", "Beta", "2024-03-29T12:05:00Z", 240 * kSecond),
        // Session 2 (30 Mar): 3 min 20 s.
        play("Mira Sol", "Alpha", "2024-03-30T12:00:00Z", 200 * kSecond),
        // Session 3: 23:30 - 23:40 UTC on the 30th, 10 min: 00:30 on 31 March in Berlin. The
        // 20 s row is a skip (under 30 s).
        play("Mira Sol", "Beta", "2024-03-30T23:33:20Z", 200 * kSecond),
        play("Noor", "Gamma", "2024-03-30T23:40:00Z", 20 * kSecond),
        // Session 4: 22:30 UTC on the 31st is 00:30 on 1 April in Berlin (the 31st lasts 23 h).
        play("Noor", "Gamma", "2024-03-31T22:33:20Z", 200 * kSecond),
    };
    for (auto& row : plays) { // at home, on the computer
        row.country = "DE";
        row.platform = "Windows 10 (10.0.18362; x64; AppX)";
    }
    // Session 5 (3 Apr, 20:00 - 20:40 in Berlin): ten 4-minute rows on shuffle, one ended with
    // the next button (a skip although it played on).
    for (int i = 1; i <= 10; ++i) {
        const std::string end = "2024-04-03T18:" + std::string(i * 4 < 10 ? "0" : "") + std::to_string(i * 4) + ":00Z";
        auto row = play("Noor", "Delta", end.c_str(), 240 * kSecond);
        row.shuffle = ingest::Flag::Yes;
        row.reasonEnd = i == 5 ? "fwdbtn" : "trackdone";
        row.country = "SE"; // travelling, on the phone
        row.platform = "iOS 14.4 (iPhone10,3)";
        plays.push_back(row);
    }
    // Session 6: 22:26:40 UTC on 26 Oct is 00:26:40 on the 27th in Berlin (still CEST).
    plays.push_back(play("Mira Sol", "Alpha", "2024-10-26T22:30:00Z", 200 * kSecond));
    // Half an hour of a podcast, heard to the end: not music, so none of the above changes.
    auto episode = play("Night Shift Radio", "Episode 1", "2024-04-05T20:00:00Z", 1800 * kSecond);
    episode.kind = ingest::PlayKind::Podcast;
    episode.reasonEnd = "trackdone";
    plays.push_back(episode);
    return plays;
}

TimeZone berlin()
{
    return TimeZone::locate("Europe/Berlin").value();
}

ui::ProfileSession profileAt(const testing::TempDir& dir, const TimeZone& zone)
{
    return ui::ProfileSession(ui::GuiOptions{dir.path().string(), std::nullopt, std::nullopt, false}, zone);
}

void storeFixture(const ui::ProfileSession& session)
{
    auto db = session.open();
    QVERIFY(db.ok());
    store::PlayWriter writer(*db);
    const auto plays = fixturePlays();
    QVERIFY(writer.write(plays, store::ImportedFileInfo{"fixture", "test", "test:fixture", plays.size()}).ok());
}

QString kpi(const QWidget& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("(missing)");
}

const ui::ChartTable& tableOf(const QWidget& page, const char* chart)
{
    static const ui::ChartTable none;
    auto* panel = page.findChild<ui::ChartPanel*>(QString::fromLatin1(chart));
    return panel != nullptr ? panel->content().table : none;
}

// The calendar on screen (a replaced one lingers until its deferred delete).
ui::CalendarHeatmap* calendarOf(const QWidget& page)
{
    auto* panel = page.findChild<ui::ChartPanel*>(QStringLiteral("calendarHeatmapChart"));
    return panel != nullptr ? qobject_cast<ui::CalendarHeatmap*>(panel->view()) : nullptr;
}

std::int64_t msOn(const QWidget& page, int year, unsigned month, unsigned day)
{
    auto* calendar = calendarOf(page);
    return calendar ? calendar->days().msOn(CivilDate{year, month, day}).value_or(-1) : -2;
}

void saveShot(QWidget& widget, const QString& name)
{
    if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300); // let the chart views lay out before the picture is taken
        QVERIFY(widget.grab().toImage().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
    }
}

// The page on screen, with filled() spied on from before the first load.
struct ShownPage {
    std::unique_ptr<ui::InsightsPage> page = std::make_unique<ui::InsightsPage>();
    std::unique_ptr<QSignalSpy> filled = std::make_unique<QSignalSpy>(page.get(), &ui::InsightsPage::filled);

    bool load(const ui::ProfileSession& session, const analytics::DateRange& range)
    {
        page->setSource(session, analytics::resolvePeriod(range, session.zone()), analytics::Metric::Plays);
        return filled->wait(30000);
    }
};

std::unique_ptr<ShownPage> showPage()
{
    auto shown = std::make_unique<ShownPage>();
    shown->page->resize(1280, 800);
    shown->page->show();
    return shown;
}

// Distinct colours in an image: a blank export has one.
std::size_t colourCount(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return colours.size();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 142, 201));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

ui::ProfileSession demoAt(const testing::TempDir& dir)
{
    return ui::ProfileSession(ui::GuiOptions{dir.path().string(), std::nullopt, std::nullopt, true}, TimeZone::utc());
}

} // namespace

// The Insights page on a small Berlin profile whose answers are worked out by hand above, on an
// empty profile and on the demo; reached from the main window by its entry and Ctrl+6.
class InsightsPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cardsShowTheFixturesAnswersAndFollowThePeriod()
    {
        testing::TempDir dir;
        const auto session = profileAt(dir, berlin());
        storeFixture(session);
        auto shown = showPage();
        auto& page = *shown->page;
        QVERIFY(shown->load(session, {}));
        QVERIFY(!page.showsEmptyState());

        // Six sessions: 8:20, 3:20, 10:00, 3:20, 40:00, 3:20; the median of six is the upper
        // middle one, 8:20.
        QCOMPARE(kpi(page, "kpiSessions"), QStringLiteral("6"));
        QCOMPARE(kpi(page, "kpiTypicalSession"), QStringLiteral("8 min"));
        QCOMPARE(kpi(page, "kpiLongestSession"), QStringLiteral("40 min"));
        QCOMPARE(kpi(page, "kpiLongestSessionDetail"), QStringLiteral("Wed 3 Apr 2024, 20:00"));
        // Berlin days with a play: 29, 30, 31 March and 1 April in a row; Mira Sol the first three.
        QCOMPARE(kpi(page, "kpiListeningStreak"), QStringLiteral("4 days"));
        QCOMPARE(kpi(page, "kpiListeningStreakDetail"), QStringLiteral("29 Mar 2024 – 1 Apr 2024"));
        QCOMPARE(kpi(page, "kpiArtistStreak"), QStringLiteral("3 days"));
        QCOMPARE(kpi(page, "kpiArtistStreakDetail"), QStringLiteral("Mira Sol"));
        // 17 rows, 2 skipped (the 20 s row and the next button): 11.8%; 10 of 17 on shuffle.
        QCOMPARE(kpi(page, "kpiSkipRate"), QStringLiteral("11.8%"));
        QCOMPARE(kpi(page, "kpiSkipRateDetail"), QStringLiteral("of 17 tracks started"));
        QCOMPARE(kpi(page, "kpiShuffle"), QStringLiteral("58.8%"));
        // New music: a play is new in the month of its track's first play. Of 16 plays (the
        // 20 s row is none) only October's Alpha is not: 15 of 16.
        QCOMPARE(kpi(page, "kpiNewMusic"), QStringLiteral("93.8%"));
        QCOMPARE(kpi(page, "kpiNewMusicDetail"), QStringLiteral("top new: Noor")); // 11 plays to Mira Sol's 5
        QCOMPARE(tableOf(page, "discoveryChart").rows.size(), 8);                  // March to October
        QCOMPARE(tableOf(page, "discoveryChart").rows[0].mid(0, 3), (QStringList{"2024-03", "1", "2"}));
        QCOMPARE(tableOf(page, "discoveryChart").rows[1].mid(0, 3), (QStringList{"2024-04", "1", "2"}));
        // The podcast: half an hour, one episode heard to the end.
        const auto& shows = tableOf(page, "topShowsChart");
        QCOMPARE(shows.rows.size(), 1);
        QCOMPARE(shows.rows[0], (QStringList{"1", "Night Shift Radio", "1", "1800000", "1", "1"}));
        QVERIFY(page.chartPanels().contains(page.findChild<ui::ChartPanel*>(QStringLiteral("topShowsChart"))));

        const auto& lengths = tableOf(page, "sessionLengthChart");
        QCOMPARE(lengths.rows.size(), 6);
        QCOMPARE(lengths.rows[0].value(1), QStringLiteral("5")); // under 15 min
        QCOMPARE(lengths.rows[2].value(1), QStringLiteral("1")); // 30-60 min
        // Noor: 12 rows, 2 skipped; Mira Sol's 5 rows are too few to rank.
        const auto& skipped = tableOf(page, "mostSkippedArtistsChart");
        QCOMPARE(skipped.rows.size(), 1);
        QCOMPARE(skipped.rows[0].mid(1), (QStringList{"Noor", "12", "2", "0.1667"}));
        // Rows started at 12, 13, 0 and 20 h Berlin time; the 20 s skip at 00:39.
        const auto& hours = tableOf(page, "skipRateByHourChart");
        QCOMPARE(hours.rows.size(), 24);
        QCOMPARE(hours.rows[0].mid(1, 2), (QStringList{"4", "1"})); // 00:30, 00:39, 00:30, 00:26
        QCOMPARE(hours.rows[20].mid(1, 2), (QStringList{"10", "1"}));
        // Most listening first: Sweden's 40 min on the phone, Germany's 1,060 s on the computer,
        // then October's row whose export does not say.
        const auto& countries = tableOf(page, "countriesChart");
        QCOMPARE(countries.rows.size(), 3);
        QCOMPARE(countries.rows[0], (QStringList{"1", "Sweden", "10", "2400000", "SE"}));
        QCOMPARE(countries.rows[1], (QStringList{"2", "Germany", "5", "1060000", "DE"}));
        QCOMPARE(countries.rows[2].mid(1, 3), (QStringList{"Unknown", "1", "200000"}));
        const auto& devices = tableOf(page, "platformFamiliesChart");
        QCOMPARE(devices.rows.size(), 3);
        QCOMPARE(devices.rows[0].mid(0, 4), (QStringList{"1", "Phone", "10", "2400000"}));
        QCOMPARE(devices.rows[1].mid(0, 4), (QStringList{"2", "Desktop", "5", "1060000"}));

        // March 2024 in Berlin: the first three sessions only.
        QVERIFY(shown->load(session, {CivilDate{2024, 3, 1}, CivilDate{2024, 3, 31}}));
        QCOMPARE(kpi(page, "kpiSessions"), QStringLiteral("3"));
        QCOMPARE(kpi(page, "kpiTypicalSession"), QStringLiteral("8 min"));
        QCOMPARE(kpi(page, "kpiLongestSession"), QStringLiteral("10 min"));
        QCOMPARE(kpi(page, "kpiLongestSessionDetail"), QStringLiteral("Sun 31 Mar 2024, 00:30"));
        QCOMPARE(kpi(page, "kpiListeningStreak"), QStringLiteral("3 days"));
        QCOMPARE(kpi(page, "kpiSkipRate"), QStringLiteral("20.0%")); // 1 of 5
        QCOMPARE(kpi(page, "kpiShuffle"), QStringLiteral("0.0%"));
        QVERIFY(tableOf(page, "mostSkippedArtistsChart").rows.isEmpty());
        // Every March play was new; the podcast was in April: no podcast section.
        QCOMPARE(kpi(page, "kpiNewMusic"), QStringLiteral("100.0%"));
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("spokenSummary"))->isHidden() ||
                !page.findChild<QWidget*>(QStringLiteral("spokenSummary"))->isVisible());
        QVERIFY(!page.chartPanels().contains(page.findChild<ui::ChartPanel*>(QStringLiteral("topShowsChart"))));
    }

    void calendarCountsLocalDaysAcrossTheDstChanges()
    {
        testing::TempDir dir;
        const auto session = profileAt(dir, berlin());
        storeFixture(session);
        auto shown = showPage();
        auto& page = *shown->page;
        QVERIFY(shown->load(session, {}));
        // All time: the 12 months up to the last day with music, 27 Oct 2024 in Berlin.
        auto* calendar = calendarOf(page);
        QVERIFY(calendar);
        QCOMPARE(calendar->days().first, (CivilDate{2023, 10, 28}));
        QCOMPARE(calendar->days().last(), (CivilDate{2024, 10, 27}));
        QCOMPARE(page.findChild<ui::ChartPanel*>(QStringLiteral("calendarHeatmapChart"))->content().title,
                 QStringLiteral("Listening per day, 28 Oct 2023 – 27 Oct 2024"));
        QCOMPARE(msOn(page, 2024, 3, 29), 440 * kSecond);
        QCOMPARE(msOn(page, 2024, 3, 30), 200 * kSecond);
        QCOMPARE(msOn(page, 2024, 3, 31), 220 * kSecond); // 200 s and the 20 s skip after midnight
        QCOMPARE(msOn(page, 2024, 4, 1), 200 * kSecond);
        QCOMPARE(msOn(page, 2024, 4, 2), 0);
        QCOMPARE(msOn(page, 2024, 4, 3), 2400 * kSecond);
        QCOMPARE(msOn(page, 2024, 10, 26), 0);
        QCOMPARE(msOn(page, 2024, 10, 27), 200 * kSecond);
        QCOMPARE(tableOf(page, "calendarHeatmapChart").rows.size(), 366);

        // Hovering 3 April names the day and its 40 minutes.
        QString tip;
        for (int y = 0; y < calendar->height() && tip.isEmpty(); y += 2) {
            for (int x = 0; x < calendar->width(); x += 2) {
                if (calendar->toolTipAt(QPoint(x, y)).startsWith(QStringLiteral("Wed 3 Apr 2024"))) {
                    tip = calendar->toolTipAt(QPoint(x, y));
                    break;
                }
            }
        }
        QCOMPARE(tip, QStringLiteral("Wed 3 Apr 2024: 40 min"));

        // The same plays in UTC: the after-midnight plays belong to the evening before.
        const auto utc = profileAt(dir, TimeZone::utc());
        QVERIFY(shown->load(utc, {}));
        QCOMPARE(msOn(page, 2024, 3, 30), 420 * kSecond);
        QCOMPARE(msOn(page, 2024, 3, 31), 200 * kSecond);
        QCOMPARE(msOn(page, 2024, 4, 1), 0);
        QCOMPARE(msOn(page, 2024, 10, 26), 200 * kSecond);
        QCOMPARE(calendarOf(page)->days().last(), (CivilDate{2024, 10, 26}));

        // A year as the period: that calendar year, January to December.
        QVERIFY(shown->load(session, {CivilDate{2024, 1, 1}, CivilDate{2024, 12, 31}}));
        QCOMPARE(calendarOf(page)->days().first, (CivilDate{2024, 1, 1}));
        QCOMPARE(calendarOf(page)->days().last(), (CivilDate{2024, 12, 31}));
        QCOMPARE(page.findChild<ui::ChartPanel*>(QStringLiteral("calendarHeatmapChart"))->content().title,
                 QStringLiteral("Listening per day in 2024"));
        // A shorter period: the 12 months up to its last day, listening outside it included.
        QVERIFY(shown->load(session, {CivilDate{2024, 4, 1}, CivilDate{2024, 4, 30}}));
        QCOMPARE(calendarOf(page)->days().first, (CivilDate{2023, 5, 1}));
        QCOMPARE(msOn(page, 2024, 3, 29), 440 * kSecond);
        QCOMPARE(kpi(page, "kpiSessions"), QStringLiteral("2"));
    }

    void everyChartExportsANonBlankImage()
    {
        testing::TempDir dir;
        const auto session = profileAt(dir, berlin());
        storeFixture(session);
        auto shown = showPage();
        QVERIFY(shown->load(session, {}));
        const auto panels = shown->page->chartPanels();
        QCOMPARE(panels.size(), 10); // with the podcast's two
        for (auto* panel : panels) {
            const QString file = QString::fromStdString((dir.path() / "chart.png").string());
            QString error;
            QVERIFY2(panel->exportPng(file, QSize(1200, 600), &error), qPrintable(error));
            const QImage image(file);
            QCOMPARE(image.size(), QSize(1200, 600));
            QVERIFY2(colourCount(image) > 5, qPrintable(panel->objectName()));
            QVERIFY(panel->exportCsv(QString::fromStdString((dir.path() / "chart.csv").string())));
        }
        auto* calendar = shown->page->findChild<ui::ChartPanel*>(QStringLiteral("calendarHeatmapChart"));
        const QString svg = QString::fromStdString((dir.path() / "calendar.svg").string());
        QVERIFY(calendar->exportSvg(svg));
        QVERIFY(QFileInfo(svg).size() > 10'000);
        QVERIFY(!calendarOf(*shown->page)->accessibleName().isEmpty());
    }

    void anEmptyProfileShowsTheWayToImport()
    {
        testing::TempDir dir;
        auto shown = showPage();
        QVERIFY(shown->load(profileAt(dir, TimeZone::utc()), {}));
        QVERIFY(shown->page->showsEmptyState());
        QSignalSpy import(shown->page.get(), &ui::InsightsPage::importRequested);
        shown->page->findChild<QPushButton*>(QStringLiteral("insightsImport"))->click();
        QCOMPARE(import.count(), 1);
        saveShot(*shown->page, QStringLiteral("insights-empty.png"));
    }

    void theMainWindowOpensInsightsByItsEntryAndCtrl6()
    {
        testing::TempDir data;
        ui::MainWindow window(demoAt(data));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.resize(1280, 800);
        window.show();
        QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(ui::MainWindow::Insights)->text(), QStringLiteral("Insights"));
        QSignalSpy filled(window.insightsPage(), &ui::InsightsPage::filled);
        navigation->setCurrentRow(ui::MainWindow::Insights);
        QVERIFY(window.insightsPage()->isVisible());
        QVERIFY(filled.wait(30000));
        QVERIFY(!window.insightsPage()->showsEmptyState());
        QVERIFY(kpi(window, "kpiSessions") != QStringLiteral("—"));
        saveShot(window, QStringLiteral("insights-window.png"));
        saveShot(*window.insightsPage(), QStringLiteral("insights-page.png"));

        navigation->setCurrentRow(ui::MainWindow::Overview);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), static_cast<int>(ui::MainWindow::Insights));
        navigation->setCurrentRow(ui::MainWindow::Overview); // the window remembers the page
        window.close();
    }

    void theWholeDemoPageInLight()
    {
        testing::TempDir data;
        auto shown = showPage();
        shown->page->resize(1130, 2700); // the page beside the navigation, unscrolled
        QVERIFY(shown->load(demoAt(data), {}));
        saveShot(*shown->page, QStringLiteral("insights-light-full.png"));
    }

    void theDemoReadsWellInDark()
    {
        QApplication::setPalette(darkPalette());
        testing::TempDir data;
        auto shown = showPage();
        QVERIFY(shown->load(demoAt(data), {}));
        auto* value = shown->page->findChild<QLabel*>(QStringLiteral("kpiSessions"));
        QVERIFY(value->palette().color(QPalette::WindowText).lightness() > 180);
        saveShot(*shown->page, QStringLiteral("insights-dark.png"));
        shown->page->resize(1130, 2700);
        saveShot(*shown->page, QStringLiteral("insights-dark-full.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(InsightsPageTest)
#include "InsightsPageTest.moc"
