#include "GuiApp.h"

#include "MainWindow.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QMessageBox>

namespace tunescope::ui {

int runGui(int& argc, char** argv, const GuiOptions& options, std::chrono::steady_clock::time_point processStart)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunescope"));
    QApplication::setOrganizationName(QStringLiteral("Tunescope"));
    QApplication::setApplicationVersion(QStringLiteral(TUNESCOPE_VERSION));

    auto zone = options.timeZone ? TimeZone::locate(*options.timeZone) : Result<TimeZone>(TimeZone::system());
    if (!zone) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApp", "Tunescope"),
                              QString::fromStdString(zone.error().message));
        return 1;
    }
    StartupProbe probe(processStart);
    MainWindow window(ProfileSession(options, *zone));
    probe.watchFirstPaint(&window);
    window.show();
    return QApplication::exec();
}

} // namespace tunescope::ui
