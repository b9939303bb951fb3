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

std::function<QString(QWidget*, const QString&, const QString&)> chooseOpenFile =
    [](QWidget* parent, const QString& caption, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
    };

std::function<bool(QWidget*, const QString&, const QString&)> confirmAction = [](QWidget* parent, const QString& title,
                                                                                 const QString& text) {
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
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

QString restoreProfile(QWidget* parent, const ProfileSession& session)
{
    const QString file =
        chooseOpenFile(parent, QObject::tr("Restore profile"),
                       QObject::tr("Tunescope backup (*.tunescope-backup *.tunescope);;All files (*)"));
    if (file.isEmpty()) {
        return {};
    }
    const auto location = session.location();
    const QString profile = QString::fromStdString(location.name);
    const QString question =
        QObject::tr("Replace the profile “%1” with the backup %2?\n\nEverything in the profile now (plays, "
                    "Spotify data, genres, charts) is replaced by what the backup holds. The Spotify login is kept.")
            .arg(profile, file);
    if (!confirmAction(parent, QObject::tr("Restore profile"), question)) {
        return {};
    }
    const auto done = withWaitCursor(
        [&]() -> Status { return exchange::restoreDatabase(file.toStdString(), location.databaseFile()); });
    if (!done) {
        QMessageBox::warning(parent, QObject::tr("Restore failed"), QString::fromStdString(done.error().message));
        return {};
    }
    return QObject::tr("Profile “%1” restored from %2.").arg(profile, file);
}

} // namespace tunescope::ui
