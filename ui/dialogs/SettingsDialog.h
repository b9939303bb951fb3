#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace tunescope::ui {

// Spotify settings, kept in QSettings: the Client ID of the user's own app (for the next login),
// how old the last sync may be before Tunescope syncs at start ("spotify/autoSyncHours", 0 =
// never) and how often recent plays are fetched while it runs ("spotify/pollMinutes", 0 = off).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString& clientId, QWidget* parent = nullptr);

    void accept() override; // stores the settings

private:
    QLineEdit* clientId_;
    QSpinBox* autoSyncHours_;
    QSpinBox* pollMinutes_;
};

} // namespace tunescope::ui
