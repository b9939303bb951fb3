#include "pages/OverviewPage.h"

#include "charts/ChartPanel.h"

#include "TestSupport.h"
#include "demo/DemoProfile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace tunescope;

// Renders the Overview of the demo profile and checks what a user would read off it.
class OverviewPageTest : public QObject {
    Q_OBJECT
private slots:
    void showsDemoKpisAndTopLists()
    {
        auto db = testing::freshDatabase();
        QVERIFY(demo::buildDemoProfile(db).ok());
        analytics::OverviewRequest request;
        request.period = analytics::resolvePeriod({}, TimeZone::utc());
        auto overview = analytics::queryOverview(db, request);
        QVERIFY(overview.ok());

        ui::OverviewPage page;
        page.resize(1100, 700);
        page.show(*overview, analytics::Metric::Plays, analytics::Bucket::Month);

        auto* plays = page.findChild<QLabel*>(QStringLiteral("kpiPlays"));
        QVERIFY(plays);
        QCOMPARE(plays->text(), QLocale().toString(static_cast<qlonglong>(overview->totals.plays)));
        auto* topArtist = page.findChild<QLabel*>(QStringLiteral("kpiTopArtist"));
        QCOMPARE(topArtist->text(), QString::fromStdString(overview->topArtists.front().name));

        auto* panel = page.findChild<ui::ChartPanel*>(QStringLiteral("topArtistsChart"));
        QVERIFY(panel);
        auto* view = qobject_cast<QChartView*>(panel->view());
        QVERIFY(view && view->chart());
        auto* series = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().value(0)->count(), 10);
        // Best artist on top: Qt draws the last category at the top of a horizontal bar chart.
        const auto axes = view->chart()->axes(Qt::Vertical);
        auto* categories = qobject_cast<QBarCategoryAxis*>(axes.value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categories().last(),
                 QStringLiteral("1. ") + QString::fromStdString(overview->topArtists.front().name));
    }

    void clickingABarDrillsIntoThatArtistOrAlbum()
    {
        auto db = testing::freshDatabase();
        QVERIFY(demo::buildDemoProfile(db).ok());
        analytics::OverviewRequest request;
        request.period = analytics::resolvePeriod({}, TimeZone::utc());
        auto overview = analytics::queryOverview(db, request);
        QVERIFY(overview.ok());

        ui::OverviewPage page;
        page.resize(1100, 700);
        QSignalSpy filled(&page, &ui::OverviewPage::filled);
        QSignalSpy activated(&page, &ui::OverviewPage::subjectActivated);
        page.show(*overview, analytics::Metric::Plays, analytics::Bucket::Month);
        QVERIFY(filled.wait(5000)); // the bottom row (albums, heatmap) follows the first frame

        auto barsOf = [&page](const char* panelName) {
            auto* panel = page.findChild<ui::ChartPanel*>(QString::fromLatin1(panelName));
            auto* view = panel ? qobject_cast<QChartView*>(panel->view()) : nullptr;
            return view ? qobject_cast<QHorizontalBarSeries*>(view->chart()->series().value(0)) : nullptr;
        };
        for (const auto& [panelName, kind, entries] :
             {std::tuple{"topArtistsChart", analytics::Subject::Kind::Creator, &overview->topArtists},
              std::tuple{"topAlbumsChart", analytics::Subject::Kind::Album, &overview->topAlbums}}) {
            auto* series = barsOf(panelName);
            QVERIFY(series);
            const int top = static_cast<int>(entries->size()) - 1; // the top bar is the last one
            emit series->clicked(top, series->barSets().value(0));
            QCOMPARE(activated.size(), 1);
            const auto subject = activated.takeFirst().at(0).value<analytics::Subject>();
            QCOMPARE(subject.kind, kind);
            QCOMPARE(subject.id, entries->front().id);
        }
    }
};

QTEST_MAIN(OverviewPageTest)
#include "OverviewPageTest.moc"
