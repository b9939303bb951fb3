#pragma once

#include "platform/BackgroundSync.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace tunescope::ui {

// Spotify settings (spotify_settings): the Client ID of the user's own app (for the next login),
// how old the last sync may be before Tunescope syncs at start (0 = never), how often recent
// plays are fetched while it runs (0 = off) and, under Advanced, other addresses for Spotify's
// API and accounts service (a proxy), and the ReccoBeats and MusicBrainz addresses for track
// features and genres, in three tabs. An address that cannot be used keeps the dialog open, on
// its tab, and says why. Under "This computer": the tray icon
// (stored on OK) and, on Linux, background sync through the systemd user timer, which is switched
// at once (it is the system's state, not a setting: the box shows what systemctl says).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString& clientId, QWidget* parent = nullptr);

    void accept() override; // stores the settings

private:
    QGroupBox* buildDesktopGroup();
    void showBackgroundState(BackgroundSync::State state, const QString& message);

    QLineEdit* clientId_;
    QSpinBox* autoSyncHours_;
    QSpinBox* pollMinutes_;
    QLineEdit* apiUrl_;
    QLineEdit* accountsUrl_;
    QLineEdit* reccoBeatsUrl_;
    QLineEdit* musicBrainzUrl_;
    QLabel* problem_;
    QTabWidget* tabs_;
    QCheckBox* trayIcon_ = nullptr;
    QCheckBox* backgroundSync_ = nullptr; // Linux only
    QLabel* backgroundStatus_ = nullptr;
    BackgroundSync* background_ = nullptr;
    std::optional<bool> switchingTo_; // a switch on or off runs
};

} // namespace tunescope::ui
