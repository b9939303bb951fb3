// A keyboard user reaches every page with Ctrl+1 ... Ctrl+8 and every chart on it: each chart
// can take the keyboard focus (Tab) and shows its data as a table with Ctrl+T.

#include "MainWindow.h"
#include "ProfileSession.h"
#include "charts/ChartPanel.h"
#include "charts/ChartTableDialog.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include "TestSupport.h"

using namespace tunescope;

namespace {

// The charts of the page on screen that have drawn something (a page fills after it shows).
QList<ui::ChartPanel*> shownCharts(QWidget& page)
{
    QList<ui::ChartPanel*> shown;
    for (auto* panel : page.findChildren<ui::ChartPanel*>()) {
        if (panel->isVisible() && panel->view() != nullptr && !panel->content().table.rows.empty()) {
            shown << panel;
        }
    }
    return shown;
}

} // namespace

class KeyboardNavigationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageAndEveryChartOnItIsReachedByKeyboard()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                                 TimeZone::utc()));
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.resize(1300, 900);
        window.show();
        QVERIFY2(shown.wait(30000), qPrintable(window.statusBar()->currentMessage()));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);

        int checkedCharts = 0;
        QStringList pagesWithCharts;
        const std::array keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8};
        for (int row = 0; row < static_cast<int>(keys.size()); ++row) {
            QTest::keyClick(&window, keys[static_cast<std::size_t>(row)], Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), row);
            QCOMPARE(pages->currentIndex(), row);
            // Pages fill their charts in the background. History is a table; the demo has no
            // Spotify login; Compare and Query draw only once asked.
            const bool drawsAtOnce = row == ui::MainWindow::Overview || row == ui::MainWindow::Genres ||
                                     row == ui::MainWindow::Charts || row == ui::MainWindow::Insights;
            if (drawsAtOnce) {
                QTRY_VERIFY2_WITH_TIMEOUT(!shownCharts(*pages->currentWidget()).isEmpty(),
                                          qPrintable(navigation->item(row)->text()), 15000);
            }
            const auto charts = shownCharts(*pages->currentWidget());
            if (!charts.isEmpty()) {
                pagesWithCharts << navigation->item(row)->text();
            }
            for (ui::ChartPanel* panel : charts) {
                const QString name = panel->objectName();
                QVERIFY2(panel->view()->focusPolicy() & Qt::TabFocus, qPrintable(name));
                window.activateWindow(); // back from the previous chart's table
                QVERIFY(QTest::qWaitForWindowActive(&window));
                panel->view()->setFocus(Qt::TabFocusReason);
                QVERIFY2(panel->view()->hasFocus(), qPrintable(name));
                QTest::keyClick(panel->view(), Qt::Key_T, Qt::ControlModifier);
                auto* table = panel->findChild<ui::ChartTableDialog*>(QStringLiteral("chartDataTable"));
                QVERIFY2(table && table->isVisible(), qPrintable(name));
                QCOMPARE(table->view()->model()->rowCount(), static_cast<int>(panel->content().table.rows.size()));
                table->close();
                delete table;
                ++checkedCharts;
            }
        }
        qInfo("%d charts on %s", checkedCharts, qPrintable(pagesWithCharts.join(QStringLiteral(", "))));
        // Overview, Genres, Charts and Insights draw charts from the demo profile.
        QVERIFY2(pagesWithCharts.size() >= 4, qPrintable(pagesWithCharts.join(QStringLiteral(", "))));
        QVERIFY(checkedCharts >= 12);
    }
};

QTEST_MAIN(KeyboardNavigationTest)
#include "KeyboardNavigationTest.moc"
