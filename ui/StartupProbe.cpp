#include "StartupProbe.h"

#include "FirstFrameWatch.h"
#include "MainWindow.h"
#include "pages/OverviewPage.h"

#include <QCoreApplication>

#include <cstdio>

namespace tunescope::ui {

StartupProbe::StartupProbe(std::chrono::steady_clock::time_point processStart, QObject* parent)
    : QObject(parent), start_(processStart), lastTick_(std::chrono::steady_clock::now()),
      exitAfterPaint_(qEnvironmentVariableIntValue("TUNESCOPE_EXIT_AFTER_FIRST_PAINT") == 1),
      reportStalls_(qEnvironmentVariableIntValue("TUNESCOPE_REPORT_STALLS") == 1)
{
    if (reportStalls_) {
        startTimer(10, Qt::PreciseTimer);
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
            std::printf("max-gui-stall-ms %.1f\n", maxStallMs_);
            std::fflush(stdout);
        });
    }
}

void StartupProbe::watchFirstPaint(QWidget* window)
{
    auto* main = qobject_cast<MainWindow*>(window);
    if (!exitAfterPaint_ || !main) {
        return;
    }
    auto* frame = new FirstFrameWatch(main, [this] {
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
        std::printf("first-paint-ms %.1f\n", ms);
        std::fflush(stdout);
        // Queued by name: clang-analyzer misreads Qt's functor-slot ownership as a leak.
        QMetaObject::invokeMethod(qApp, "quit", Qt::QueuedConnection);
    });
    // The first frame showing the Overview's data is the one that counts.
    connect(main->overviewPage(), &OverviewPage::firstScreenFilled, frame, &FirstFrameWatch::arm,
            Qt::SingleShotConnection);
}

void StartupProbe::timerEvent(QTimerEvent* /*event*/)
{
    const auto now = std::chrono::steady_clock::now();
    const double late = std::chrono::duration<double, std::milli>(now - lastTick_).count() - 10.0;
    maxStallMs_ = std::max(maxStallMs_, late);
    lastTick_ = now;
}

} // namespace tunescope::ui
