// A minimal Qt Widgets window: the floor the app's start-up time is compared with. Prints
// "first-paint-ms N" (from main() to the window's first frame painted) and quits, timed with the
// same FirstFrameWatch as the app's probe.
#include "FirstFrameWatch.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    const auto start = std::chrono::steady_clock::now();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 860);
    auto* frame = new tunescope::ui::FirstFrameWatch(&window, [start] {
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("first-paint-ms %.1f\n", ms);
        QMetaObject::invokeMethod(qApp, "quit", Qt::QueuedConnection);
    });
    frame->arm();
    window.show();
    return QApplication::exec();
}
