#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

class QProcess;
class QTimer;

namespace tunescope::ui {

// Syncing while the window is closed: the systemd user timer the package installs (not enabled)
// runs `tunescope sync --quiet` now and then. This switches it on and off through `systemctl
// --user` and asks whether it is on, each time in a QProcess that never blocks the GUI thread;
// one command at a time. TUNESCOPE_SYSTEMCTL names another systemctl (tests use a fake script).
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    enum class State {
        Unknown,      // not asked yet, or a command runs
        Enabled,      // the timer runs (also when Tunescope is closed)
        Disabled,     // installed, not enabled
        NotInstalled, // no tunescope-sync.timer on this computer (built from source)
        Unavailable,  // no systemctl (no systemd)
        Failed        // systemctl said no: message() has its words
    };
    Q_ENUM(State)

    // The unit files of packaging/systemd, installed by the .deb.
    static constexpr char kTimerUnit[] = "tunescope-sync.timer";

    // Only Linux has systemd user timers.
    static bool supported();
    // TUNESCOPE_SYSTEMCTL when set, else "systemctl".
    static QString program();

    explicit BackgroundSync(QObject* parent = nullptr);
    ~BackgroundSync() override;
    BackgroundSync(const BackgroundSync&) = delete;
    BackgroundSync& operator=(const BackgroundSync&) = delete;

    // Asks whether the timer is enabled (`is-enabled`); `finished` answers.
    void check();
    // `enable --now` or `disable --now`; `finished` answers with the new state.
    void setEnabled(bool enabled);
    [[nodiscard]] bool busy() const { return process_ != nullptr; }
    [[nodiscard]] State state() const { return state_; }
    // What the user reads beside the checkbox: empty when all is well and off.
    [[nodiscard]] QString message() const { return message_; }

    // How long systemctl may take before it is given up on.
    static std::chrono::milliseconds timeout;

signals:
    void busyChanged(bool busy);
    void finished(tunescope::ui::BackgroundSync::State state, const QString& message);

private:
    enum class Command { IsEnabled, Enable, Disable };
    void run(Command command);
    void conclude(int exitCode, const QString& out, const QString& err);
    void settle(State state, const QString& message);

    QProcess* process_ = nullptr;
    QTimer* deadline_;
    Command command_ = Command::IsEnabled;
    State state_ = State::Unknown;
    QString message_;
};

} // namespace tunescope::ui
