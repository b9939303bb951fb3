#pragma once

// How Tunescope sits on the desktop, as the user set it in Settings (QSettings).
namespace tunescope::ui::desktop_settings {

// An icon in the system tray with the last sync time and "Sync now"; off unless asked for.
bool showTrayIcon();
void setShowTrayIcon(bool show);

} // namespace tunescope::ui::desktop_settings
