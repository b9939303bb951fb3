#include "dialogs/ProfileDataActions.h"
#include "ProfileSession.h"
#include "TestSupport.h"
#include "analytics/Overview.h"
#include "exchange/ProfileBackup.h"
#include "ingest/HistoryImporter.h"

#include <QtTest>

using namespace tunescope;

// File > Export plays… and File > Back up profile…, on the demo profile, with the save dialog
// answered by the test.
class ProfileDataActionsTest : public QObject {
    Q_OBJECT
private slots:
    void exportedJsonOfTheRangeImportsIntoAnotherProfileWithItsTotals()
    {
        testing::TempDir data;
        const ui::ProfileSession demo(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                      TimeZone::utc());
        const auto range =
            analytics::resolvePeriod({parseCivilDate("2025-01-01"), parseCivilDate("2025-03-31")}, TimeZone::utc());
        const QString target = QString::fromStdString((data.path() / "plays.json").string());
        QString offered;
        ui::chooseSaveFile = [&](QWidget*, const QString&, const QString&, const QString& filter, QString*) {
            offered = filter;
            return target;
        };
        const QString notice = ui::exportPlaysAs(nullptr, demo, range);
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
        QVERIFY(ui::exportPlaysAs(nullptr, demo, range).isEmpty());
    }

    void aBackupIsOneFileMarkedAsATunescopeBackup()
    {
        testing::TempDir data;
        const ui::ProfileSession demo(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                      TimeZone::utc());
        const auto target = data.path() / "profile.tunescope-backup";
        ui::chooseSaveFile = [&](QWidget*, const QString&, const QString&, const QString&, QString*) {
            return QString::fromStdString(target.string());
        };
        const QString notice = ui::backUpProfile(nullptr, demo);
        QVERIFY2(notice.contains(QStringLiteral("backed up")), qPrintable(notice));
        const auto restored = exchange::restoreDatabase(target, data.path() / "restored" / "tunescope.sqlite3");
        QVERIFY2(restored, restored ? "" : restored.error().message.c_str());
    }

    void restoreAsksFirstThenReplacesTheOwnProfileEvenWhenTheDemoIsShown()
    {
        testing::TempDir data;
        const ui::ProfileSession demo(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, true},
                                      TimeZone::utc());
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
        const auto backup = data.path() / "own.tunescope-backup";
        ui::chooseSaveFile = [&](QWidget*, const QString&, const QString&, const QString&, QString*) {
            return QString::fromStdString(backup.string());
        };
        QVERIFY(!ui::backUpProfile(nullptr, own).isEmpty());
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
        QVERIFY(ui::restoreProfile(nullptr, demo).isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("default")) && asked.contains(QString::fromStdString(backup.string())),
                 qPrintable(asked));
        QCOMPARE(playsOf(), later);

        ui::confirmAction = [](QWidget*, const QString&, const QString&) { return true; };
        const QString notice = ui::restoreProfile(nullptr, demo);
        QVERIFY2(notice.contains(QStringLiteral("restored")), qPrintable(notice));
        QCOMPARE(playsOf(), backedUp);
    }
};

QTEST_MAIN(ProfileDataActionsTest)
#include "ProfileDataActionsTest.moc"
