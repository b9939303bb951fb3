#pragma once

#include <QObject>
#include <QWidget>

#include <chrono>

namespace tunescope::ui {

// Measurement hooks for the figures in our notes and for the smoke test, off unless asked for:
//  TUNESCOPE_EXIT_AFTER_FIRST_PAINT=1  print "first-paint-ms N" once the Overview has been
//                                       painted, then quit (exit status 0);
//  TUNESCOPE_REPORT_STALLS=1           on quit, print "max-gui-stall-ms N": the longest time the
//                                       GUI thread did not get to run a 10 ms timer.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(std::chrono::steady_clock::time_point processStart, QObject* parent = nullptr);

    void watchFirstPaint(QWidget* window);
    [[nodiscard]] bool enabled() const { return exitAfterPaint_ || reportStalls_; }

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point lastTick_;
    double maxStallMs_ = 0;
    bool exitAfterPaint_;
    bool reportStalls_;
};

} // namespace tunescope::ui
