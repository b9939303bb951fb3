#include "dialogs/ProfileDataActions.h"

#include "async/BackgroundJob.h"
#include "async/RunAsync.h"
#include "exchange/PlaysExport.h"
#include "exchange/ProfileBackup.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

namespace tunescope::ui {

std::function<QString(QWidget*, const QString&, const QString&, const QString&, QString*)> chooseSaveFile =
    [](QWidget* parent, const QString& caption, const QString& suggested, const QString& filter, QString* selected) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selected);
    };

std::function<QString(QWidget*, const QString&, const QString&)> chooseOpenFile =
    [](QWidget* parent, const QString& caption, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
    };

std::function<bool(QWidget*, const QString&, const QString&)> confirmAction = [](QWidget* parent, const QString& title,
                                                                                 const QString& text) {
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
};

std::function<void(QWidget*, const QString&, const QString&)> showFailure =
    [](QWidget* parent, const QString& title, const QString& text) { QMessageBox::warning(parent, title, text); };

namespace {

QString suggestedPath(const QString& name)
{
    return QDir::home().filePath(name);
}

QString messageOf(const Error& error)
{
    return QString::fromStdString(error.message);
}

} // namespace

ProfileDataActions::ProfileDataActions(QWidget* window) : QObject(window), window_(window), poll_(new QTimer(this))
{
    poll_->setInterval(50);
    connect(poll_, &QTimer::timeout, this, &ProfileDataActions::showProgress);
}

ProfileDataActions::~ProfileDataActions()
{
    // A job still running (the window closes) stops at its next check and removes its partial file.
    if (stop_) {
        stop_->request_stop();
    }
}

void ProfileDataActions::cancel()
{
    if (!running_) {
        return;
    }
    stop_->request_stop();
    if (dialog_) {
        dialog_->setLabelText(tr("Cancelling…"));
    }
}

template <typename Outcome, typename Work, typename Done>
void ProfileDataActions::run(const QString& title, const QString& label, Work work, Done done)
{
    running_ = true;
    stop_ = std::make_shared<std::stop_source>();
    progress_ = std::make_shared<JobProgress>();
    dialog_ = new QProgressDialog(label, tr("Cancel"), 0, 0, window_);
    dialog_->setObjectName(QStringLiteral("profileDataProgress"));
    dialog_->setWindowTitle(title);
    // Not modal: a modal QProgressDialog runs processEvents() inside setValue().
    dialog_->setWindowModality(Qt::NonModal);
    dialog_->setMinimumDuration(300);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, this, &ProfileDataActions::cancel);
    poll_->start();
    // The worker touches only the shared progress and stop state, never a widget.
    runAsync(
        this,
        [work = std::move(work), progress = progress_, stop = stop_->get_token()]() -> Outcome {
            return work(*progress, stop);
        },
        [this, done = std::move(done)](const Outcome& outcome) { end(done(outcome)); });
}

void ProfileDataActions::showProgress()
{
    int done = 0;
    int total = 0;
    std::string step;
    if (!dialog_ || !progress_ || !progress_->take(done, total, step) || total <= 0) {
        return;
    }
    dialog_->setMaximum(total);
    dialog_->setValue(done);
    if (!progressText_.isEmpty() && !stop_->stop_requested()) {
        const QLocale locale;
        dialog_->setLabelText(progressText_.arg(progressSubject_, locale.toString(done), locale.toString(total)));
    }
}

void ProfileDataActions::end(const QString& notice)
{
    poll_->stop();
    running_ = false;
    if (dialog_) {
        dialog_->deleteLater();
    }
    progressText_.clear();
    emit finished(notice);
}

void ProfileDataActions::exportPlays(const ProfileSession& session, const analytics::Period& period)
{
    if (running_) {
        return;
    }
    const QString csvFilter = tr("CSV table (*.csv)");
    const QString jsonFilter = tr("Spotify streaming history, re-importable (*.json)");
    QString selected = csvFilter;
    const QString file = chooseSaveFile(window_, tr("Export plays"), suggestedPath(QStringLiteral("plays.csv")),
                                        csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (file.isEmpty()) {
        return;
    }
    const bool json = file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
                      (!file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && selected == jsonFilter);
    progressText_ = tr("Exporting plays to %1\n%2 of %3 written");
    progressSubject_ = file;
    run<Result<std::int64_t>>(
        tr("Export plays"), tr("Exporting plays to %1…").arg(file),
        [session, period, json, out = file.toStdString()](JobProgress& progress,
                                                          const std::stop_token& stop) -> Result<std::int64_t> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            exchange::ExportControl control;
            control.stop = stop;
            control.onProgress = [&progress](std::int64_t written, std::int64_t total) {
                progress.set(static_cast<int>(written), static_cast<int>(total), {});
            };
            return exchange::exportPlays(*db, exchange::PlaysSelection{period, std::nullopt},
                                         json ? exchange::PlaysFormat::Json : exchange::PlaysFormat::Csv, out, control);
        },
        [this, file](const Result<std::int64_t>& count) -> QString {
            if (count) {
                return tr("%n play(s) written to %1.", nullptr, static_cast<int>(*count)).arg(file);
            }
            if (count.error().code == ErrorCode::Cancelled) {
                return tr("Export cancelled; %1 was not written.").arg(file);
            }
            showFailure(window_, tr("Export failed"), messageOf(count.error()));
            return {};
        });
}

void ProfileDataActions::backUp(const ProfileSession& session)
{
    if (running_) {
        return;
    }
    const QString name = QStringLiteral("tunescope-%1.tunescope-backup")
                             .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString file = chooseSaveFile(window_, tr("Back up profile"), suggestedPath(name),
                                        tr("Tunescope backup (*.tunescope-backup)"), nullptr);
    if (file.isEmpty()) {
        return;
    }
    run<Status>(
        tr("Back up profile"), tr("Backing up the profile to %1…").arg(file),
        [session, out = file.toStdString()](JobProgress&, const std::stop_token& stop) -> Status {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return exchange::backupDatabase(*db, out, stop);
        },
        [this, file](const Status& done) -> QString {
            if (done) {
                return tr("Profile backed up to %1 (without the Spotify login: log in again after restoring).")
                    .arg(file);
            }
            if (done.error().code == ErrorCode::Cancelled) {
                return tr("Backup cancelled; %1 was not written.").arg(file);
            }
            showFailure(window_, tr("Backup failed"), messageOf(done.error()));
            return {};
        });
}

void ProfileDataActions::restore(const ProfileSession& session)
{
    if (running_) {
        return;
    }
    const QString file = chooseOpenFile(window_, tr("Restore profile"),
                                        tr("Tunescope backup (*.tunescope-backup *.tunescope);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    const auto location = session.location();
    const QString profile = QString::fromStdString(location.name);
    const QString question =
        tr("Replace the profile “%1” with the backup %2?\n\nEverything in the profile now (plays, "
           "Spotify data, genres, charts) is replaced by what the backup holds. The Spotify login is kept.")
            .arg(profile, file);
    if (!confirmAction(window_, tr("Restore profile"), question)) {
        return;
    }
    run<Status>(
        tr("Restore profile"), tr("Restoring the profile “%1” from %2…").arg(profile, file),
        [backup = file.toStdString(), database = location.databaseFile()](JobProgress&, const std::stop_token& stop)
            -> Status { return exchange::restoreDatabase(backup, database, stop); },
        [this, file, profile](const Status& done) -> QString {
            if (done) {
                emit restored();
                return tr("Profile “%1” restored from %2.").arg(profile, file);
            }
            if (done.error().code == ErrorCode::Cancelled) {
                return tr("Restore cancelled; the profile “%1” is unchanged.").arg(profile);
            }
            showFailure(window_, tr("Restore failed"), messageOf(done.error()));
            return {};
        });
}

} // namespace tunescope::ui
