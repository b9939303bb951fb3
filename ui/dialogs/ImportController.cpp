#include "dialogs/ImportController.h"

#include "async/RunAsync.h"
#include "ingest/HistoryImporter.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <mutex>

namespace tunescope::ui {

struct ImportController::LatestProgress {
    std::mutex mutex;
    ingest::ImportProgress value;
    bool changed = false;
};

std::function<void(QWidget*, const ingest::ImportReport&)> ImportController::showReport =
    [](QWidget* parent, const ingest::ImportReport& report) {
        QMessageBox box(report.anyRejected() ? QMessageBox::Warning : QMessageBox::Information,
                        QObject::tr("Import finished"), QString(), QMessageBox::Ok, parent);
        const auto added = static_cast<qlonglong>(report.totalAdded());
        box.setText(report.cancelled ? QObject::tr("Import cancelled. Files finished before the cancel are kept.")
                                     : QObject::tr("%Ln plays added.", nullptr, static_cast<int>(added)));
        box.setInformativeText(report.anyRejected()
                                   ? QObject::tr("Some files could not be imported; nothing of them was stored. "
                                                 "Details below.")
                                   : QObject::tr("Details below."));
        box.setDetailedText(reportText(report));
        box.exec();
    };

QString reportText(const ingest::ImportReport& report)
{
    const QLocale locale;
    QStringList lines;
    for (const auto& f : report.files) {
        const QString name = QString::fromStdString(f.name);
        switch (f.outcome) {
        case ingest::FileReport::Outcome::Imported:
            lines << QObject::tr("%1\n  %2 rows, %3 added, %4 already known [%5]")
                         .arg(name, locale.toString(static_cast<qlonglong>(f.rowsRead)),
                              locale.toString(static_cast<qlonglong>(f.playsAdded)),
                              locale.toString(static_cast<qlonglong>(f.duplicates)), QString::fromStdString(f.shape));
            for (const auto& [reason, count] : f.skipped) {
                lines << QObject::tr("  skipped %1: %2")
                             .arg(locale.toString(static_cast<qlonglong>(count)), QString::fromStdString(reason));
            }
            break;
        case ingest::FileReport::Outcome::Ignored: break;
        case ingest::FileReport::Outcome::Rejected:
        case ingest::FileReport::Outcome::Cancelled:
            lines << QObject::tr("%1\n  %2: %3")
                         .arg(name, QString::fromStdString(std::string(ingest::outcomeName(f.outcome))),
                              QString::fromStdString(f.error));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

ImportController::ImportController(QWidget* window) : QObject(window), window_(window) {}

void ImportController::start(const ProfileSession& target, const QStringList& paths)
{
    if (running_ || paths.isEmpty()) {
        return;
    }
    running_ = true;
    stop_ = std::make_shared<std::stop_source>();
    progress_ = new QProgressDialog(tr("Reading your Spotify export…"), tr("Cancel"), 0, 0, window_);
    progress_->setObjectName(QStringLiteral("importProgress"));
    progress_->setWindowTitle(tr("Importing"));
    // Not modal: a modal QProgressDialog runs processEvents() inside setValue(), and the window
    // stays usable while an export goes in (reads use their own connections).
    progress_->setWindowModality(Qt::NonModal);
    progress_->setMinimumDuration(300);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, this, &ImportController::cancel);
    connect(this, &ImportController::progressed, progress_,
            [progress = progress_](int index, int count, const QString& name) {
                progress->setMaximum(count);
                progress->setValue(index);
                if (!name.isEmpty()) {
                    progress->setLabelText(tr("Importing file %1 of %2:\n%3").arg(index + 1).arg(count).arg(name));
                }
            });

    std::vector<std::filesystem::path> files;
    for (const auto& p : paths) {
        files.emplace_back(p.toStdString());
    }
    // The worker only writes the latest progress into shared state; a GUI-thread timer shows it.
    // No object is touched across threads, so closing the window mid-import is safe.
    auto latest = std::make_shared<LatestProgress>();
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, latest] {
        const std::lock_guard lock(latest->mutex);
        if (latest->changed) {
            latest->changed = false;
            emit progressed(static_cast<int>(latest->value.fileIndex), static_cast<int>(latest->value.fileCount),
                            QString::fromStdString(latest->value.fileName));
        }
    });
    poll->start(100);
    auto stop = stop_;
    runAsync(
        this,
        [target, files, stop, latest]() -> Result<ingest::ImportReport> {
            auto db = target.open();
            if (!db) {
                return db.error();
            }
            ingest::ImportOptions options;
            options.onProgress = [latest](const ingest::ImportProgress& p) {
                const std::lock_guard lock(latest->mutex);
                latest->value = p;
                latest->changed = true;
            };
            return ingest::importHistory(*db, files, options, stop->get_token());
        },
        [this, poll](const Result<ingest::ImportReport>& report) {
            poll->deleteLater();
            running_ = false;
            if (progress_) {
                progress_->deleteLater();
            }
            if (!report) {
                QMessageBox::critical(window_, tr("Import failed"),
                                      tr("%1\n\nCheck that the data folder is writable and try again.")
                                          .arg(QString::fromStdString(report.error().message)));
                return;
            }
            emit finished(*report);
            showReport(window_, *report);
        });
}

void ImportController::cancel()
{
    if (stop_) {
        stop_->request_stop();
    }
    if (progress_) {
        progress_->setLabelText(tr("Cancelling: the file in progress is being rolled back…"));
    }
}

} // namespace tunescope::ui
