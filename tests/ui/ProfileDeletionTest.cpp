#include "dialogs/ProfileDeletion.h"
#include "MainWindow.h"
#include "SharedSecrets.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "analytics/Overview.h"
#include "dialogs/ProfileDataActions.h"
#include "ingest/HistoryImporter.h"
#include "store/SpotifyAccount.h"
#include "sync/SpotifyConnection.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

#include <cstdlib>
#include <filesystem>

using namespace tunescope;

// File > Delete profile… on the real window, the confirmation answered by the test and the
// keychain in memory.
class ProfileDeletionTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0);
        QSettings().setValue(QStringLiteral("spotify/pollMinutes"), 0);
        // Nothing here may reach the real Spotify: nobody listens on these.
        ::setenv("TUNESCOPE_SPOTIFY_API_URL", "http://127.0.0.1:9", 1);
        ::setenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", "http://127.0.0.1:9", 1);
    }

    void cancelKeepsEverythingYesDeletesDataAndLoginAndShowsTheFirstStart()
    {
        testing::TempDir data;
        auto keychain = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [keychain] { return std::make_unique<testing::SharedSecrets>(keychain); };
        const ui::ProfileSession own(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                     TimeZone::utc());
        const auto secretKey = sync::SpotifyConnection::secretKeyFor("default");
        std::int64_t plays = 0;
        {
            auto db = own.open();
            QVERIFY(db);
            QVERIFY(!ingest::importHistory(*db, {testing::fixture("extended_2024.json")}).anyRejected());
            store::SpotifyAccount account;
            account.clientId = "client";
            account.displayName = "Mira";
            account.secretKey = secretKey;
            QVERIFY(store::saveSpotifyAccount(*db, account));
            QVERIFY(keychain->write(secretKey, "refresh-token"));
            auto stmt = db->prepare("SELECT COUNT(*) FROM plays");
            QVERIFY(stmt && stmt->step());
            plays = stmt->int64(0);
        }
        const auto folder = own.location().directory();
        const auto other = data.write("profiles/other/notes.txt", "another profile");

        ui::MainWindow window(own);
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY2(shown.wait(20000), qPrintable(window.statusBar()->currentMessage()));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionDeleteProfile"));
        auto* deletion = window.findChild<ui::ProfileDeletion*>();
        QVERIFY(action != nullptr && deletion != nullptr);
        QSignalSpy finished(deletion, &ui::ProfileDeletion::finished);

        QString asked;
        ui::confirmAction = [&asked](QWidget*, const QString&, const QString& text) {
            asked = text;
            return false;
        };
        action->trigger();
        QVERIFY2(asked.contains(QStringLiteral("“default”")), qPrintable(asked));
        QVERIFY2(asked.contains(QLocale().toString(static_cast<qlonglong>(plays))), qPrintable(asked));
        QVERIFY2(asked.contains(QString::fromStdString(folder.string())), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Spotify login")), qPrintable(asked));
        QVERIFY(!deletion->busy());
        QCOMPARE(finished.count(), 0);
        QVERIFY(std::filesystem::exists(own.location().databaseFile()));
        QVERIFY(keychain->read(secretKey)->has_value());
        QVERIFY(!window.session().isDemo());

        ui::confirmAction = [](QWidget*, const QString&, const QString&) { return true; };
        action->trigger();
        QVERIFY(deletion->busy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!keychain->read(secretKey)->has_value());
        QVERIFY(std::filesystem::exists(other));
        // The window is back on the own profile, now empty: the first start's offers.
        QVERIFY(!window.session().isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible(), 20000);
        {
            auto db = own.open();
            QVERIFY(db);
            auto stmt = db->prepare("SELECT COUNT(*) FROM plays");
            QVERIFY(stmt && stmt->step());
            QCOMPARE(stmt->int64(0), std::int64_t{0});
        }

        // The demo profile is not offered.
        window.switchProfile(own.demoProfile());
        auto* file = qobject_cast<QMenu*>(action->parent());
        QVERIFY(file != nullptr);
        emit file->aboutToShow();
        QVERIFY(!action->isEnabled());
        asked.clear();
        ui::confirmAction = [&asked](QWidget*, const QString&, const QString& text) {
            asked = text;
            return true;
        };
        deletion->start();
        QVERIFY(asked.isEmpty());
        QVERIFY(!deletion->busy());
    }
};

QTEST_MAIN(ProfileDeletionTest)
#include "ProfileDeletionTest.moc"
