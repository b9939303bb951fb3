#include "dialogs/ChartImportController.h"

#include "async/BackgroundJob.h"
#include "dialogs/ChartIdentityDialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace tunescope::ui {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

std::function<QStringList(QWidget*)> ChartImportController::choosePaths = [](QWidget* parent) {
    return QFileDialog::getOpenFileNames(parent, QObject::tr("Import Spotify Charts"), QString(),
                                         QObject::tr("Chart files (*.csv);;All files (*)"));
};

std::function<std::optional<ingest::ChartImportOptions>(QWidget*, const QStringList&)>
    ChartImportController::askIdentity = [](QWidget* parent, const QStringList& files) {
        ChartIdentityDialog dialog(files, parent);
        return dialog.exec() == QDialog::Accepted ? std::optional(dialog.options()) : std::nullopt;
    };

std::function<void(QWidget*, const QString&)> ChartImportController::showReport = [](QWidget* parent,
                                                                                     const QString& report) {
    QMessageBox box(QMessageBox::Information, QObject::tr("Charts imported"), report, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("chartImportReport"));
    box.exec();
};

QString chartReportText(const ingest::ChartImportReport& report)
{
    const QLocale locale;
    QStringList lines;
    for (const auto& f : report.files) {
        const QString name = QString::fromStdString(f.name);
        switch (f.outcome) {
        case ingest::FileReport::Outcome::Imported:
            lines << QObject::tr("✓ %1 (%2): %3 entries added, %4 already known")
                         .arg(name, QString::fromStdString(f.format),
                              locale.toString(static_cast<qulonglong>(f.entriesAdded)),
                              locale.toString(static_cast<qulonglong>(f.duplicates)));
            break;
        case ingest::FileReport::Outcome::Cancelled:
            lines << QObject::tr("… %1: not imported (cancelled)").arg(name);
            break;
        default: lines << QObject::tr("✗ %1").arg(QString::fromStdString(f.error)); break;
        }
    }
    lines << QObject::tr("%1 chart entries added.").arg(locale.toString(static_cast<qulonglong>(report.totalAdded())));
    return lines.join(QLatin1Char('\n'));
}

ChartImportController::ChartImportController(QWidget* window)
    : QObject(window), window_(window), job_(new BackgroundJob(this))
{
}

bool ChartImportController::busy() const
{
    return job_->running();
}

void ChartImportController::cancel()
{
    job_->cancel();
    if (progress_) {
        progress_->deleteLater();
    }
}

void ChartImportController::start(const ProfileSession& target, const QStringList& paths,
                                  const ingest::ChartImportOptions& said)
{
    if (paths.isEmpty() || busy()) {
        return;
    }
    progress_ = new QProgressDialog(tr("Reading chart files…"), tr("Cancel"), 0, kProgressSteps, window_);
    progress_->setObjectName(QStringLiteral("chartImportProgress"));
    progress_->setWindowTitle(tr("Importing charts"));
    progress_->setWindowModality(Qt::NonModal);
    progress_->setMinimumDuration(300);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, this, &ChartImportController::cancel);
    connect(job_, &BackgroundJob::progress, progress_, [progress = progress_](int done, int, const QString& step) {
        progress->setValue(done);
        progress->setLabelText(step);
    });
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        files.emplace_back(path.toStdString());
    }
    const bool secondRound = said.period.has_value() || said.region.has_value() || said.date.has_value();
    job_->start<ingest::ChartImportReport>(
        [target, files, said](JobProgress& progress, std::stop_token stop) {
            auto db = target.open();
            if (!db) {
                ingest::ChartImportReport failed;
                auto& file = failed.files.emplace_back();
                file.name = files.empty() ? std::string() : files.front().string();
                file.outcome = ingest::FileReport::Outcome::Rejected;
                file.error = db.error().message;
                return failed;
            }
            ingest::ChartImportOptions options = said;
            options.onProgress = [&progress](const ingest::ChartImportProgress& p) {
                const double share =
                    p.bytesTotal == 0 ? 0.0 : static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal);
                progress.set(static_cast<int>(share * kProgressSteps), kProgressSteps,
                             p.fileIndex < p.fileCount ? "Importing file " + std::to_string(p.fileIndex + 1) + " of " +
                                                             std::to_string(p.fileCount) + ":\n" + p.fileName
                                                       : std::string("Finishing…"));
            };
            return ingest::importCharts(*db, files, options, stop);
        },
        [this, target, secondRound](const ingest::ChartImportReport& report) { done(target, report, secondRound); });
}

void ChartImportController::done(const ProfileSession& target, const ingest::ChartImportReport& report,
                                 bool secondRound)
{
    if (progress_) {
        progress_->deleteLater();
    }
    QStringList unnamed;
    ingest::ChartImportReport shown;
    for (const auto& f : report.files) {
        if (f.needsChartIdentity && !secondRound) {
            unnamed << QString::fromStdString(f.name);
        } else {
            shown.files.push_back(f);
        }
    }
    shown.cancelled = report.cancelled;
    if (!shown.files.empty()) {
        showReport(window_, chartReportText(shown));
    }
    emit finished(shown);
    if (!unnamed.isEmpty() && !report.cancelled) {
        if (const auto said = askIdentity(window_, unnamed)) {
            start(target, unnamed, *said);
        }
    }
}

} // namespace tunescope::ui
