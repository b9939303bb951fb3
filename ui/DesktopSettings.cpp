#include "DesktopSettings.h"

#include <QSettings>
#include <QString>

namespace tunescope::ui::desktop_settings {
namespace {

const QString kTrayIcon = QStringLiteral("desktop/trayIcon");

} // namespace

bool showTrayIcon()
{
    return QSettings().value(kTrayIcon, false).toBool();
}

void setShowTrayIcon(bool show)
{
    QSettings().setValue(kTrayIcon, show);
}

} // namespace tunescope::ui::desktop_settings
