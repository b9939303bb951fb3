#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace tunescope::ui {

class SpotifyLink;

// The window's Spotify menu and status-bar corner over a SpotifyLink: Log in… / Log out (one
// action following the state), Sync now (Ctrl+Shift+S, off while a job runs), Settings… (Ctrl+,),
// and what a sync did shown in the status bar. Keeps this wiring out of MainWindow.
class SpotifyActions : public QObject {
    Q_OBJECT
public:
    SpotifyActions(QMainWindow* window, SpotifyLink* link);

    void openLogin();
    void openSettings();

signals:
    // The Settings dialog was closed with OK: what it stored is in effect.
    void settingsApplied();

private:
    void update();

    QMainWindow* window_;
    SpotifyLink* link_;
    QAction* login_;
    QAction* sync_;
    QAction* settings_;
};

} // namespace tunescope::ui
