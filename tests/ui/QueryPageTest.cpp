#include "pages/QueryPage.h"

#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "charts/QueryChart.h"
#include "models/QueryResultModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace tunescope;

namespace {

constexpr int kPatience = 120'000; // the first run builds the demo profile

QStringList itemsOf(QComboBox* box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i) {
        items << box->itemText(i);
    }
    return items;
}

// The page as a person sees it, when TUNESCOPE_SCREENSHOT_DIR names a folder.
void saveShot(QWidget& widget, const QString& name)
{
    if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300); // let the chart view lay out before the picture is taken
        QVERIFY(widget.grab().toImage().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
    }
}

} // namespace

// The Query page on the demo profile, driven by objectName as a user would: an example, a refused
// write, Cancel, the chart, CSV export and saved queries.
class QueryPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("queryConsole"));
    }

    void runsExamplesRefusesWritesChartsAndCancels()
    {
        testing::TempDir data;
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                         TimeZone::utc());
        ui::QueryPage page;
        page.resize(1280, 900);
        page.show();
        page.setSource(session);
        QSignalSpy finished(&page, &ui::QueryPage::finished);
        auto* results = page.findChild<QTableView*>(QStringLiteral("queryResults"));
        QVERIFY(results);
        QAbstractItemModelTester tester(results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* error = page.findChild<QLabel*>(QStringLiteral("queryError"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("queryStatus"));
        auto* editor = page.findChild<QPlainTextEdit*>(QStringLiteral("queryEditor"));

        // An example from the menu: listening per month, several years of months.
        auto* example = page.findChild<QAction*>(QStringLiteral("example-listening-per-month"));
        QVERIFY(example);
        example->trigger();
        QVERIFY(finished.wait(kPatience));
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
        auto* model = results->model();
        QVERIFY(model->rowCount() > 36);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("month"));
        QCOMPARE(model->index(0, 0).data().toString().size(), 7); // YYYY-MM
        QVERIFY(model->index(0, 1).data(Qt::UserRole).toLongLong() > 0);
        QVERIFY2(status->text().contains(QStringLiteral("rows in")), qPrintable(status->text()));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("v_daily")));
        saveShot(page, QStringLiteral("query-table.png"));

        // The chart: plays by month as bars, one bar a month; the columns can be changed.
        auto* chart = page.findChild<ui::ChartPanel*>(QStringLiteral("queryChart"));
        QVERIFY(chart->content().makeChart);
        QCOMPARE(chart->content().table.header, (QStringList{QStringLiteral("month"), QStringLiteral("plays")}));
        QCOMPARE(chart->content().table.rows.size(), std::min(model->rowCount(), ui::kMaxBarRows));
        auto* value = page.findChild<QComboBox*>(QStringLiteral("queryChartValue"));
        QCOMPARE(itemsOf(value), (QStringList{QStringLiteral("plays"), QStringLiteral("hours")}));
        value->setCurrentIndex(1);
        QCOMPARE(chart->content().table.header.value(1), QStringLiteral("hours"));
        page.findChild<QTabWidget*>(QStringLiteral("queryResultTabs"))->setCurrentIndex(1);
        saveShot(page, QStringLiteral("query-chart.png"));
        page.findChild<QComboBox*>(QStringLiteral("queryChartKind"))->setCurrentIndex(1); // line
        QVERIFY(chart->content().makeChart);
        const QString png = QString::fromStdString((data.path() / "query.png").string());
        QString exportError;
        QVERIFY2(chart->exportPng(png, QSize(800, 500), &exportError), qPrintable(exportError));

        // How many plays there are, to see that the refused write changed nothing.
        editor->setPlainText(QStringLiteral("SELECT COUNT(*) AS n FROM plays"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return runs
        QVERIFY(finished.wait(kPatience));
        const qlonglong plays = model->index(0, 0).data(Qt::UserRole).toLongLong();
        QVERIFY(plays > 1000);

        editor->setPlainText(QStringLiteral("DELETE FROM plays"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("queryRun")), Qt::LeftButton);
        QVERIFY(finished.wait(kPatience));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The query console is read-only: DELETE is not allowed"));

        editor->setPlainText(QStringLiteral("SELECT COUNT(*) AS n FROM plays"));
        page.run();
        QVERIFY(finished.wait(kPatience));
        QVERIFY(error->isHidden());
        QCOMPARE(model->index(0, 0).data(Qt::UserRole).toLongLong(), plays);
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("queryChartValue"))->count(), 1);

        // Cancel stops a query that would count for minutes.
        editor->setPlainText(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                            "WHERE i < 1000000000) SELECT COUNT(*) FROM n"));
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("queryCancel"));
        QVERIFY(!cancel->isEnabled());
        page.run();
        QVERIFY(cancel->isEnabled());
        QTest::qWait(300);
        QVERIFY(page.running());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(kPatience));
        QVERIFY(sinceCancel.elapsed() < 10'000);
        qInfo() << "Cancel to stopped, through the page:" << sinceCancel.elapsed() << "ms";
        QVERIFY2(status->text().contains(QStringLiteral("Cancelled")), qPrintable(status->text()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("queryRun"))->isEnabled());
    }

    void exportsCsvAndKeepsSavedQueries()
    {
        testing::TempDir data; // an empty profile of the user's own
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        ui::QueryPage page;
        page.show();
        page.setSource(session);
        QSignalSpy finished(&page, &ui::QueryPage::finished);
        const QString sql = QStringLiteral("SELECT 'a,b' AS label, 2.5 AS value, NULL AS empty");
        page.setSql(sql);
        page.run();
        QVERIFY(finished.wait(kPatience));
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("queryError"))->isHidden(),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("queryError"))->text()));

        const QString csv = QString::fromStdString((data.path() / "result.csv").string());
        ui::ChartPanel::saveFileName = [csv](QWidget*, const QString&, const QString&, const QString&) { return csv; };
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("queryExportCsv")), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("label,value,empty\r\n\"a,b\",2.5,\r\n"));

        ui::QueryPage::askQueryName = [](QWidget*, const QString&) { return QStringLiteral("label and value"); };
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("querySave")), Qt::LeftButton);
        auto* saved = page.findChild<QComboBox*>(QStringLiteral("querySaved"));
        QVERIFY(itemsOf(saved).contains(QStringLiteral("label and value")));

        // Another page (the next start of the app) has it too, and loads it when chosen.
        ui::QueryPage later;
        auto* laterSaved = later.findChild<QComboBox*>(QStringLiteral("querySaved"));
        const int index = laterSaved->findText(QStringLiteral("label and value"));
        QVERIFY(index > 0);
        laterSaved->setCurrentIndex(index);
        emit laterSaved->activated(index);
        QCOMPARE(later.findChild<QPlainTextEdit*>(QStringLiteral("queryEditor"))->toPlainText(), sql);
        QTest::mouseClick(later.findChild<QPushButton*>(QStringLiteral("queryRemove")), Qt::LeftButton);
        QVERIFY(!itemsOf(laterSaved).contains(QStringLiteral("label and value")));
        QCOMPARE(ui::QueryPage().findChild<QComboBox*>(QStringLiteral("querySaved"))->count(), 1);
    }
};

QTEST_MAIN(QueryPageTest)
#include "QueryPageTest.moc"
