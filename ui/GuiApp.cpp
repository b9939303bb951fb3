#include "GuiApp.h"

#include "AppTranslators.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "util/ProjectInfo.h"

#include <QApplication>
#include <QMessageBox>

#include <future>

namespace tunescope::ui {

int runGui(int& argc, char** argv, const GuiOptions& options, std::chrono::steady_clock::time_point processStart)
{
    // Reading the tz database takes a few milliseconds: do it while Qt starts.
    auto zoneLookup = std::async(std::launch::async, [name = options.timeZone] {
        return name ? TimeZone::locate(*name) : Result<TimeZone>(TimeZone::system());
    });
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunescope"));
    QApplication::setOrganizationName(QStringLiteral("Tunescope"));
    QApplication::setApplicationVersion(
        QString::fromUtf8(projectVersion().data(), static_cast<qsizetype>(projectVersion().size())));
    installTranslators(); // the system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) where translated

    const auto zone = zoneLookup.get();
    if (!zone) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApp", "Tunescope"),
                              QString::fromStdString(zone.error().message));
        return 1;
    }
    StartupProbe probe(processStart);
    MainWindow window(ProfileSession(options, *zone));
    window.showWhenFilled();
    probe.watchFirstPaint(&window);
    return QApplication::exec();
}

} // namespace tunescope::ui
