#include "SpotifyActions.h"

#include "SpotifyLink.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/SpotifyStatus.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace tunescope::ui {
namespace {

constexpr int kMessageMs = 15'000;

} // namespace

SpotifyActions::SpotifyActions(QMainWindow* window, SpotifyLink* link)
    : QObject(window), window_(window), link_(link), login_(new QAction(this)),
      sync_(new QAction(tr("&Sync now"), this)), settings_(new QAction(tr("Se&ttings…"), this))
{
    login_->setObjectName(QStringLiteral("actionSpotifyLogin"));
    sync_->setObjectName(QStringLiteral("actionSpotifySync"));
    sync_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    settings_->setObjectName(QStringLiteral("actionSettings"));
    settings_->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    settings_->setMenuRole(QAction::PreferencesRole);

    auto* menu = window_->menuBar()->addMenu(tr("&Spotify"));
    menu->setObjectName(QStringLiteral("spotifyMenu"));
    menu->addAction(login_);
    menu->addAction(sync_);
    menu->addSeparator();
    menu->addAction(settings_);
    window_->statusBar()->addPermanentWidget(new SpotifyStatus(link_, window_));

    connect(login_, &QAction::triggered, this, [this] {
        if (link_->state() == SpotifyLink::State::LoggedIn) {
            link_->logOut();
        } else {
            openLogin();
        }
    });
    connect(sync_, &QAction::triggered, link_, &SpotifyLink::syncNow);
    connect(settings_, &QAction::triggered, this, &SpotifyActions::openSettings);
    connect(link_, &SpotifyLink::stateChanged, this, &SpotifyActions::update);
    connect(link_, &SpotifyLink::busyChanged, this, &SpotifyActions::update);
    connect(link_, &SpotifyLink::syncFinished, this,
            [this](const QString& message) { window_->statusBar()->showMessage(message, kMessageMs); });
    connect(link_, &SpotifyLink::loggedOut, this, [this](const QString& error) {
        window_->statusBar()->showMessage(
            error.isEmpty() ? tr("Logged out of Spotify. Your plays and everything synced stay here.") : error,
            kMessageMs);
    });
    update();
}

void SpotifyActions::update()
{
    const auto state = link_->state();
    const bool loggedIn = state == SpotifyLink::State::LoggedIn;
    login_->setText(loggedIn ? tr("Log &out") : tr("&Log in…"));
    login_->setEnabled(!link_->busy() && (loggedIn || state == SpotifyLink::State::LoggedOut));
    sync_->setEnabled(loggedIn && !link_->busy());
}

void SpotifyActions::openLogin()
{
    auto* dialog = new LoginDialog(link_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

void SpotifyActions::openSettings()
{
    auto* dialog = new SettingsDialog(link_->clientId(), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, link_, &SpotifyLink::applySettings);
    connect(dialog, &QDialog::accepted, this, &SpotifyActions::settingsApplied);
    dialog->open();
}

} // namespace tunescope::ui
