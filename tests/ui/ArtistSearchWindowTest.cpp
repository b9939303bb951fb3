// The Artist Search window against the fake Spotify and the fake ReccoBeats: type a name, see the
// user's own artist and Spotify's, open the artist with 40 releases (discography by group, track
// lists), features with their source, export a chart; a second visit asks Spotify nothing; cancel.
#include "artist/ArtistSearchWindow.h"
#include "FakeReccoBeats.h"
#include "FakeSpotify.h"
#include "ProfileSession.h"
#include "ServiceSettings.h"
#include "SharedSecrets.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "artist/ArtistPage.h"
#include "artist/ArtistResultsModel.h"
#include "artist/DiscographyTree.h"
#include "artist/FeaturesView.h"
#include "auth/MemorySecretStore.h"
#include "charts/ChartPanel.h"
#include "dialogs/LoginDialog.h"
#include "enrich/GenreMapping.h"
#include "ingest/HistoryImporter.h"

#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

#include <cstdlib>
#include <thread>

using namespace tunescope;

namespace {

ui::ProfileSession sessionIn(const testing::TempDir& data)
{
    return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc());
}

} // namespace

class ArtistSearchWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::unsetenv("TUNESCOPE_SPOTIFY_TOKEN");
        QSettings().setValue(QStringLiteral("spotify/autoSyncHours"), 0);
        QSettings().setValue(QStringLiteral("spotify/pollMinutes"), 0);
        ui::ArtistSearchWindow::debounce = std::chrono::milliseconds(20);
    }

    void init()
    {
        fakes::FakeSpotifyOptions options;
        options.catalogue.prolificReleases = 40;
        fake_ = std::make_unique<fakes::FakeSpotify>(options);
        QVERIFY(fake_->running());
        recco_ = std::make_unique<fakes::FakeReccoBeats>();
        QVERIFY(recco_->running());
        ::setenv("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", fake_->accountsBaseUrl().c_str(), 1);
        ::setenv("TUNESCOPE_SPOTIFY_API_URL", fake_->apiBaseUrl().c_str(), 1);
        // ReccoBeats through the address in Settings, as a user with a proxy would set it.
        ::unsetenv("TUNESCOPE_RECCOBEATS_URL");
        ui::service_settings::setReccoBeatsUrl(QString::fromStdString(recco_->baseUrl()));
        secrets_ = std::make_shared<auth::MemorySecretStore>();
        ui::SpotifyLink::openKeychain = [secrets = secrets_] {
            return std::make_unique<testing::SharedSecrets>(secrets);
        };
        ui::LoginDialog::openBrowser = [this](const QUrl& url) {
            browsers_.emplace_back(
                [address = url.toString(QUrl::FullyEncoded).toStdString()] { fakes::simulateBrowser(address); });
            return true;
        };
    }

    void cleanup()
    {
        for (auto& browser : browsers_) {
            browser.join();
        }
        browsers_.clear();
        recco_.reset();
        fake_.reset();
    }

    void searchOpenAnArtistSeeTheDiscographyAndFeaturesWithTheirSource()
    {
        testing::TempDir data;
        const auto session = sessionIn(data);
        const auto* artist = fake_->catalogue().prolificArtist();
        QVERIFY(artist != nullptr);
        const QString name = QString::fromStdString(artist->name);
        // The user has played this artist (the export spells the name as Spotify does).
        {
            auto db = session.open();
            QVERIFY(db.ok());
            const auto file = data.write("in/StreamingHistory0.json",
                                         R"([{"endTime":"2024-03-09 23:50","artistName":")" + artist->name +
                                             R"(","trackName":"Somewhere Long","msPlayed":200000}])");
            QCOMPARE(ingest::importHistory(*db, {file}).totalAdded(), std::size_t{1});
            // MusicBrainz gave it two genres; the user shows one of them under another name.
            QVERIFY(db->exec("INSERT INTO artist_genres (creator_id, genre, source, weight) "
                             "SELECT id, 'dream pop', 2, 0.6 FROM creators UNION ALL "
                             "SELECT id, 'shoegaze', 2, 0.4 FROM creators")
                        .ok());
            QVERIFY(enrich::mapGenre(*db, "shoegaze", "nu gaze").ok());
        }
        // ReccoBeats knows every track of the artist's own releases but the first one.
        std::vector<std::string> own;
        for (const auto& albumId : artist->albumIds) {
            for (const auto& track : fake_->catalogue().tracks()) {
                if (track.albumId == albumId) {
                    own.push_back(track.id);
                }
            }
        }
        QVERIFY(own.size() > 40);
        recco_->addTracks(std::vector<std::string>(own.begin() + 1, own.end()));

        ui::SpotifyLink link;
        logIn(link, session);
        QVERIFY(!QTest::currentTestFailed());

        ui::ArtistSearchWindow window(&link);
        window.setProfile(session);
        window.focusSearch();
        QSignalSpy searched(&window, &ui::ArtistSearchWindow::searched);
        auto* query = window.findChild<QLineEdit*>(QStringLiteral("artistQuery"));
        QTest::keyClicks(query, name.left(12));
        QVERIFY(searched.wait(10000));
        auto* results = window.results();
        QVERIFY(results->rowCount() >= 1);
        int row = -1;
        for (int i = 0; i < results->rowCount(); ++i) {
            if (results->hit(i).spotifyId == artist->id) {
                row = i;
            }
        }
        QVERIFY2(row >= 0, "Spotify's artist is among the results");
        QVERIFY(results->hit(row).inHistory); // the user's own figures are on it
        QVERIFY(results->index(row).data().toString().contains(QStringLiteral("In your history")));
        // Its picture arrives in the background and fills the list's square, however small the file.
        const auto picture = [&] {
            return results->index(row).data(Qt::DecorationRole).value<QIcon>().pixmap(48).toImage();
        };
        QTRY_VERIFY_WITH_TIMEOUT(picture().pixelColor(24, 24).alpha() > 0, 10000);
        QCOMPARE(picture().size(), QSize(48, 48));

        // Open it: 40 releases in four groups, newest first, with their track lists.
        QSignalSpy shown(&window, &ui::ArtistSearchWindow::artistShown);
        auto* list = window.findChild<QListView*>(QStringLiteral("artistResults"));
        emit list->activated(results->index(row));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("artistCancel"))->isVisible());
        QVERIFY(shown.wait(60000));
        auto* tree = window.page()->discography();
        int releases = 0;
        for (int group = 0; group < tree->rowCount(); ++group) {
            releases += tree->item(group)->rowCount();
        }
        QCOMPARE(releases, 40);
        // The header names the artist's genres as the user maps them.
        QVERIFY2(window.findChild<QLabel*>(QStringLiteral("artistFacts"))
                     ->text()
                     .contains(QStringLiteral("Genres: dream pop, nu gaze")),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("artistFacts"))->text()));
        QVERIFY(tree->item(0)->text().startsWith(QStringLiteral("Albums (")));
        QVERIFY(tree->item(0)->child(0)->rowCount() > 0); // the first album's tracks

        // Features: all but one track from ReccoBeats, and the page says so.
        const QString summary = window.page()->features()->summary();
        QVERIFY2(summary.contains(QStringLiteral("Source: ReccoBeats")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("features for %1 of %2 tracks").arg(own.size() - 1).arg(own.size())),
                 qPrintable(summary));
        auto* histogram = window.page()->features()->histogram();
        QString error;
        const QString png = QString::fromStdString((data.path() / "tempo.png").string());
        QVERIFY2(histogram->exportPng(png, QSize(900, 560), &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(900, 560));

        // TUNESCOPE_SCREENSHOT_DIR: the window as the user sees it, for a look.
        if (const char* dir = std::getenv("TUNESCOPE_SCREENSHOT_DIR")) { // NOLINT(concurrency-mt-unsafe)
            window.resize(1400, 900);
            window.page()->tabs()->setCurrentIndex(ui::ArtistPage::Discography);
            QTest::qWait(100);
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/artist-discography.png"));
            window.page()->tabs()->setCurrentIndex(ui::ArtistPage::Features);
            QTest::qWait(100);
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/artist-features.png"));
            window.page()->tabs()->setCurrentIndex(ui::ArtistPage::Listening);
            QTest::qWait(100);
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/artist-listening.png"));
        }

        // A second visit is instant: nothing asked of Spotify or ReccoBeats.
        const auto spotifyRequests = fake_->requests().size();
        const auto reccoRequests = recco_->requests().size();
        emit list->activated(results->index(row));
        QVERIFY(shown.wait(10000));
        QCOMPARE(fake_->requests().size(), spotifyRequests);
        QCOMPARE(recco_->requests().size(), reccoRequests);
    }

    void aBigDiscographyCanBeCancelledAndTheNextOpenAsksOnlyForTheRest()
    {
        testing::TempDir data;
        const auto session = sessionIn(data);
        ui::SpotifyLink link;
        logIn(link, session);
        QVERIFY(!QTest::currentTestFailed());
        fake_->setLatency(std::chrono::milliseconds(20));
        const auto* artist = fake_->catalogue().prolificArtist();
        browse::ArtistHit hit;
        hit.spotifyId = artist->id;
        hit.name = artist->name;

        ui::ArtistSearchWindow window(&link);
        window.setProfile(session);
        window.show();
        auto* cancel = window.findChild<QPushButton*>(QStringLiteral("artistCancel"));
        auto* progress = window.findChild<QProgressBar*>(QStringLiteral("artistProgress"));
        window.openArtist(hit);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 5, 20000); // some track lists are in
        fake_->clearRequestLog();
        cancel->click();
        QVERIFY(!cancel->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Stopped.")));

        // Opening again asks only for what is missing, and the page is whole.
        QTest::qWait(200); // the request in flight at the cancel ends
        fake_->clearRequestLog();
        QSignalSpy shown(&window, &ui::ArtistSearchWindow::artistShown);
        window.openArtist(hit);
        QVERIFY(shown.wait(60000));
        int releases = 0;
        for (int group = 0; group < window.page()->discography()->rowCount(); ++group) {
            releases += window.page()->discography()->item(group)->rowCount();
        }
        QCOMPARE(releases, 40);
        const auto asked = fake_->requests().size();
        QVERIFY2(asked < 47 - 4, qPrintable(QString::number(asked))); // a whole first open takes 47
    }

    void theUsersOwnArtistsShowWithoutALogin()
    {
        testing::TempDir data;
        const auto session = sessionIn(data);
        {
            auto db = session.open();
            const auto file = data.write(
                "in/StreamingHistory0.json",
                R"([{"endTime":"2024-03-09 23:50","artistName":"Mira Calloway","trackName":"Quiet Engine","msPlayed":200000}])");
            QCOMPARE(ingest::importHistory(*db, {file}).totalAdded(), std::size_t{1});
        }
        // Not logged in: the history answers, and the window says why Spotify does not.
        ui::SpotifyLink link;
        link.setProfile(session);
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        ui::ArtistSearchWindow window(&link);
        window.setProfile(session);
        window.show();
        QSignalSpy searched(&window, &ui::ArtistSearchWindow::searched);
        window.findChild<QLineEdit*>(QStringLiteral("artistQuery"))->setText(QStringLiteral("callo"));
        QVERIFY(searched.wait(10000));
        QCOMPARE(window.results()->rowCount(), 1);
        QCOMPARE(window.results()->hit(0).name, std::string("Mira Calloway"));
        QVERIFY(
            window.findChild<QLabel*>(QStringLiteral("artistSearchNote"))->text().contains(QStringLiteral("Log in")));
        QSignalSpy shown(&window, &ui::ArtistSearchWindow::artistShown);
        window.openArtist(window.results()->hit(0));
        QVERIFY(shown.wait(10000));
        QCOMPARE(window.page()->findChild<QLabel*>(QStringLiteral("artistShare"))->text(),
                 QStringLiteral("100.00% of your listening time"));
    }

private:
    void logIn(ui::SpotifyLink& link, const ui::ProfileSession& session)
    {
        link.setProfile(session);
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedOut);
        QSignalSpy loggedIn(&link, &ui::SpotifyLink::loginFinished);
        connect(&link, &ui::SpotifyLink::authorizeUrlReady, this,
                [](const QUrl& url) { ui::LoginDialog::openBrowser(url); });
        link.logIn(QString::fromStdString(fake_->clientId()), false);
        QVERIFY(loggedIn.wait(20000));
        QTRY_COMPARE(link.state(), ui::SpotifyLink::State::LoggedIn);
    }

    std::unique_ptr<fakes::FakeSpotify> fake_;
    std::unique_ptr<fakes::FakeReccoBeats> recco_;
    std::shared_ptr<auth::MemorySecretStore> secrets_;
    std::vector<std::thread> browsers_;
};

QTEST_MAIN(ArtistSearchWindowTest)
#include "ArtistSearchWindowTest.moc"
