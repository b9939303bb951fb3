#include "tray/TrayMenu.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace tunescope::ui {

TrayMenu::TrayMenu(QObject* parent)
    : QObject(parent), menu_(std::make_unique<QMenu>()), lastSync_(new QAction(menu_.get())),
      sync_(new QAction(tr("&Sync now"), menu_.get()))
{
    menu_->setObjectName(QStringLiteral("trayMenu"));
    lastSync_->setObjectName(QStringLiteral("trayLastSync"));
    lastSync_->setEnabled(false); // information, not a command
    sync_->setObjectName(QStringLiteral("traySync"));
    menu_->addAction(lastSync_);
    menu_->addAction(sync_);
    menu_->addSeparator();
    auto* show = menu_->addAction(tr("Show &Tunescope"), this, &TrayMenu::showRequested);
    show->setObjectName(QStringLiteral("trayShow"));
    menu_->addSeparator();
    auto* quit = menu_->addAction(tr("&Quit"), this, &TrayMenu::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(sync_, &QAction::triggered, this, &TrayMenu::syncRequested);
    setState(TrayState{}, QDate::currentDate());
}

TrayMenu::~TrayMenu() = default;

QString TrayMenu::lastSyncText(const std::optional<QDateTime>& lastSync, const QDate& today)
{
    if (!lastSync) {
        return tr("Never synced");
    }
    const QString format =
        lastSync->date().year() == today.year() ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy HH:mm");
    return tr("Last sync: %1").arg(QLocale().toString(*lastSync, format));
}

void TrayMenu::setState(const TrayState& state, const QDate& today)
{
    const QString when = lastSyncText(state.lastSync, today);
    lastSync_->setText(when);
    sync_->setEnabled(state.loggedIn && !state.busy);
    sync_->setText(state.syncing ? tr("Syncing…") : tr("&Sync now"));
    sync_->setToolTip(state.loggedIn ? QString() : tr("Log in with Spotify first (Spotify › Log in…)"));
    QString tip = tr("Tunescope") + QLatin1Char('\n') + when;
    if (state.syncing) {
        tip += QLatin1Char('\n') + tr("Syncing with Spotify…");
    } else if (!state.loggedIn) {
        tip += QLatin1Char('\n') + tr("Not logged in to Spotify");
    }
    toolTip_ = tip;
}

} // namespace tunescope::ui
