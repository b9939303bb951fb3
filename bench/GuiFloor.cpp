// A minimal Qt Widgets window: the floor the app's start-up time is compared with. Prints
// "first-paint-ms N" (from main() to the window painted) and quits, like the app's probe.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    const auto start = std::chrono::steady_clock::now();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 860);
    window.show();
    QTimer::singleShot(0, &app, [&window, start] {
        window.repaint();
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("first-paint-ms %.1f\n", ms);
        QApplication::quit();
    });
    return QApplication::exec();
}
