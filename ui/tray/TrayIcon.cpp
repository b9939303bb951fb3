#include "tray/TrayIcon.h"

#include "DesktopSettings.h"
#include "SpotifyLink.h"
#include "tray/TrayMenu.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QWidget>

namespace tunescope::ui {
namespace {

// The wall-clock time of `instant` in `zone`, as a QDateTime to format.
QDateTime wallClock(UtcMs instant, const TimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(instant + zone.offsetMsAt(instant), QTimeZone::utc());
}

QIcon appIcon()
{
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) {
        icon = QIcon::fromTheme(QStringLiteral("io.github.tunescope.Tunescope"));
    }
    return icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MediaPlay) : icon;
}

} // namespace

TrayIcon::TrayIcon(QWidget* window, SpotifyLink* link, TimeZone zone, Clock& clock)
    : QObject(window), window_(window), link_(link), zone_(zone), clock_(clock), menu_(new TrayMenu(this))
{
    connect(menu_, &TrayMenu::syncRequested, link_, &SpotifyLink::syncNow);
    connect(menu_, &TrayMenu::showRequested, this, &TrayIcon::showWindow);
    connect(menu_, &TrayMenu::quitRequested, qApp, &QApplication::quit);
    connect(link_, &SpotifyLink::stateChanged, this, &TrayIcon::update);
    connect(link_, &SpotifyLink::busyChanged, this, &TrayIcon::update);
    update();
    applySettings();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isShown() const
{
    return icon_ != nullptr && icon_->isVisible();
}

void TrayIcon::applySettings()
{
    const bool wanted = desktop_settings::showTrayIcon() && available();
    if (!wanted) {
        delete icon_;
        icon_ = nullptr;
        return;
    }
    if (icon_ == nullptr) {
        icon_ = new QSystemTrayIcon(appIcon(), this);
        icon_->setContextMenu(menu_->menu());
        connect(icon_, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showWindow();
            }
        });
        update();
    }
    icon_->show();
}

void TrayIcon::update()
{
    TrayState state;
    if (const auto last = link_->lastSyncAt()) {
        state.lastSync = wallClock(*last, zone_);
    }
    state.loggedIn = link_->state() == SpotifyLink::State::LoggedIn;
    state.busy = link_->busy();
    state.syncing = link_->job() == SpotifyLink::Job::Sync || link_->job() == SpotifyLink::Job::Poll;
    menu_->setState(state, wallClock(clock_.now(), zone_).date());
    if (icon_ != nullptr) {
        icon_->setToolTip(menu_->toolTip());
    }
}

void TrayIcon::showWindow()
{
    window_->showNormal();
    window_->raise();
    window_->activateWindow();
}

} // namespace tunescope::ui
