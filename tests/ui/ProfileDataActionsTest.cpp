#include "dialogs/ProfileDataActions.h"
#include "ProfileSession.h"
#include "TestSupport.h"
#include "analytics/Overview.h"
#include "exchange/ProfileBackup.h"
#include "ingest/HistoryImporter.h"

#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QWidget>
#include <QtTest>

#include <filesystem>

using namespace tunescope;

namespace {

ui::ProfileSession demoIn(const testing::TempDir& data)
{
    return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true}, TimeZone::utc());
}

void answerSaveWith(const std::filesystem::path& file)
{
    ui::chooseSaveFile = [file](QWidget*, const QString&, const QString&, const QString&, QString*) {
        return QString::fromStdString(file.string());
    };
}

// The own profile with `plays` plays, written straight into the database: enough rows that an
// export takes a good part of a second.
void fillOwnProfile(const ui::ProfileSession& own, int plays)
{
    auto db = own.open();
    QVERIFY(db);
    QVERIFY(db->exec("INSERT INTO creators (id, kind, name, match_key) VALUES (1, 1, 'Paper Band', 'paper band');"
                     "INSERT INTO items (id, creator_id, name, match_key) VALUES (1, 1, 'Glass, \"Harbor\"', "
                     "'glass harbor');"
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                     std::to_string(plays - 1) +
                     ") INSERT INTO plays (started_at, ended_at, ms_played, kind, item_id, source, platform_id, "
                     "country, reason_start, reason_end, shuffle, skipped) "
                     "SELECT 1600000000000 + i * 240000, 1600000200000 + i * 240000, 200000, 1, 1, 2, NULL, 'DE', "
                     "'trackdone', 'trackdone', i % 2, 0 FROM n"));
}

} // namespace

// File > Export plays…, Back up profile… and Restore profile…, with the dialogs answered by the
// test. They run on a worker: the event loop turns meanwhile and Cancel works.
class ProfileDataActionsTest : public QObject {
    Q_OBJECT
private slots:
    void exportedJsonOfTheRangeImportsIntoAnotherProfileWithItsTotals()
    {
        testing::TempDir data;
        const auto demo = demoIn(data);
        const auto range =
            analytics::resolvePeriod({parseCivilDate("2025-01-01"), parseCivilDate("2025-03-31")}, TimeZone::utc());
        const QString target = QString::fromStdString((data.path() / "plays.json").string());
        QString offered;
        ui::chooseSaveFile = [&](QWidget*, const QString&, const QString&, const QString& filter, QString*) {
            offered = filter;
            return target;
        };
        QWidget window;
        ui::ProfileDataActions actions(&window);
        QSignalSpy finished(&actions, &ui::ProfileDataActions::finished);
        actions.exportPlays(demo, range);
        QVERIFY(actions.busy());
        QVERIFY(finished.wait(60000));
        const QString notice = finished.at(0).at(0).toString();
        QVERIFY2(notice.contains(target), qPrintable(notice));
        QVERIFY(offered.contains(QStringLiteral("*.csv")) && offered.contains(QStringLiteral("*.json")));

        auto source = demo.open();
        QVERIFY(source);
        auto copy = testing::freshDatabase();
        QVERIFY(!ingest::importHistory(copy, {target.toStdString()}).anyRejected());
        const auto expected = analytics::queryTotals(*source, range);
        const auto got = analytics::queryTotals(copy, analytics::Period{});
        QVERIFY(expected && got && expected->plays > 0);
        QCOMPARE(got->plays, expected->plays);
        QCOMPARE(got->msPlayed, expected->msPlayed);

        ui::chooseSaveFile = [](QWidget*, const QString&, const QString&, const QString&, QString*) {
            return QString(); // cancelled
        };
        actions.exportPlays(demo, range);
        QVERIFY(!actions.busy());
    }

    void aBigExportRunsWhileTheWindowKeepsTurningAndCancelLeavesNoFile()
    {
        testing::TempDir data;
        const auto own = demoIn(data).ownProfile();
        constexpr int kPlays = 150'000;
        fillOwnProfile(own, kPlays);
        const auto target = data.path() / "plays.csv";
        answerSaveWith(target);
        QWidget window;
        ui::ProfileDataActions actions(&window);
        QSignalSpy finished(&actions, &ui::ProfileDataActions::finished);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();

        // Done in full: the timer kept firing while the file was written.
        actions.exportPlays(own, analytics::Period{});
        QVERIFY(actions.busy());
        const int ticksAtStart = ticks;
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticks - ticksAtStart >= 3, qPrintable(QString::number(ticks - ticksAtStart)));
        QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("150")),
                 qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(std::filesystem::exists(target));
        std::filesystem::remove(target);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first job's dialog

        // Cancel once the first plays are written: no file, no partial file.
        actions.exportPlays(own, analytics::Period{});
        const QPointer<QProgressDialog> progress =
            window.findChild<QProgressDialog*>(QStringLiteral("profileDataProgress"));
        QVERIFY(progress != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
        QVERIFY(progress->value() < kPlays);
        QVERIFY(std::filesystem::exists(data.path() / "plays.csv.partial"));
        auto* cancelButton = progress->findChild<QPushButton*>();
        QVERIFY(cancelButton != nullptr);
        cancelButton->click();
        QVERIFY(finished.wait(30000));
        const QString notice = finished.at(1).at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("cancelled")), qPrintable(notice));
        QVERIFY(!std::filesystem::exists(target));
        QVERIFY(!std::filesystem::exists(data.path() / "plays.csv.partial"));
        QVERIFY(!actions.busy());
    }

    void aBackupIsOneFileMarkedAsATunescopeBackupAndAFailureNamesTheFile()
    {
        testing::TempDir data;
        const auto demo = demoIn(data);
        const auto target = data.path() / "profile.tunescope-backup";
        answerSaveWith(target);
        QWidget window;
        ui::ProfileDataActions actions(&window);
        QSignalSpy finished(&actions, &ui::ProfileDataActions::finished);
        actions.backUp(demo);
        QVERIFY(finished.wait(60000));
        const QString notice = finished.at(0).at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("backed up")), qPrintable(notice));
        const auto restored = exchange::restoreDatabase(target, data.path() / "restored" / "tunescope.sqlite3");
        QVERIFY2(restored, restored ? "" : restored.error().message.c_str());

        QString failure;
        ui::showFailure = [&failure](QWidget*, const QString&, const QString& text) { failure = text; };
        const auto nowhere = data.path() / "missing" / "profile.tunescope-backup";
        answerSaveWith(nowhere);
        actions.backUp(demo);
        QVERIFY(finished.wait(60000));
        QVERIFY2(failure.contains(QString::fromStdString(nowhere.string())), qPrintable(failure));
        QVERIFY(!std::filesystem::exists(nowhere));
    }

    void restoreAsksFirstThenReplacesTheOwnProfileEvenWhenTheDemoIsShown()
    {
        testing::TempDir data;
        const auto demo = demoIn(data);
        const auto own = demo.ownProfile();
        const auto playsOf = [&own] {
            auto db = own.open();
            auto totals = db ? analytics::queryTotals(*db, analytics::Period{}) : Result<analytics::Totals>(db.error());
            return totals ? totals->plays : -1;
        };
        {
            auto db = own.open();
            QVERIFY(db);
            QVERIFY(!ingest::importHistory(*db, {testing::fixture("extended_2024.json")}).anyRejected());
        }
        QWidget window;
        ui::ProfileDataActions actions(&window);
        QSignalSpy finished(&actions, &ui::ProfileDataActions::finished);
        QSignalSpy restored(&actions, &ui::ProfileDataActions::restored);
        const auto backup = data.path() / "own.tunescope-backup";
        answerSaveWith(backup);
        actions.backUp(own);
        QVERIFY(finished.wait(60000));
        const auto backedUp = playsOf();
        {
            auto db = own.open();
            QVERIFY(db);
            QVERIFY(!ingest::importHistory(*db, {testing::fixture("extended_2021.json")}).anyRejected());
        }
        const auto later = playsOf();
        QVERIFY(later > backedUp);

        ui::chooseOpenFile = [&](QWidget*, const QString&, const QString&) {
            return QString::fromStdString(backup.string());
        };
        QString asked;
        ui::confirmAction = [&](QWidget*, const QString&, const QString& text) {
            asked = text;
            return false;
        };
        actions.restore(demo);
        QVERIFY(!actions.busy());
        QVERIFY2(asked.contains(QStringLiteral("default")) && asked.contains(QString::fromStdString(backup.string())),
                 qPrintable(asked));
        QCOMPARE(playsOf(), later);

        ui::confirmAction = [](QWidget*, const QString&, const QString&) { return true; };
        actions.restore(demo);
        QVERIFY(finished.wait(60000));
        const QString notice = finished.last().at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("restored")), qPrintable(notice));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(playsOf(), backedUp);

        // A file that is no backup: the message box names it, the profile stays.
        QString failure;
        ui::showFailure = [&failure](QWidget*, const QString&, const QString& text) { failure = text; };
        const auto garbage = data.write("notes.tunescope-backup", std::string(4096, 'x'));
        ui::chooseOpenFile = [&](QWidget*, const QString&, const QString&) {
            return QString::fromStdString(garbage.string());
        };
        actions.restore(demo);
        QVERIFY(finished.wait(60000));
        QVERIFY2(failure.contains(QString::fromStdString(garbage.string())), qPrintable(failure));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(playsOf(), backedUp);
    }
};

QTEST_MAIN(ProfileDataActionsTest)
#include "ProfileDataActionsTest.moc"
