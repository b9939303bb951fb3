#include "platform/BackgroundSync.h"

#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace tunescope::ui {
namespace {

constexpr qsizetype kMaxMessageChars = 300;
constexpr int kMaxMessageLines = 3;

// systemctl's own words, short: its first lines, without the noise of a long answer.
QString shortened(const QString& text)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > kMaxMessageLines) {
        lines = lines.mid(0, kMaxMessageLines);
    }
    QString joined = lines.join(QLatin1Char(' ')).simplified();
    if (joined.size() > kMaxMessageChars) {
        joined = joined.left(kMaxMessageChars - 1) + QChar(0x2026);
    }
    return joined;
}

// systemd's ways of saying the unit file is not there: "not-found" on stdout (newer), or a line
// naming the unit ("Failed to get unit file state for tunescope-sync.timer: No such file or
// directory", "Unit file tunescope-sync.timer does not exist."). A missing session bus also says
// "No such file or directory", but without the unit's name.
bool unitIsMissing(const QString& out, const QString& err, const QString& unit)
{
    if (out.trimmed() == QLatin1String("not-found")) {
        return true;
    }
    const auto lines = err.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [&unit](const QString& line) {
        return line.contains(unit) &&
               (line.contains(QLatin1String("No such file")) || line.contains(QLatin1String("does not exist")) ||
                line.contains(QLatin1String("not found")));
    });
}

} // namespace

std::chrono::milliseconds BackgroundSync::timeout = std::chrono::seconds(20);

bool BackgroundSync::supported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

QString BackgroundSync::program()
{
    const char* override = std::getenv("TUNESCOPE_SYSTEMCTL");
    return override != nullptr && *override != '\0' ? QString::fromLocal8Bit(override) : QStringLiteral("systemctl");
}

BackgroundSync::BackgroundSync(QObject* parent) : QObject(parent), deadline_(new QTimer(this))
{
    deadline_->setSingleShot(true);
    connect(deadline_, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
        settle(State::Failed, tr("systemctl did not answer within %n second(s).", nullptr, static_cast<int>(seconds)));
    });
}

BackgroundSync::~BackgroundSync()
{
    // The command running now, and any given up on that has not been reaped yet.
    for (QProcess* process : findChildren<QProcess*>()) {
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000); // killed: ends at once
        }
    }
}

void BackgroundSync::check()
{
    run(Command::IsEnabled);
}

void BackgroundSync::setEnabled(bool enabled)
{
    run(enabled ? Command::Enable : Command::Disable);
}

void BackgroundSync::run(Command command)
{
    if (busy()) {
        return; // one command at a time; the caller waits for `finished`
    }
    command_ = command;
    QStringList arguments{QStringLiteral("--user")};
    switch (command) {
    case Command::IsEnabled: arguments << QStringLiteral("is-enabled"); break;
    case Command::Enable: arguments << QStringLiteral("enable") << QStringLiteral("--now"); break;
    case Command::Disable: arguments << QStringLiteral("disable") << QStringLiteral("--now"); break;
    }
    arguments << QString::fromLatin1(kTimerUnit);

    process_ = new QProcess(this);
    process_->setProgram(program());
    process_->setArguments(arguments);
    connect(process_, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString out = QString::fromLocal8Bit(process_->readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process_->readAllStandardError());
        if (status == QProcess::CrashExit) {
            settle(State::Failed, tr("systemctl stopped unexpectedly."));
            return;
        }
        conclude(exitCode, out, err);
    });
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            settle(State::Unavailable,
                   tr("Background sync needs systemd, and %1 could not be started on this computer.")
                       .arg(process_->program()));
        }
    });
    state_ = State::Unknown;
    emit busyChanged(true);
    deadline_->start(timeout);
    process_->start();
}

void BackgroundSync::conclude(int exitCode, const QString& out, const QString& err)
{
    const QString said = shortened(err.trimmed().isEmpty() ? out : err);
    const QString answer = out.trimmed();
    if (exitCode != 0 && unitIsMissing(out, err, QString::fromLatin1(kTimerUnit))) {
        settle(State::NotInstalled, tr("Install the Tunescope package to sync in the background."));
        return;
    }
    switch (command_) {
    case Command::IsEnabled:
        if (exitCode == 0) {
            settle(State::Enabled, QString()); // "enabled", or one of systemd's other enabled forms
        } else if (answer == QLatin1String("disabled")) {
            settle(State::Disabled, QString());
        } else if (answer.startsWith(QLatin1String("masked"))) {
            settle(State::Failed,
                   tr("The background sync timer is masked: `systemctl --user unmask %1` allows it again.")
                       .arg(QString::fromLatin1(kTimerUnit)));
        } else {
            settle(State::Failed, tr("systemctl could not tell whether background sync is on: %1").arg(said));
        }
        return;
    case Command::Enable:
        if (exitCode == 0) {
            settle(State::Enabled, tr("Background sync is on: Tunescope syncs now and then, also when it is closed."));
        } else {
            settle(State::Failed, tr("systemctl could not switch background sync on: %1").arg(said));
        }
        return;
    case Command::Disable:
        if (exitCode == 0) {
            settle(State::Disabled, tr("Background sync is off."));
        } else {
            settle(State::Failed, tr("systemctl could not switch background sync off: %1").arg(said));
        }
        return;
    }
}

void BackgroundSync::settle(State state, const QString& message)
{
    deadline_->stop();
    if (process_ != nullptr) {
        process_->disconnect(this);
        if (process_->state() != QProcess::NotRunning) {
            // Given up on: killed, and gone once it has ended (no wait on the GUI thread).
            connect(process_, &QProcess::finished, process_, &QObject::deleteLater);
            process_->kill();
        } else {
            process_->deleteLater();
        }
        process_ = nullptr;
        emit busyChanged(false);
    }
    state_ = state;
    message_ = message;
    emit finished(state_, message_);
}

} // namespace tunescope::ui
