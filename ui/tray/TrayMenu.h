#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace tunescope::ui {

// What the tray shows, from the window's Spotify link.
struct TrayState {
    std::optional<QDateTime> lastSync; // in the profile's time zone, as a wall-clock time
    bool loggedIn = false;
    bool busy = false;    // the link runs a job (a login, a sync...): no new sync starts
    bool syncing = false; // that job is a sync
};

// The tray icon's menu and tooltip, built from a TrayState without any tray (tests read them
// offscreen): "Last sync: 2 Dec 14:05" (or "Never synced"), Sync now, Show Tunescope, Quit.
class TrayMenu : public QObject {
    Q_OBJECT
public:
    explicit TrayMenu(QObject* parent = nullptr);
    ~TrayMenu() override;
    TrayMenu(const TrayMenu&) = delete;
    TrayMenu& operator=(const TrayMenu&) = delete;

    void setState(const TrayState& state, const QDate& today);
    [[nodiscard]] QMenu* menu() const { return menu_.get(); }
    [[nodiscard]] QString toolTip() const { return toolTip_; }

    // "Last sync: 2 Dec 14:05" ("2 Dec 2025 14:05" in another year), or "Never synced".
    static QString lastSyncText(const std::optional<QDateTime>& lastSync, const QDate& today);

signals:
    void syncRequested();
    void showRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> menu_; // a top-level menu: no widget parent
    QAction* lastSync_;
    QAction* sync_;
    QString toolTip_;
};

} // namespace tunescope::ui
