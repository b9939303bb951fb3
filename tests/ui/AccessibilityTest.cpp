#include "charts/CalendarHeatmap.h"
#include "charts/ChartBuilders.h"
#include "charts/ChartPanel.h"
#include "charts/ChartTableDialog.h"
#include "charts/HeatmapWidget.h"
#include "demo/DemoProfile.h"
#include "pages/OverviewPage.h"
#include "widgets/KpiCard.h"
#include "widgets/RangeBar.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include "TestSupport.h"

using namespace tunescope;

namespace {

QString accessibleText(QObject* object, QAccessible::Text kind)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(kind) : QString();
}

std::vector<analytics::TopEntry> threeArtists()
{
    std::vector<analytics::TopEntry> entries;
    for (const char* name : {"Aurora Vale", "The Tideline", "Kiko Mar"}) {
        analytics::TopEntry entry;
        entry.rank = static_cast<int>(entries.size()) + 1;
        entry.id = entry.rank;
        entry.name = name;
        entry.plays = 40 - 10 * entry.rank;
        entry.msPlayed = entry.plays * 180'000;
        entries.push_back(entry);
    }
    return entries;
}

// Every accessibility event the widgets send, as a screen reader would receive them.
QList<std::pair<QObject*, QAccessible::Event>>& announced()
{
    static QList<std::pair<QObject*, QAccessible::Event>> events;
    return events;
}

// With TUNESCOPE_SCREENSHOT_DIR set, saves the widget as PNG for a person to look at.
void saveScreenshot(QWidget& widget, const char* name)
{
    if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)));
    }
}

void recordEvent(QAccessibleEvent* event)
{
    announced().append({event->object(), event->type()});
}

} // namespace

// What keyboard and screen-reader users get: the heatmaps read cell by cell and day by day, KPI cards read as
// "title: value", the period bar's controls named, every chart's data as a table by keyboard.
class AccessibilityTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
    }

    void theHeatmapIsReadCellByCellWithTheArrowKeys()
    {
        analytics::Heatmap heatmap;
        heatmap.plays[0][8] = 12; // Monday 08:00
        heatmap.plays[6][23] = 3; // Sunday 23:00
        ui::HeatmapWidget widget;
        widget.resize(700, 280);
        widget.setHeatmap(heatmap, analytics::Metric::Plays, QStringLiteral("When you listen (plays)"));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(accessibleText(&widget, QAccessible::Name), QStringLiteral("Listening by weekday and hour"));
        QVERIFY(accessibleText(&widget, QAccessible::Description).contains(QStringLiteral("Arrow keys")));
        QVERIFY(widget.focusPolicy() & Qt::TabFocus);

        widget.setFocus();
        announced().clear();
        QTest::keyClick(&widget, Qt::Key_Right); // the first key lands on Monday 00:00
        QCOMPARE(widget.currentCell(), std::optional(std::pair{0, 0}));
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(&widget, Qt::Key_Right);
        }
        QCOMPARE(widget.currentCell(), std::optional(std::pair{0, 8}));
        const QString monday8 = accessibleText(&widget, QAccessible::Description);
        QVERIFY2(monday8.startsWith(QLocale().dayName(1)) && monday8.endsWith(QStringLiteral("08:00–08:59: 12")),
                 qPrintable(monday8));
        saveScreenshot(widget, "heatmap-keyboard.png");
        // Shown beside the cell as well, like the mouse's tooltip.
        QCOMPARE(QToolTip::text(), monday8);
        // Screen readers hear the change (Qt sends accessibility events only with a reader running:
        // offscreen there is none, so the test can only listen when the platform has one).
        if (QAccessible::isActive()) {
            QVERIFY(announced().contains(
                std::pair<QObject*, QAccessible::Event>{&widget, QAccessible::DescriptionChanged}));
        }

        QTest::keyClick(&widget, Qt::Key_PageDown);
        QTest::keyClick(&widget, Qt::Key_End);
        QCOMPARE(widget.currentCell(), std::optional(std::pair{6, 23}));
        QVERIFY(accessibleText(&widget, QAccessible::Description).endsWith(QStringLiteral("23:00–23:59: 3")));
        QTest::keyClick(&widget, Qt::Key_Down); // the grid's edge holds
        QTest::keyClick(&widget, Qt::Key_Right);
        QCOMPARE(widget.currentCell(), std::optional(std::pair{6, 23}));
        QTest::keyClick(&widget, Qt::Key_Home);
        QTest::keyClick(&widget, Qt::Key_Up);
        QCOMPARE(widget.currentCell(), std::optional(std::pair{5, 0}));
    }

    void theCalendarIsReadDayByDayWithTheArrowKeys()
    {
        ui::CalendarDays days;
        days.first = CivilDate{2024, 1, 1}; // a Monday: the first column is a whole week
        days.msPlayed.assign(366, 0);
        days.msPlayed[71] = std::int64_t{65} * 60'000; // Tuesday 12 March 2024
        ui::CalendarHeatmap widget;
        widget.resize(900, 250);
        widget.setDays(days, QStringLiteral("Listening per day, 2024"));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(accessibleText(&widget, QAccessible::Name), QStringLiteral("Listening per day over a year"));
        QVERIFY(accessibleText(&widget, QAccessible::Description).contains(QStringLiteral("music on 1 of 366 days")));
        QVERIFY(widget.focusPolicy() & Qt::TabFocus);

        widget.setFocus();
        announced().clear();
        QTest::keyClick(&widget, Qt::Key_Down); // the first key lands on the newest day
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 12, 31}));
        QTest::keyClick(&widget, Qt::Key_Home);
        QTest::keyClick(&widget, Qt::Key_PageDown);
        QTest::keyClick(&widget, Qt::Key_PageDown);
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 3, 1}));
        QTest::keyClick(&widget, Qt::Key_Right); // a week on
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&widget, Qt::Key_Down);
        }
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 3, 12}));
        const QString march12 = accessibleText(&widget, QAccessible::Description);
        QCOMPARE(march12, ui::calendarDayText(CivilDate{2024, 3, 12}, std::int64_t{65} * 60'000));
        QVERIFY2(march12.contains(QStringLiteral("12 Mar 2024")) && march12.contains(QStringLiteral("1 h")),
                 qPrintable(march12));
        QCOMPARE(QToolTip::text(), march12);
        // The mouse finds the same day where the keyboard's outline is drawn.
        const auto cell =
            ui::calendarDayRect(QRectF(widget.rect()).adjusted(8, 4, -8, -4), days, CivilDate{2024, 3, 12});
        QVERIFY(cell);
        QCOMPARE(widget.toolTipAt(cell->center().toPoint()), march12);
        saveScreenshot(widget, "calendar-keyboard.png");
        if (QAccessible::isActive()) {
            QVERIFY(announced().contains(
                std::pair<QObject*, QAccessible::Event>{&widget, QAccessible::DescriptionChanged}));
        }

        // The calendar's ends hold.
        QTest::keyClick(&widget, Qt::Key_PageUp);
        QTest::keyClick(&widget, Qt::Key_PageUp);
        QTest::keyClick(&widget, Qt::Key_PageUp);
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 1, 1}));
        QTest::keyClick(&widget, Qt::Key_Left);
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 1, 1}));
        QTest::keyClick(&widget, Qt::Key_End);
        QTest::keyClick(&widget, Qt::Key_Right);
        QCOMPARE(widget.currentDay(), std::optional(CivilDate{2024, 12, 31}));
        QVERIFY(accessibleText(&widget, QAccessible::Description).contains(QStringLiteral("31 Dec 2024")));
    }

    void aKpiCardIsReadAsItsTitleAndValue()
    {
        QWidget parent;
        auto* row = new QHBoxLayout(&parent);
        QLabel* value = ui::addKpiCard(row, &parent, QStringLiteral("kpiPlays"), QStringLiteral("Plays"));
        value->setText(QStringLiteral("1,234"));
        QCOMPARE(accessibleText(value, QAccessible::Name), QStringLiteral("Plays: 1,234"));
        value->setText(QStringLiteral("7 <span style=\"font-size:small\">▲ 17%</span>")); // the Compare page's cards
        QCOMPARE(accessibleText(value, QAccessible::Name), QStringLiteral("Plays: 7 ▲ 17%"));
    }

    void thePeriodBarsControlsHaveNames()
    {
        ui::RangeBar bar;
        auto* preset = bar.findChild<QComboBox*>(QStringLiteral("rangePreset"));
        auto* plays = bar.findChild<QToolButton*>(QStringLiteral("metricPlays"));
        auto* minutes = bar.findChild<QToolButton*>(QStringLiteral("metricMinutes"));
        QVERIFY(preset && plays && minutes);
        // Linux screen readers name a combo box by its label (the buddy relation), elsewhere by its name.
        QCOMPARE(preset->accessibleName(), QStringLiteral("Period"));
        QAccessibleInterface* presetFace = QAccessible::queryAccessibleInterface(preset);
        QStringList labels;
        for (const auto& [label, relation] : presetFace->relations(QAccessible::Label)) {
            labels << label->text(QAccessible::Name);
        }
        QCOMPARE(labels, QStringList{QStringLiteral("Period:")});
        QCOMPARE(accessibleText(plays, QAccessible::Name), QStringLiteral("Rank by plays"));
        QCOMPARE(accessibleText(minutes, QAccessible::Name), QStringLiteral("Rank by minutes"));
        bar.setPreset(ui::RangeSelection::Custom);
        auto* from = bar.findChild<QWidget*>(QStringLiteral("rangeFrom"));
        QVERIFY(from);
        QCOMPARE(accessibleText(from, QAccessible::Name), QStringLiteral("First day of the period"));
    }

    void ctrlTOnAChartShowsItsDataAsATable()
    {
        ui::ChartPanel panel(QStringLiteral("topArtistsChart"));
        panel.setContent(ui::buildTopChart(analytics::TopKind::Artists, threeArtists(), analytics::Metric::Plays));
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.view());
        QCOMPARE(accessibleText(panel.view(), QAccessible::Name), panel.content().title);
        QVERIFY(panel.view()->focusPolicy() & Qt::TabFocus);
        panel.view()->setFocus();
        QTRY_VERIFY(panel.view()->hasFocus());

        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier);
        auto* dialog = panel.findChild<ui::ChartTableDialog*>(QStringLiteral("chartDataTable"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The same rows the CSV export writes, header first.
        const ui::ChartTable& table = panel.content().table;
        QAbstractItemModel* model = dialog->view()->model();
        QCOMPARE(model->rowCount(), static_cast<int>(table.rows.size()));
        QCOMPARE(model->columnCount(), static_cast<int>(table.header.size()));
        for (int column = 0; column < model->columnCount(); ++column) {
            QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), table.header.at(column));
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                QCOMPARE(model->index(row, column).data().toString(), table.rows.at(row).at(column));
            }
        }
        QVERIFY(table.rows.front().contains(QStringLiteral("Aurora Vale")));
        QCOMPARE(dialog->view()->currentIndex(), model->index(0, 0)); // ready for the arrow keys
        saveScreenshot(*dialog, "chart-data-table.png");
        dialog->close();
    }

    void theTableIsAlsoInTheChartsMenu()
    {
        ui::ChartPanel panel(QStringLiteral("heatmapChart"));
        panel.setContent(ui::buildHeatmapChart(analytics::Heatmap{}, analytics::Metric::Plays));
        auto* action = panel.findChild<QAction*>(QStringLiteral("heatmapChartShowTable"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
        QVERIFY(panel.actions().contains(action)); // reachable without opening the menu
        action->trigger();
        auto* dialog = panel.findChild<ui::ChartTableDialog*>(QStringLiteral("chartDataTable"));
        QVERIFY(dialog);
        QCOMPARE(dialog->view()->model()->rowCount(), static_cast<int>(panel.content().table.rows.size()));
        // The heatmap keeps its own name (the panel names only Qt chart views).
        QCOMPARE(accessibleText(panel.view(), QAccessible::Name), QStringLiteral("Listening by weekday and hour"));
        dialog->close();
    }

    void tabReachesEveryChartOfTheOverviewInReadingOrder()
    {
        auto db = testing::freshDatabase();
        QVERIFY(demo::buildDemoProfile(db).ok());
        analytics::OverviewRequest request;
        request.period = analytics::resolvePeriod({}, TimeZone::utc());
        auto overview = analytics::queryOverview(db, request);
        QVERIFY(overview.ok());
        ui::OverviewPage page;
        page.resize(1100, 800);
        QSignalSpy filled(&page, &ui::OverviewPage::filled);
        page.show(*overview, analytics::Metric::Plays, analytics::Bucket::Month);
        page.QWidget::show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(!filled.isEmpty() || filled.wait(5000));
        for (ui::ChartPanel* panel : page.chartPanels()) {
            QTRY_VERIFY(panel->view() && panel->view()->isVisible()); // views added to a shown page show next turn
        }

        QList<QWidget*> reached;
        auto* first = page.findChild<QWidget*>(QStringLiteral("topArtistsChartExport"));
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 40 && QApplication::focusWidget() && !reached.contains(QApplication::focusWidget()); ++i) {
            reached << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        // Reading order: row by row as the grid shows them, each chart after its Export button.
        qsizetype previous = -1;
        for (const char* name :
             {"topArtistsChart", "topTracksChart", "timelineChart", "heatmapChart", "topAlbumsChart"}) {
            auto* panel = page.findChild<ui::ChartPanel*>(QString::fromLatin1(name));
            QVERIFY(panel && panel->view());
            const qsizetype at = reached.indexOf(panel->view());
            QVERIFY2(at > previous, qPrintable(QStringLiteral("%1 is not reached by Tab in reading order").arg(name)));
            QCOMPARE(reached.value(at - 1),
                     panel->findChild<QWidget*>(QString::fromLatin1(name) + QStringLiteral("Export")));
            previous = at;
        }
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
