#include "dialogs/LoginDialog.h"

#include "dialogs/SpotifySteps.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tunescope::ui {

std::function<bool(const QUrl&)> LoginDialog::openBrowser = [](const QUrl& url) {
    return QDesktopServices::openUrl(url);
};

std::function<bool(QWidget*, const QString&)> LoginDialog::askStoreInFile = [](QWidget* parent, const QString& file) {
    return QMessageBox::question(parent, LoginDialog::tr("No system keychain"),
                                 LoginDialog::tr("No system keychain is available. Keep your Spotify login in a file "
                                                 "only you can read (%1)?")
                                     .arg(file),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
};

LoginDialog::LoginDialog(SpotifyLink* link, QWidget* parent)
    : QDialog(parent), link_(link), clientId_(new QLineEdit(this)), start_(new QPushButton(tr("Log in"), this)),
      url_(new QLineEdit(this)), copyUrl_(new QPushButton(tr("Copy"), this)),
      waiting_(new QLabel(tr("Waiting for Spotify in your browser…"), this)), busy_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), error_(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in with Spotify"));
    auto* steps = new QLabel(spotifyAppSteps(), this);
    steps->setObjectName(QStringLiteral("loginSteps"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setOpenExternalLinks(true);
    steps->setTextInteractionFlags(Qt::TextBrowserInteraction);

    clientId_->setObjectName(QStringLiteral("loginClientId"));
    clientId_->setPlaceholderText(tr("Client ID of your Spotify app"));
    clientId_->setText(link_->clientId());
    start_->setObjectName(QStringLiteral("loginStart"));
    start_->setDefault(true);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Client ID:"), this));
    idRow->addWidget(clientId_, 1);
    idRow->addWidget(start_);

    url_->setObjectName(QStringLiteral("loginUrl"));
    url_->setReadOnly(true);
    copyUrl_->setObjectName(QStringLiteral("loginCopyUrl"));
    auto* urlHint = new QLabel(tr("If no browser opened, copy this address into one:"), this);
    urlHint->setObjectName(QStringLiteral("loginUrlHint"));
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(url_, 1);
    urlRow->addWidget(copyUrl_);

    waiting_->setObjectName(QStringLiteral("loginWaiting"));
    busy_->setObjectName(QStringLiteral("loginBusy"));
    busy_->setRange(0, 0); // busy: the browser part has no measurable progress
    busy_->setTextVisible(false);
    cancel_->setObjectName(QStringLiteral("loginCancel"));
    auto* waitRow = new QHBoxLayout;
    waitRow->addWidget(waiting_);
    waitRow->addWidget(busy_, 1);
    waitRow->addWidget(cancel_);

    error_->setObjectName(QStringLiteral("loginError"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("loginButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addLayout(idRow);
    layout->addWidget(urlHint);
    layout->addLayout(urlRow);
    layout->addLayout(waitRow);
    layout->addWidget(error_);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    // The address rows appear once there is an address.
    urlHint->setVisible(false);
    url_->setVisible(false);
    copyUrl_->setVisible(false);
    setWaiting(false);

    connect(start_, &QPushButton::clicked, this, [this] { start(false); });
    connect(clientId_, &QLineEdit::returnPressed, this, [this] { start(false); });
    connect(copyUrl_, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(url_->text()); });
    connect(cancel_, &QPushButton::clicked, link_, &SpotifyLink::cancel);
    connect(link_, &SpotifyLink::authorizeUrlReady, this, &LoginDialog::showAuthorizeUrl);
    connect(link_, &SpotifyLink::loginFinished, this, &LoginDialog::finish);
}

void LoginDialog::start(bool storeInFile)
{
    if (waitingForLogin_) {
        return;
    }
    const QString id = clientId_->text().trimmed();
    if (id.isEmpty()) {
        showError(tr("Enter the Client ID of your Spotify app first (step 3 above)."));
        clientId_->setFocus();
        return;
    }
    error_->hide();
    setWaiting(true);
    link_->logIn(id, storeInFile);
}

void LoginDialog::showAuthorizeUrl(const QUrl& url)
{
    if (!waitingForLogin_) {
        return;
    }
    url_->setText(url.toString(QUrl::FullyEncoded));
    url_->setCursorPosition(0);
    for (const char* name : {"loginUrlHint", "loginUrl", "loginCopyUrl"}) {
        findChild<QWidget*>(QString::fromLatin1(name))->setVisible(true);
    }
    adjustSize(); // room for the address rows
    if (!openBrowser(url)) {
        showError(tr("Tunescope could not open a browser. Copy the address above into one and allow access there."));
    }
}

void LoginDialog::finish(SpotifyLink::LoginResult result, const QString& message)
{
    if (!waitingForLogin_) {
        return; // a login this dialog did not start
    }
    setWaiting(false);
    switch (result) {
    case SpotifyLink::LoginResult::LoggedIn: accept(); return;
    case SpotifyLink::LoginResult::NeedsStorageChoice:
        if (askStoreInFile(this, message)) {
            start(true);
        } else {
            showError(tr("Not logged in: without a keychain there is nowhere to keep the login. Tunescope will ask "
                         "again the next time you log in."));
        }
        return;
    case SpotifyLink::LoginResult::Failed: showError(message); return;
    }
}

void LoginDialog::setWaiting(bool waiting)
{
    waitingForLogin_ = waiting;
    clientId_->setReadOnly(waiting);
    start_->setEnabled(!waiting);
    waiting_->setVisible(waiting);
    busy_->setVisible(waiting);
    cancel_->setVisible(waiting);
}

void LoginDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
    adjustSize();
}

void LoginDialog::reject()
{
    if (waitingForLogin_) {
        link_->cancel(); // the login stops waiting for the browser at once
        setWaiting(false);
    }
    QDialog::reject();
}

} // namespace tunescope::ui
