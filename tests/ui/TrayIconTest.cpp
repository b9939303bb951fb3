// The tray's menu and tooltip without a real tray (offscreen has none): the last sync time or
// "Never synced", and "Sync now" running the window's sync against the fake Spotify.
#include "tray/TrayIcon.h"
#include "FakeSpotify.h"
#include "MainWindow.h"
#include "SharedSecrets.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "auth/MemorySecretStore.h"
#include "tray/TrayMenu.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtTest>

#include <cstdlib>
#include <thread>

using namespace tunescope;

namespace {

QAction* trayAction(const ui::TrayMenu& menu, const char* name)
{
    return menu.menu()->findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TrayIconTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ::unsetenv("TUNESCOPE_SPOTIFY_TOKEN");
    }

    void theMenuSaysWhenSpotifyWasLastSynced()
    {
        ui::TrayMenu menu;
        const QDate today(2026, 12, 2);
        menu.setState(ui::TrayState{}, today);
        QCOMPARE(trayAction(menu, "trayLastSync")->text(), QStringLiteral("Never synced"));
        QVERIFY(!trayAction(menu, "trayLastSync")->isEnabled()); // information, not a command
        QVERIFY(menu.toolTip().contains(QStringLiteral("Never synced")));
        QVERIFY(menu.toolTip().contains(QStringLiteral("Not logged in to Spotify")));
        QVERIFY(!trayAction(menu, "traySync")->isEnabled()); // nothing to sync without a login

        ui::TrayState synced;
        synced.lastSync = QDateTime(today, QTime(14, 5), QTimeZone::utc());
        synced.loggedIn = true;
        menu.setState(synced, today);
        QCOMPARE(trayAction(menu, "trayLastSync")->text(), QStringLiteral("Last sync: 2 Dec 14:05"));
        QCOMPARE(menu.toolTip(), QStringLiteral("Tunescope\nLast sync: 2 Dec 14:05"));
        QVERIFY(trayAction(menu, "traySync")->isEnabled());

        synced.lastSync = QDateTime(QDate(2025, 12, 30), QTime(9, 0), QTimeZone::utc());
        menu.setState(synced, today);
        QCOMPARE(trayAction(menu, "trayLastSync")->text(), QStringLiteral("Last sync: 30 Dec 2025 09:00"));

        synced.busy = synced.syncing = true;
        menu.setState(synced, today);
        QVERIFY(!trayAction(menu, "traySync")->isEnabled()); // one sync at a time
        QVERIFY(menu.toolTip().contains(QStringLiteral("Syncing with Spotify")));

        QSignalSpy show(&menu, &ui::TrayMenu::showRequested);
        QSignalSpy quit(&menu, &ui::TrayMenu::quitRequested);
        trayAction(menu, "trayShow")->trigger();
        trayAction(menu, "trayQuit")->trigger();
        QCOMPARE(show.count(), 1);
        QCOMPARE(quit.count(), 1);
    }

    void syncNowInTheTraySyncsWithSpotifyAndTheMenuSaysWhen()
    {
        fakes::FakeSpotify fake;
        QVERIFY(fake.running());
        ::setenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", fake.accountsBaseUrl().c_str(), 1);
        ::setenv("TUNESCOPE_SPOTIFY_API_URL", fake.apiBaseUrl().c_str(), 1);
        auto secrets = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets] { return std::make_unique<testing::SharedSecrets>(secrets); };
        QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0); // only the tray syncs
        QSettings().setValue(QStringLiteral("spotify/pollMinutes"), 0);

        testing::TempDir data;
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        QWidget window;
        ui::SpotifyLink link;
        ui::TrayIcon tray(&window, &link, TimeZone::utc());
        const ui::TrayMenu& menu = *tray.trayMenu();
        QVERIFY(!tray.isShown()); // off by default, and offscreen has no tray
        link.setProfile(session);
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        QVERIFY(!trayAction(menu, "traySync")->isEnabled());

        std::thread browser;
        connect(&link, &ui::SpotifyLink::authorizeUrlReady, this, [&browser](const QUrl& url) {
            browser = std::thread(
                [address = url.toString(QUrl::FullyEncoded).toStdString()] { fakes::simulateBrowser(address); });
        });
        QSignalSpy loggedIn(&link, &ui::SpotifyLink::loginFinished);
        link.logIn(QString::fromStdString(fake.clientId()), false);
        QVERIFY(loggedIn.wait(20000));
        browser.join();
        QTRY_VERIFY(!link.busy());
        QCOMPARE(trayAction(menu, "trayLastSync")->text(), QStringLiteral("Never synced"));
        QVERIFY(trayAction(menu, "traySync")->isEnabled());
        QCOMPARE(fake.requestCount("/v1/me/top/"), 0);

        QSignalSpy finished(&link, &ui::SpotifyLink::syncFinished);
        trayAction(menu, "traySync")->trigger();
        QCOMPARE(link.job(), ui::SpotifyLink::Job::Sync); // the window's own sync
        QVERIFY(!trayAction(menu, "traySync")->isEnabled());
        QVERIFY(menu.toolTip().contains(QStringLiteral("Syncing with Spotify")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(1).toBool(), false);
        QVERIFY(fake.requestCount("/v1/me/top/") > 0);
        QVERIFY(fake.requestCount("/v1/me/player/recently-played") > 0);

        const auto last = link.lastSyncAt();
        QVERIFY(last.has_value());
        QVERIFY(*last > systemClock().now() - 60'000);
        const QString expected =
            QStringLiteral("Last sync: ") +
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(*last, QTimeZone::utc()), QStringLiteral("d MMM HH:mm"));
        QTRY_COMPARE(trayAction(menu, "trayLastSync")->text(), expected);
        QVERIFY(menu.toolTip().contains(expected));
        QVERIFY(trayAction(menu, "traySync")->isEnabled());
        ::unsetenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL");
        ::unsetenv("TUNESCOPE_SPOTIFY_API_URL");
    }

    void theWindowHasATrayThatFollowsTheSetting()
    {
        testing::TempDir data;
        auto secrets = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets] { return std::make_unique<testing::SharedSecrets>(secrets); };
        ui::MainWindow window(ui::ProfileSession(
            ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
        auto* tray = window.findChild<ui::TrayIcon*>();
        QVERIFY(tray != nullptr);
        QCOMPARE(tray->trayMenu()->toolTip(), QStringLiteral("Tunescope\nNever synced\nNot logged in to Spotify"));
        QSettings().setValue(QStringLiteral("desktop/trayIcon"), true);
        tray->applySettings();
        QCOMPARE(tray->isShown(), ui::TrayIcon::available()); // offscreen: no tray, nothing shown, no crash
        QSettings().remove(QStringLiteral("desktop/trayIcon"));
        tray->applySettings();
        QVERIFY(!tray->isShown());
    }
};

QTEST_MAIN(TrayIconTest)
#include "TrayIconTest.moc"
