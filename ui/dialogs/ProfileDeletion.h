#pragma once

#include "store/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QProgressDialog;
class QTimer;

namespace tunescope::ui {

class MainWindow;

// File > Delete profile…: after a confirmation naming the profile, its plays and its folder (the
// default answer is Cancel), stops what runs on the profile (import, chart import, genre lookup,
// Spotify sync), lets go of it, removes its Spotify login (keychain or file) and its folder, then
// shows the profile empty, with the import and demo offers of a first start. Never offered for
// the demo profile. Refusals and failures are shown in a message box; nothing is deleted then.
class ProfileDeletion : public QObject {
    Q_OBJECT
public:
    explicit ProfileDeletion(MainWindow* window);

    // Adds "Delete profile…" to the File menu (disabled while the demo is on screen).
    QAction* addTo(QMenu* file);
    void start();
    [[nodiscard]] bool busy() const { return running_; }

signals:
    // The deletion ended: deleted, or not (cancelled while waiting, refused, failed).
    void finished(bool deleted);

private:
    void waitForJobs();
    void deleteOnWorker();
    void end(bool deleted, const QString& notice);

    MainWindow* window_;
    QPointer<QProgressDialog> dialog_;
    QTimer* wait_;
    store::ProfileLocation location_;
    int waitedTicks_ = 0;
    bool running_ = false;
    bool cancelled_ = false;
};

} // namespace tunescope::ui
