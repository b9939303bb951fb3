#include "dialogs/ProfileDataActions.h"

#include "exchange/PlaysExport.h"
#include "exchange/ProfileBackup.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace tunescope::ui {

std::function<QString(QWidget*, const QString&, const QString&, const QString&, QString*)> chooseSaveFile =
    [](QWidget* parent, const QString& caption, const QString& suggested, const QString& filter, QString* selected) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selected);
    };

namespace {

// Shows the wait cursor while `work` runs on this thread (a million plays take seconds).
template <class Work>
auto withWaitCursor(Work&& work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}

QString suggestedPath(const QString& name)
{
    return QDir::home().filePath(name);
}

} // namespace

QString exportPlaysAs(QWidget* parent, const ProfileSession& session, const analytics::Period& period)
{
    const QString csvFilter = QObject::tr("CSV table (*.csv)");
    const QString jsonFilter = QObject::tr("Spotify streaming history, re-importable (*.json)");
    QString selected = csvFilter;
    const QString file = chooseSaveFile(parent, QObject::tr("Export plays"), suggestedPath(QStringLiteral("plays.csv")),
                                        csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (file.isEmpty()) {
        return {};
    }
    const bool json = file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
                      (!file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && selected == jsonFilter);
    const auto count = withWaitCursor([&]() -> Result<std::int64_t> {
        auto db = session.open();
        if (!db) {
            return db.error();
        }
        return exchange::exportPlays(*db, exchange::PlaysSelection{period, std::nullopt},
                                     json ? exchange::PlaysFormat::Json : exchange::PlaysFormat::Csv,
                                     file.toStdString());
    });
    if (!count) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), QString::fromStdString(count.error().message));
        return {};
    }
    return QObject::tr("%n play(s) written to %1.", nullptr, static_cast<int>(*count)).arg(file);
}

QString backUpProfile(QWidget* parent, const ProfileSession& session)
{
    const QString name = QStringLiteral("tunescope-%1.tunescope-backup")
                             .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString file = chooseSaveFile(parent, QObject::tr("Back up profile"), suggestedPath(name),
                                        QObject::tr("Tunescope backup (*.tunescope-backup)"), nullptr);
    if (file.isEmpty()) {
        return {};
    }
    const auto done = withWaitCursor([&]() -> Status {
        auto db = session.open();
        if (!db) {
            return db.error();
        }
        return exchange::backupDatabase(*db, file.toStdString());
    });
    if (!done) {
        QMessageBox::warning(parent, QObject::tr("Backup failed"), QString::fromStdString(done.error().message));
        return {};
    }
    return QObject::tr("Profile backed up to %1 (without the Spotify login: log in again after restoring).").arg(file);
}

} // namespace tunescope::ui
