#pragma once

#include "ProfileSession.h"
#include "analytics/Period.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <stop_token>

class QProgressDialog;
class QTimer;

namespace tunescope::ui {

class JobProgress;

// File > Export plays…, Back up profile… and Restore profile…. Each runs off the GUI thread with a
// progress dialog and Cancel, one at a time; Cancel leaves no partial file behind and the profile
// as it was. Failures are shown in a message box naming the file.
class ProfileDataActions : public QObject {
    Q_OBJECT
public:
    explicit ProfileDataActions(QWidget* window);
    ~ProfileDataActions() override;
    ProfileDataActions(const ProfileDataActions&) = delete;
    ProfileDataActions& operator=(const ProfileDataActions&) = delete;

    [[nodiscard]] bool busy() const { return running_; }

    // The plays of the range on screen, as CSV or as JSON in Spotify's extended streaming-history
    // shape (which imports back unchanged).
    void exportPlays(const ProfileSession& session, const analytics::Period& period);
    // One file holding the profile's database (no login, no secrets).
    void backUp(const ProfileSession& session);
    // After a confirmation naming what is replaced, the user's own profile (also when the demo is
    // on screen) becomes the chosen backup.
    void restore(const ProfileSession& session);
    // Asks the running job to stop; finished() follows once it has cleaned up.
    void cancel();

signals:
    // A job ended (done, cancelled or failed): what to tell the user in the status bar.
    void finished(const QString& notice);
    // The own profile was replaced by a backup: the window shows it afresh.
    void restored();

private:
    template <typename Outcome, typename Work, typename Done>
    void run(const QString& title, const QString& label, Work work, Done done);
    void showProgress();
    void end(const QString& notice);

    QWidget* window_;
    QPointer<QProgressDialog> dialog_;
    QTimer* poll_;
    std::shared_ptr<std::stop_source> stop_;
    std::shared_ptr<JobProgress> progress_;
    QString progressText_;    // what the progress says: %1 the subject, %2 done, %3 total; empty: just the bar
    QString progressSubject_; // the file
    bool running_ = false;
};

// The file dialogs, the confirmation and the failure message; tests replace them.
extern std::function<QString(QWidget*, const QString&, const QString&, const QString&, QString*)> chooseSaveFile;
extern std::function<QString(QWidget*, const QString&, const QString&)> chooseOpenFile;
extern std::function<bool(QWidget*, const QString&, const QString&)> confirmAction;
extern std::function<void(QWidget*, const QString& title, const QString& text)> showFailure;

} // namespace tunescope::ui
