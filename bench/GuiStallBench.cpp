// How long the GUI thread goes without running while the window works: imports an export folder
// through the window's own import path, switches the period and metric repeatedly, sorts History
// by artist and jumps through it, with a 10 ms timer measuring how late the event loop gets to it.
// Prints the worst and the 99th percentile per phase.
// Usage: tunescope_gui_stall_bench EXPORT_DIR   (offscreen platform is fine)
#include "MainWindow.h"
#include "dialogs/ImportController.h"
#include "models/HistoryModel.h"
#include "pages/HistoryPage.h"
#include "widgets/RangeBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tunescope;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s EXPORT_DIR\n", argv[0]);
        return 1;
    }
    QTemporaryDir data;
    ui::ImportController::showReport = [](QWidget*, const ingest::ImportReport&) {};
    ui::MainWindow window(ui::ProfileSession(
        ui::GuiOptions{data.path().toStdString(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
    window.show();

    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(static_cast<double>(now - last) / 1e6 - 10.0);
        last = now;
    });
    meter.start(10);

    auto report = [&](const char* phase) {
        std::vector<double> sorted = lateness;
        std::sort(sorted.begin(), sorted.end());
        const double worst = sorted.empty() ? 0 : sorted.back();
        const double p99 = sorted.empty() ? 0 : sorted[sorted.size() * 99 / 100];
        std::printf("%-34s max GUI stall %6.1f ms   p99 %5.1f ms   (%zu ticks)\n", phase, worst, p99, sorted.size());
        lateness.clear();
    };

    QSignalSpy imported(window.importController(), &ui::ImportController::finished);
    window.importPaths({QString::fromLocal8Bit(argv[1])});
    imported.wait(600'000);
    QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
    shown.wait(10'000);
    report("importing (window open)");

    auto* range = window.findChild<ui::RangeBar*>(QStringLiteral("rangeBar"));
    const ui::RangeSelection::Preset presets[] = {ui::RangeSelection::Last12Months, ui::RangeSelection::AllTime,
                                                  ui::RangeSelection::ThisYear, ui::RangeSelection::Last6Months,
                                                  ui::RangeSelection::AllTime};
    for (int round = 0; round < 4; ++round) {
        for (const auto preset : presets) {
            range->setPreset(preset);
            shown.wait(10'000);
        }
        range->setMetric(round % 2 == 0 ? analytics::Metric::Minutes : analytics::Metric::Plays);
        shown.wait(10'000);
    }
    report("switching period and metric x24");

    // History, sorted by artist, then jumps through the table: every page comes from SQLite.
    range->setPreset(ui::RangeSelection::AllTime);
    shown.wait(10'000);
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::History);
    auto* history = window.findChild<ui::HistoryPage*>(QStringLiteral("historyPage"));
    auto* table = history->findChild<QTableView*>(QStringLiteral("historyTable"));
    QSignalSpy loaded(history, &ui::HistoryPage::loaded);
    loaded.wait(60'000);
    table->horizontalHeader()->setSortIndicator(ui::HistoryModel::Artist, Qt::AscendingOrder);
    loaded.wait(60'000);
    report("History: open, sort by artist");
    QSignalSpy pageArrived(history->model(), &QAbstractItemModel::dataChanged);
    const int rows = history->model()->rowCount();
    for (int jump = 1; jump <= 20; ++jump) {
        table->scrollTo(history->model()->index(rows / 21 * jump, 0), QAbstractItemView::PositionAtTop);
        pageArrived.wait(5'000);
        QApplication::processEvents();
    }
    report("History: 20 jumps through the table");
    return 0;
}
