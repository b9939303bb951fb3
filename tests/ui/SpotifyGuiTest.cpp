// The whole Spotify side of the window against the fake Spotify: log in through the dialog (the
// browser simulated), sync from the menu, Spotify's top list on its page, the status corner, an
// automatic sync at start, a rate limit in words, and logging out.
#include "FakeSpotify.h"
#include "MainWindow.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "auth/MemorySecretStore.h"
#include "dialogs/LoginDialog.h"
#include "models/SpotifyTopModel.h"
#include "pages/SpotifyTopPage.h"
#include "store/SpotifyAccount.h"
#include "store/SyncState.h"
#include "sync/SpotifyConnection.h"

#include "SharedSecrets.h"
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

#include <QtTest>

#include <cstdlib>
#include <thread>

using namespace tunescope;

namespace {

using testing::SharedSecrets;

QString statusLabel(const QWidget& window)
{
    return window.findChild<QLabel*>(QStringLiteral("spotifyStatusLabel"))->text();
}

QAction* action(const QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class SpotifyGuiTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::unsetenv("TUNESCOPE_SPOTIFY_TOKEN");
    }

    void init()
    {
        fake_ = std::make_unique<fakes::FakeSpotify>();
        QVERIFY(fake_->running());
        ::setenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", fake_->accountsBaseUrl().c_str(), 1);
        ::setenv("TUNESCOPE_SPOTIFY_API_URL", fake_->apiBaseUrl().c_str(), 1);
        secrets_ = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets = secrets_] { return std::make_unique<SharedSecrets>(secrets); };
        ui::LoginDialog::openBrowser = [this](const QUrl& url) {
            browsers_.emplace_back(
                [address = url.toString(QUrl::FullyEncoded).toStdString()] { fakes::simulateBrowser(address); });
            return true;
        };
        QSettings().remove(QStringLiteral("spotify"));
    }

    void cleanup()
    {
        for (auto& browser : browsers_) {
            browser.join();
        }
        browsers_.clear();
        fake_.reset();
    }

    void logInSyncFromTheMenuSeeSpotifysTopAndLogOut()
    {
        testing::TempDir data;
        QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0); // this test syncs from the menu
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        ui::MainWindow window(session);
        QSignalSpy shown(&window, &ui::MainWindow::overviewShown);
        window.show();
        QVERIFY(shown.wait(10000));
        QTRY_COMPARE(statusLabel(window), QStringLiteral("Spotify: not logged in"));
        QVERIFY(!action(window, "actionSpotifySync")->isEnabled());

        // Log in: the dialog, the Client ID, the (simulated) browser.
        action(window, "actionSpotifyLogin")->trigger();
        QPointer<ui::LoginDialog> dialog = window.findChild<ui::LoginDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("loginClientId"))
            ->setText(QString::fromStdString(fake_->clientId()));
        QSignalSpy closed(dialog.data(), &QDialog::finished);
        dialog->findChild<QPushButton*>(QStringLiteral("loginStart"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 20000); // accepted once the login went through
        const QString name = QString::fromStdString(fake_->user().displayName);
        QTRY_COMPARE(statusLabel(window), QStringLiteral("Spotify: logged in as %1").arg(name));
        QVERIFY(secrets_->read(sync::SpotifyConnection::secretKeyFor("default"))->has_value());
        QCOMPARE(action(window, "actionSpotifyLogin")->text(), QStringLiteral("Log &out"));
        QCOMPARE(QSettings().value(QStringLiteral("spotify/clientId")).toString(),
                 QString::fromStdString(fake_->clientId()));

        // Sync from the menu: progress while it runs, then the status corner says when.
        auto* link = window.spotifyLink();
        QSignalSpy finished(link, &ui::SpotifyLink::syncFinished);
        QSignalSpy progress(link, &ui::SpotifyLink::syncProgress);
        auto* sync = action(window, "actionSpotifySync");
        QTRY_VERIFY(sync->isEnabled());
        QCOMPARE(sync->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        sync->trigger();
        QVERIFY(!sync->isEnabled()); // one job at a time
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("spotifySyncProgress"))->isVisible());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(1).toBool(), false);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("spotifySyncProgress"))->isVisible());
        QVERIFY2(statusLabel(window).startsWith(QStringLiteral("Spotify: logged in as %1 · synced ").arg(name)),
                 qPrintable(statusLabel(window)));
        QVERIFY(sync->isEnabled());

        // Spotify's own top artists on their page, in Spotify's order.
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::SpotifyTop);
        auto* page = window.spotifyTopPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 10000);
        const auto truth = fake_->topArtistIds(fakes::TimeRange::MediumTerm);
        QCOMPARE(page->model()->rowCount(), static_cast<int>(truth.size()));
        const auto* first = fake_->catalogue().artist(truth.front());
        QVERIFY(first != nullptr);
        QCOMPARE(page->model()->index(0, ui::SpotifyTopModel::Name).data().toString(),
                 QString::fromStdString(first->name));

        // Log out: the label says so, the secret and the account are gone, the plays stay.
        action(window, "actionSpotifyLogin")->trigger();
        QTRY_COMPARE(statusLabel(window), QStringLiteral("Spotify: not logged in"));
        QVERIFY(!secrets_->read(sync::SpotifyConnection::secretKeyFor("default"))->has_value());
        auto db = session.open();
        QVERIFY(!store::loadSpotifyAccount(*db)->has_value());
        QCOMPARE(action(window, "actionSpotifyLogin")->text(), QStringLiteral("&Log in…"));
        QVERIFY(!action(window, "actionSpotifySync")->isEnabled());
    }

    void aStaleProfileSyncsAtStartAndARateLimitSaysUntilWhen()
    {
        testing::TempDir data;
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        // Logged in earlier (through the link, as the dialog does), then 13 hours pass.
        {
            ui::SpotifyLink link;
            QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0);
            link.setProfile(session);
            QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
            QSignalSpy loggedIn(&link, &ui::SpotifyLink::loginFinished);
            connect(&link, &ui::SpotifyLink::authorizeUrlReady, this,
                    [this](const QUrl& url) { ui::LoginDialog::openBrowser(url); });
            link.logIn(QString::fromStdString(fake_->clientId()), false);
            QVERIFY(loggedIn.wait(20000));
            QCOMPARE(loggedIn.front().at(0).value<ui::SpotifyLink::LoginResult>(),
                     ui::SpotifyLink::LoginResult::LoggedIn);
        }
        auto db = session.open();
        QVERIFY(store::SyncState(*db).set(store::SyncState::kLastSyncAt, systemClock().now() - 13 * 3'600'000).ok());

        // The default (12 h): a new window syncs by itself.
        QSettings().remove(QStringLiteral("spotify/autoSyncHours"));
        ui::SpotifyLink link;
        QSignalSpy finished(&link, &ui::SpotifyLink::syncFinished);
        QSignalSpy changed(&link, &ui::SpotifyLink::dataChanged);
        link.setProfile(session);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(1).toBool(), false);
        QCOMPARE(changed.count(), 1); // the pages reload: top lists and plays came in
        QVERIFY(*store::SyncState(*db).number(store::SyncState::kLastSyncAt).value() > systemClock().now() - 60'000);

        // Spotify asks for a day's pause: the user reads until when, and what came in stays.
        fake_->fail("/v1/me/player/recently-played", fakes::Fault::tooManyRequestsHuge());
        link.syncNow();
        QVERIFY(finished.wait(30000));
        const QString message = finished.back().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("Spotify asks us to wait until ")), qPrintable(message));
        QCOMPARE(finished.back().at(1).toBool(), true);
        // Syncing again before then asks Spotify nothing and says the same.
        const auto requests = fake_->requests().size();
        link.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.back().at(0).toString().contains(QStringLiteral("Spotify asks us to wait until ")));
        QCOMPARE(fake_->requests().size(), requests);
    }

    void addressesFromTheSettingsReachSpotifyAndRecentPlaysArePolledWhileRunning()
    {
        // No environment: only the addresses saved in Settings lead to the fake.
        ::unsetenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL");
        ::unsetenv("TUNESCOPE_SPOTIFY_API_URL");
        QSettings().setValue(QStringLiteral("spotify/apiUrl"), QString::fromStdString(fake_->apiBaseUrl()));
        QSettings().setValue(QStringLiteral("spotify/accountsUrl"), QString::fromStdString(fake_->accountsBaseUrl()));
        QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0);
        QSettings().setValue(QStringLiteral("spotify/pollMinutes"), 1);
        ui::SpotifyLink::pollMinute = std::chrono::milliseconds(300);
        testing::TempDir data;
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        ui::SpotifyLink link;
        link.setProfile(session);
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        QSignalSpy loggedIn(&link, &ui::SpotifyLink::loginFinished);
        connect(&link, &ui::SpotifyLink::authorizeUrlReady, this,
                [this](const QUrl& url) { ui::LoginDialog::openBrowser(url); });
        fake_->clearRecentPlays();
        link.logIn(QString::fromStdString(fake_->clientId()), false);
        QVERIFY(loggedIn.wait(20000));
        QCOMPARE(loggedIn.front().at(0).value<ui::SpotifyLink::LoginResult>(), ui::SpotifyLink::LoginResult::LoggedIn);

        // Something is played after the login; the next poll (no one clicks Sync) brings it in.
        fake_->clearRequestLog();
        const auto track = fake_->topTrackIds(fakes::TimeRange::ShortTerm).front();
        fake_->addRecentPlay(track, systemClock().now() - 60'000);
        auto db = session.open();
        const auto playsStored = [&db] {
            auto count = db->prepare("SELECT COUNT(*) FROM plays");
            return count && count->step() ? count->int64(0) : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(playsStored(), std::int64_t{1}, 10000);
        QVERIFY(fake_->requestCount("/v1/me/player/recently-played") >= 1);
        QCOMPARE(fake_->requestCount("/v1/me/top/"), 0); // polls, not full syncs
        // And it keeps polling.
        QSignalSpy finished(&link, &ui::SpotifyLink::syncFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.back().at(1).toBool(), false);
        ui::SpotifyLink::pollMinute = std::chrono::minutes(1);
    }

private:
    std::unique_ptr<fakes::FakeSpotify> fake_;
    std::shared_ptr<auth::MemorySecretStore> secrets_;
    std::vector<std::thread> browsers_;
};

QTEST_MAIN(SpotifyGuiTest)
#include "SpotifyGuiTest.moc"
