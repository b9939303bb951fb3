#pragma once

#include "util/Clock.h"
#include "util/TimeZone.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace tunescope::ui {

class SpotifyLink;
class TrayMenu;

// The optional icon in the system tray (Settings: "Show Tunescope in the system tray"): its
// tooltip and menu say when Spotify was last synced, "Sync now" starts the same sync as the
// Spotify menu, "Show Tunescope" brings the window back, "Quit" ends the app. Where the desktop
// has no tray (or the setting is off) nothing shows; the menu is kept up to date either way.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(QWidget* window, SpotifyLink* link, TimeZone zone, Clock& clock = systemClock());
    ~TrayIcon() override;
    TrayIcon(const TrayIcon&) = delete;
    TrayIcon& operator=(const TrayIcon&) = delete;

    // Shows or hides the icon after the setting and the desktop's tray.
    void applySettings();
    [[nodiscard]] TrayMenu* trayMenu() const { return menu_; }
    // The icon is in the tray.
    [[nodiscard]] bool isShown() const;
    // The desktop has a system tray (none offscreen, nor on some desktops).
    static bool available();

private:
    void update();
    void showWindow();

    QWidget* window_;
    SpotifyLink* link_;
    TimeZone zone_;
    Clock& clock_;
    TrayMenu* menu_;
    QSystemTrayIcon* icon_ = nullptr;
};

} // namespace tunescope::ui
