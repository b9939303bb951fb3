#include "dialogs/LoginDialog.h"
#include "ProfileSession.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "auth/MemorySecretStore.h"
#include "dialogs/SettingsDialog.h"
#include "store/SpotifyAccount.h"
#include "store/SyncState.h"
#include "sync/LoginStorage.h"
#include "sync/SpotifyConnection.h"

#include "ServiceSettings.h"
#include "SharedSecrets.h"
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrlQuery>

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

using namespace tunescope;

namespace {

using testing::SharedSecrets;

// A port on 127.0.0.1 where nothing listens.
std::uint16_t closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// What the browser does after Spotify's page: a GET of the redirect URI with `query` and the state.
void comeBack(const QUrl& authorizeUrl, const QString& query)
{
    const QUrlQuery parameters(authorizeUrl);
    const QUrl redirect(parameters.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const QString state = parameters.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const std::string request = "GET /callback?" + query.toStdString() +
                                "&state=" + QString::fromLatin1(QUrl::toPercentEncoding(state)).toStdString() +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(redirect.port()));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        (void)::send(fd, request.data(), request.size(), 0);
        char buffer[4096];
        while (::recv(fd, buffer, sizeof buffer, 0) > 0) {
        }
    }
    ::close(fd);
}

ui::ProfileSession sessionIn(const testing::TempDir& data)
{
    return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc());
}

} // namespace

class LoginDialogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Spotify's accounts service is a port where nothing answers: the code exchange fails.
        const auto url = "http://127.0.0.1:" + std::to_string(closedPort());
        ::setenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", url.c_str(), 1);
        ::setenv("TUNESCOPE_SPOTIFY_API_URL", url.c_str(), 1);
        ::unsetenv("TUNESCOPE_SPOTIFY_TOKEN");
    }

    void cleanup()
    {
        for (auto& browser : browsers_) {
            browser.join();
        }
        browsers_.clear();
    }

    void aFailedLoginSaysWhyAndTheDialogStaysOpenToRetry()
    {
        testing::TempDir data;
        auto secrets = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets] { return std::make_unique<SharedSecrets>(secrets); };
        ui::SpotifyLink link;
        link.setProfile(sessionIn(data));
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);

        QList<QUrl> opened;
        ui::LoginDialog::openBrowser = [this, &opened](const QUrl& url) {
            opened << url;
            browsers_.emplace_back(comeBack, url, QStringLiteral("code=a-code-from-spotify"));
            return true;
        };
        ui::LoginDialog dialog(&link);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("loginClientId"))->setText(QStringLiteral("my-client-id"));
        QSignalSpy finished(&link, &ui::SpotifyLink::loginFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->click();
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("loginBusy"))->isVisible());
        QVERIFY(finished.wait(20000));

        // The browser was sent to Spotify's authorize page, and the address is there to copy.
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.front().toString().startsWith(
            QString::fromLatin1(std::getenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL")) + QStringLiteral("/authorize?")));
        QCOMPARE(QUrlQuery(opened.front()).queryItemValue(QStringLiteral("client_id")), QStringLiteral("my-client-id"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("loginUrl"))->text(),
                 opened.front().toString(QUrl::FullyEncoded));

        // The code exchange found nobody: the error is in the dialog, which stays open to retry.
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Could not connect")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("a-code-from-spotify"))); // never the code
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->isEnabled());
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("loginBusy"))->isVisible());
        QCOMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        QVERIFY(!secrets->read(sync::SpotifyConnection::secretKeyFor("default"))->has_value());

        // Second try: the user declines on Spotify's page, and is told so.
        ui::LoginDialog::openBrowser = [this](const QUrl& url) {
            browsers_.emplace_back(comeBack, url, QStringLiteral("error=access_denied"));
            return true;
        };
        dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(error->text().contains(QStringLiteral("declined")), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
    }

    void cancelStopsWaitingForTheBrowser()
    {
        testing::TempDir data;
        auto secrets = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets] { return std::make_unique<SharedSecrets>(secrets); };
        ui::SpotifyLink link;
        link.setProfile(sessionIn(data));
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        ui::LoginDialog::openBrowser = [](const QUrl&) { return false; }; // no browser at all
        ui::LoginDialog dialog(&link);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("loginClientId"))->setText(QStringLiteral("my-client-id"));
        QSignalSpy url(&link, &ui::SpotifyLink::authorizeUrlReady);
        QSignalSpy finished(&link, &ui::SpotifyLink::loginFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->click();
        QVERIFY(url.wait(5000));
        // No browser opened: the user is told to copy the address.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("loginError"))
                    ->text()
                    .contains(QStringLiteral("copy"), Qt::CaseInsensitive));
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("loginUrl"))->isVisible());
        QElapsedTimer clock;
        clock.start();
        dialog.findChild<QPushButton*>(QStringLiteral("loginCancel"))->click();
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(finished.front().at(0).value<ui::SpotifyLink::LoginResult>(), ui::SpotifyLink::LoginResult::Failed);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->isEnabled());
    }

    void withoutAKeychainTheUserIsAskedAndNoMeansNothingIsStored()
    {
        testing::TempDir data;
        const auto session = sessionIn(data);
        ui::SpotifyLink::openKeychain = [] { return std::unique_ptr<auth::SecretStore>(); };
        ui::SpotifyLink link;
        link.setProfile(session);
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);

        QStringList asked;
        ui::LoginDialog::askStoreInFile = [&asked](QWidget*, const QString& file) {
            asked << file;
            return false;
        };
        bool browserOpened = false;
        ui::LoginDialog::openBrowser = [&browserOpened](const QUrl&) {
            browserOpened = true;
            return true;
        };
        ui::LoginDialog dialog(&link);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("loginClientId"))->setText(QStringLiteral("my-client-id"));
        QSignalSpy finished(&link, &ui::SpotifyLink::loginFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("loginStart"))->click();
        QVERIFY(finished.wait(10000));

        const auto loginFile = sync::loginFileFor(session.location());
        QCOMPARE(asked, QStringList{QString::fromStdString(loginFile.string())});
        QVERIFY(!browserOpened); // no login without a place to keep it
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY2(error->text().contains(QStringLiteral("ask again")), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());

        // Nothing stored: no file, no account, no remembered choice.
        QVERIFY(!std::filesystem::exists(loginFile));
        auto db = session.open();
        QVERIFY(db.ok());
        QVERIFY(!store::loadSpotifyAccount(*db)->has_value());
        QVERIFY(!store::SyncState(*db).text("login_store")->has_value());
    }

    void settingsAreKeptAndTheNextLoginOffersTheClientId()
    {
        testing::TempDir data;
        ui::SettingsDialog settings(QString{});
        settings.findChild<QLineEdit*>(QStringLiteral("settingsClientId"))->setText(QStringLiteral(" my-app-id "));
        auto* hours = settings.findChild<QSpinBox*>(QStringLiteral("settingsAutoSyncHours"));
        QCOMPARE(hours->value(), 12); // the defaults
        QCOMPARE(settings.findChild<QSpinBox*>(QStringLiteral("settingsPollMinutes"))->value(), 30);
        hours->setValue(0);
        QCOMPARE(hours->text(), QStringLiteral("never"));
        settings.findChild<QSpinBox*>(QStringLiteral("settingsPollMinutes"))->setValue(5);
        settings.accept();
        const QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("spotify/clientId")).toString(), QStringLiteral("my-app-id"));
        QCOMPARE(stored.value(QStringLiteral("spotify/autoSyncHours")).toInt(), 0);
        QCOMPARE(stored.value(QStringLiteral("spotify/pollMinutes")).toInt(), 5);

        ui::SpotifyLink::openKeychain = [] { return std::unique_ptr<auth::SecretStore>(); };
        ui::SpotifyLink link;
        link.setProfile(sessionIn(data));
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        ui::LoginDialog dialog(&link);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("loginClientId"))->text(), QStringLiteral("my-app-id"));
        QSettings().remove(QStringLiteral("spotify"));
    }

    void anAddressThatCannotBeUsedKeepsTheSettingsOpenAndSaysWhy()
    {
        ui::SettingsDialog settings(QString{});
        auto* api = settings.findChild<QLineEdit*>(QStringLiteral("settingsApiUrl"));
        auto* accounts = settings.findChild<QLineEdit*>(QStringLiteral("settingsAccountsUrl"));
        QCOMPARE(api->placeholderText(), QStringLiteral("https://api.spotify.com/v1")); // empty: Spotify's own
        settings.findChild<QSpinBox*>(QStringLiteral("settingsPollMinutes"))->setValue(7);
        api->setText(QStringLiteral("http://proxy.example.org/v1")); // tokens in the clear: refused
        QSignalSpy accepted(&settings, &QDialog::accepted);
        settings.accept();
        QCOMPARE(accepted.count(), 0);
        const QString problem = settings.findChild<QLabel*>(QStringLiteral("settingsProblem"))->text();
        QVERIFY2(problem.startsWith(QStringLiteral("Web API address: ")) &&
                     problem.contains(QStringLiteral("https://")),
                 qPrintable(problem));
        QVERIFY(!QSettings().contains(QStringLiteral("spotify/pollMinutes"))); // nothing half-stored

        api->setText(QStringLiteral(" https://proxy.example.org/spotify/v1/ "));
        accounts->setText(QStringLiteral("http://127.0.0.1:8080"));
        settings.accept();
        QCOMPARE(accepted.count(), 1);
        const QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("spotify/apiUrl")).toString(),
                 QStringLiteral("https://proxy.example.org/spotify/v1"));
        QCOMPARE(stored.value(QStringLiteral("spotify/accountsUrl")).toString(),
                 QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(stored.value(QStringLiteral("spotify/pollMinutes")).toInt(), 7);

        // Emptied again: back to Spotify's own addresses.
        ui::SettingsDialog again(QString{});
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("settingsApiUrl"))->text(),
                 QStringLiteral("https://proxy.example.org/spotify/v1"));
        again.findChild<QLineEdit*>(QStringLiteral("settingsApiUrl"))->clear();
        again.findChild<QLineEdit*>(QStringLiteral("settingsAccountsUrl"))->clear();
        again.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("spotify/apiUrl")));
        QVERIFY(!QSettings().contains(QStringLiteral("spotify/accountsUrl")));
        QSettings().remove(QStringLiteral("spotify"));
    }

    void theReccoBeatsAddressIsCheckedAndKeptLikeTheOthers()
    {
        ui::SettingsDialog settings(QString{});
        auto* reccoBeats = settings.findChild<QLineEdit*>(QStringLiteral("settingsReccoBeatsUrl"));
        QCOMPARE(reccoBeats->placeholderText(), QStringLiteral("https://api.reccobeats.com/v1"));
        reccoBeats->setText(QStringLiteral("ftp://features.example.org"));
        QSignalSpy accepted(&settings, &QDialog::accepted);
        settings.accept();
        QCOMPARE(accepted.count(), 0);
        const QString problem = settings.findChild<QLabel*>(QStringLiteral("settingsProblem"))->text();
        QVERIFY2(problem.startsWith(QStringLiteral("ReccoBeats address: ")), qPrintable(problem));
        QVERIFY(!QSettings().contains(QStringLiteral("services/reccoBeatsUrl")));

        reccoBeats->setText(QStringLiteral("https://features.example.org/v1/"));
        settings.accept();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(ui::service_settings::reccoBeatsUrl(), QStringLiteral("https://features.example.org/v1"));
        QSettings().remove(QStringLiteral("services"));
        QSettings().remove(QStringLiteral("spotify"));
    }

private:
    std::vector<std::thread> browsers_;
};

QTEST_MAIN(LoginDialogTest)
#include "LoginDialogTest.moc"
