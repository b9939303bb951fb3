#pragma once

#include "ProfileSession.h"
#include "ingest/ImportReport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <stop_token>

class QProgressDialog;

namespace tunescope::ui {

// Runs an import off the GUI thread with a progress dialog and Cancel (the file in progress is
// rolled back), then shows the report. One import at a time.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QWidget* window);

    [[nodiscard]] bool busy() const { return running_; }
    void start(const ProfileSession& target, const QStringList& paths);
    void cancel();

    // Tests replace the report dialog.
    static std::function<void(QWidget*, const ingest::ImportReport&)> showReport;

signals:
    void progressed(int fileIndex, int fileCount, const QString& fileName);
    void finished(const tunescope::ingest::ImportReport& report);

private:
    struct LatestProgress;

    QWidget* window_;
    QPointer<QProgressDialog> progress_;
    std::shared_ptr<std::stop_source> stop_;
    bool running_ = false;
};

QString reportText(const ingest::ImportReport& report);

} // namespace tunescope::ui
