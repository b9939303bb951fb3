#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tunescope::ui {

class SpotifyLink;

// The status bar's Spotify corner: "Spotify: logged in as Mira · synced 14:05", and while a sync
// runs a small progress bar with Cancel.
class SpotifyStatus : public QWidget {
    Q_OBJECT
public:
    explicit SpotifyStatus(SpotifyLink* link, QWidget* parent = nullptr);

private:
    void showBusy(bool busy);

    SpotifyLink* link_;
    QLabel* label_;
    QProgressBar* progress_;
    QToolButton* cancel_;
};

} // namespace tunescope::ui
