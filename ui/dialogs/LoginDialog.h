#pragma once

#include "SpotifyLink.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QUrl;

namespace tunescope::ui {

// "Log in with Spotify": the user's Client ID, the three steps to get one, then the login in the
// system browser with the address also shown to copy, a busy bar and Cancel while Spotify's page
// is open. Errors stay in the dialog so the user can fix the Client ID and retry.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(SpotifyLink* link, QWidget* parent = nullptr);

    // Tests replace the browser and the "keep the login in a file?" question.
    static std::function<bool(const QUrl&)> openBrowser;
    static std::function<bool(QWidget*, const QString& file)> askStoreInFile;

    void reject() override; // closing cancels a login under way

private:
    void start(bool storeInFile);
    void showAuthorizeUrl(const QUrl& url);
    void finish(SpotifyLink::LoginResult result, const QString& message);
    void setWaiting(bool waiting);
    void showError(const QString& text);

    SpotifyLink* link_;
    QLineEdit* clientId_;
    QPushButton* start_;
    QLineEdit* url_;
    QPushButton* copyUrl_;
    QLabel* waiting_;
    QProgressBar* busy_;
    QPushButton* cancel_;
    QLabel* error_;
    bool waitingForLogin_ = false;
};

} // namespace tunescope::ui
