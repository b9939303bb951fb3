#pragma once

#include "ProfileSession.h"
#include "ingest/ChartImport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QProgressDialog;

namespace tunescope::ui {

class BackgroundJob;

// Imports chart CSVs off the GUI thread with a progress dialog and Cancel (the file in progress is
// rolled back). Files whose names do not say which chart they are get a second round once the
// user said it (ChartIdentityDialog). Ends with the report.
class ChartImportController : public QObject {
    Q_OBJECT
public:
    explicit ChartImportController(QWidget* window);

    [[nodiscard]] bool busy() const;
    void start(const ProfileSession& target, const QStringList& paths,
               const ingest::ChartImportOptions& said = ingest::ChartImportOptions{});
    void cancel();

    // Tests replace the dialogs.
    static std::function<QStringList(QWidget*)> choosePaths;
    static std::function<std::optional<ingest::ChartImportOptions>(QWidget*, const QStringList& files)> askIdentity;
    static std::function<void(QWidget*, const QString& report)> showReport;

signals:
    void finished(const tunescope::ingest::ChartImportReport& report);

private:
    void done(const ProfileSession& target, const ingest::ChartImportReport& report, bool secondRound);

    QWidget* window_;
    BackgroundJob* job_;
    QPointer<QProgressDialog> progress_;
};

QString chartReportText(const ingest::ChartImportReport& report);

} // namespace tunescope::ui
