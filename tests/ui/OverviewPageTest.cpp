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
};

QTEST_MAIN(OverviewPageTest)
#include "OverviewPageTest.moc"
