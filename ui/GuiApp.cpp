#include "GuiApp.h"

#include "MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace tunescope::ui {

int runGui(int& argc, char** argv, const GuiOptions& options)
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
    MainWindow window(ProfileSession(options, *zone));
    window.show();
    return QApplication::exec();
}

} // namespace tunescope::ui
