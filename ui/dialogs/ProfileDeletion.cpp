#include "dialogs/ProfileDeletion.h"

#include "MainWindow.h"
#include "SpotifyLink.h"
#include "async/RunAsync.h"
#include "dialogs/ChartImportController.h"
#include "dialogs/ImportController.h"
#include "dialogs/ProfileDataActions.h"
#include "enrich/GenreLookupStatus.h"
#include "exchange/ProfileDeletion.h"
#include "exchange/SoleUse.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <thread>

namespace tunescope::ui {

namespace {

constexpr int kWaitTickMs = 100;
constexpr int kMostTicks = 300; // 30 s for the running jobs to end

// Jobs of a window part (a cancelled genre lookup, a History page fetch) may hold a connection a
// moment longer than their part says: the worker waits for the profile to be free first.
Status deleteWhenFree(const store::ProfileLocation& location, const sync::KeychainOpener& keychain)
{
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!exchange::settleSoleUse(location.databaseFile(), {}) && std::chrono::steady_clock::now() < giveUp) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kWaitTickMs));
    }
    return exchange::deleteProfile(location, keychain);
}

} // namespace

ProfileDeletion::ProfileDeletion(MainWindow* window) : QObject(window), window_(window), wait_(new QTimer(this))
{
    wait_->setInterval(kWaitTickMs);
    connect(wait_, &QTimer::timeout, this, &ProfileDeletion::waitForJobs);
}

QAction* ProfileDeletion::addTo(QMenu* file)
{
    auto* action = file->addAction(tr("De&lete profile…"), this, &ProfileDeletion::start);
    action->setObjectName(QStringLiteral("actionDeleteProfile"));
    action->setToolTip(tr("Delete this profile, its plays and its Spotify login from this computer"));
    connect(file, &QMenu::aboutToShow, action,
            [this, action] { action->setEnabled(!window_->session().isDemo() && !running_); });
    connect(this, &ProfileDeletion::finished, window_, [this](bool deleted) {
        if (deleted) {
            window_->statusBar()->showMessage(tr("Profile “%1” deleted.").arg(QString::fromStdString(location_.name)),
                                              20'000);
        }
    });
    return action;
}

void ProfileDeletion::start()
{
    const ProfileSession session = window_->session();
    if (running_ || session.isDemo()) {
        return;
    }
    location_ = session.location();
    const QString name = QString::fromStdString(location_.name);
    const auto contents = exchange::describeProfile(location_);
    if (!contents) {
        showFailure(window_, tr("Delete profile"), QString::fromStdString(contents.error().message));
        return;
    }
    const QString folder = QDir::toNativeSeparators(QString::fromStdString(contents->directory.string()));
    QString question = tr("Delete the profile “%1” for good?\n\nLost are its %2 plays, everything synced from "
                          "Spotify, genres and imported charts: the whole folder\n%3")
                           .arg(name, QLocale().toString(static_cast<qlonglong>(contents->plays)), folder);
    if (contents->spotifyAccount || contents->loginFile) {
        question += tr("\n\nIts Spotify login is removed as well.");
    }
    question += tr("\n\nThis cannot be undone. File › Back up profile… keeps a copy first.");
    if (!confirmAction(window_, tr("Delete profile"), question)) {
        return;
    }
    running_ = true;
    cancelled_ = false;
    waitedTicks_ = 0;
    dialog_ = new QProgressDialog(tr("Stopping what runs on the profile “%1”…").arg(name), tr("Cancel"), 0, 0, window_);
    dialog_->setObjectName(QStringLiteral("deleteProfileProgress"));
    dialog_->setWindowTitle(tr("Delete profile"));
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(300);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, this, [this] { cancelled_ = true; });
    // Stop every job on the profile, then let go of it: the window shows the demo meanwhile (its
    // pages, History's connection and the Spotify link move there).
    window_->importController()->cancel();
    window_->chartImport()->cancel();
    window_->genreLookup()->cancel();
    window_->spotifyLink()->cancel();
    window_->switchProfile(session.demoProfile());
    wait_->start();
}

void ProfileDeletion::waitForJobs()
{
    if (cancelled_) {
        wait_->stop();
        end(false, tr("The profile “%1” was not deleted.").arg(QString::fromStdString(location_.name)));
        return;
    }
    const bool jobsRunning =
        window_->importController()->busy() || window_->chartImport()->busy() || window_->spotifyLink()->busy();
    if (jobsRunning && ++waitedTicks_ < kMostTicks) {
        return;
    }
    wait_->stop();
    if (jobsRunning) {
        showFailure(window_, tr("Delete profile"),
                    tr("A job on the profile did not stop in time. Nothing was deleted; try again in a moment."));
        end(false, {});
        return;
    }
    deleteOnWorker();
}

void ProfileDeletion::deleteOnWorker()
{
    if (dialog_) {
        dialog_->setCancelButton(nullptr); // from here on the deletion completes
        dialog_->setLabelText(tr("Deleting the profile “%1”…").arg(QString::fromStdString(location_.name)));
    }
    runAsync(
        this,
        [location = location_, keychain = SpotifyLink::openKeychain] { return deleteWhenFree(location, keychain); },
        [this](const Status& done) {
            if (!done) {
                showFailure(window_, tr("Delete profile"), QString::fromStdString(done.error().message));
            }
            end(done.ok(), {});
        });
}

void ProfileDeletion::end(bool deleted, const QString& notice)
{
    running_ = false;
    if (dialog_) {
        dialog_->deleteLater();
    }
    // The own profile again: empty after a deletion (the first start's import and demo offers),
    // as it was otherwise.
    window_->switchProfile(window_->session().ownProfile());
    if (!notice.isEmpty()) {
        window_->statusBar()->showMessage(notice, 20'000);
    }
    emit finished(deleted);
}

} // namespace tunescope::ui
