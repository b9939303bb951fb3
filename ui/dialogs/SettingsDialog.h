#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tunescope::ui {

// Spotify settings (spotify_settings): the Client ID of the user's own app (for the next login),
// how old the last sync may be before Tunescope syncs at start (0 = never), how often recent
// plays are fetched while it runs (0 = off) and, under Advanced, other addresses for Spotify's
// API and accounts service (a proxy), and the ReccoBeats and MusicBrainz addresses for track
// features and genres. An address
// that cannot be used keeps the dialog open and says why.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString& clientId, QWidget* parent = nullptr);

    void accept() override; // stores the settings

private:
    QLineEdit* clientId_;
    QSpinBox* autoSyncHours_;
    QSpinBox* pollMinutes_;
    QLineEdit* apiUrl_;
    QLineEdit* accountsUrl_;
    QLineEdit* reccoBeatsUrl_;
    QLineEdit* musicBrainzUrl_;
    QLabel* problem_;
};

} // namespace tunescope::ui
