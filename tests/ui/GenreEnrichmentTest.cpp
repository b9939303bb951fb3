// The window's genre job against the fake MusicBrainz: it fills the profile's genres in the
// background with progress, Cancel stops it and keeps what was found, the demo profile is refused,
// and the MusicBrainz address in Settings is where it asks.
#include "FakeMusicBrainz.h"
#include "MainWindow.h"
#include "ProfileSession.h"
#include "ServiceSettings.h"
#include "TestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "enrich/GenreEnrichmentController.h"
#include "enrich/GenreLookupStatus.h"
#include "ingest/HistoryImporter.h"
#include "pages/GenresPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

#include <cstdlib>

using namespace tunescope;
using namespace std::chrono_literals;

namespace {

ui::ProfileSession sessionIn(const testing::TempDir& data, bool demo = false)
{
    return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, demo}, TimeZone::utc());
}

// A history of `count` artists ("Artist 0" listened to most) that the fake knows, each with a genre.
void listenTo(const ui::ProfileSession& session, const testing::TempDir& data, fakes::FakeMusicBrainz& fake, int count)
{
    std::string rows = "[";
    for (int i = 0; i < count; ++i) {
        const std::string name = "Artist " + std::to_string(i);
        fake.addArtist({fakes::FakeMusicBrainz::mbidFor(i), name, {{"genre " + std::to_string(i), 2}}, {}, "", 100});
        rows += std::string(i == 0 ? "" : ",") + R"({"endTime":"2024-03-10 10:)" + std::to_string(10 + i) +
                R"(","artistName":")" + name + R"(","trackName":"Song","msPlayed":)" +
                std::to_string(900'000 - 60'000 * i) + "}";
    }
    auto db = session.open();
    QVERIFY(db.ok());
    const auto file = data.write("in/StreamingHistory_music_0.json", rows + "]");
    QCOMPARE(ingest::importHistory(*db, {file}).totalAdded(), static_cast<std::size_t>(count));
}

std::int64_t count(const ui::ProfileSession& session, const char* sql)
{
    auto db = session.open();
    auto stmt = db ? db->prepare(sql) : Result<store::Statement>(db.error());
    return stmt && stmt->step() ? stmt->int64(0) : -1;
}

fakes::FakeMusicBrainzOptions fakeOptions(std::chrono::milliseconds latency)
{
    fakes::FakeMusicBrainzOptions options;
    options.minInterval = 40ms; // the job's pace is 100 ms (TUNESCOPE_MUSICBRAINZ_INTERVAL_MS): jitter forgiven
    options.latency = latency;
    return options;
}

// A profile of `artists` artists the fake knows, MusicBrainz's address in Settings, the controller
// on that profile and spies on its signals.
struct Scene {
    Scene(std::chrono::milliseconds latency, int artists)
        : fake(fakeOptions(latency)), session(sessionIn(data)), controller(session),
          progress(&controller, &ui::GenreEnrichmentController::progress),
          finished(&controller, &ui::GenreEnrichmentController::finished)
    {
        QVERIFY(fake.running());
        ui::service_settings::setMusicBrainzUrl(QString::fromStdString(fake.baseUrl()));
        listenTo(session, data, fake, artists);
    }

    fakes::FakeMusicBrainz fake;
    testing::TempDir data;
    ui::ProfileSession session;
    ui::GenreEnrichmentController controller;
    QSignalSpy progress;
    QSignalSpy finished;
};

} // namespace

class GenreEnrichmentTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::unsetenv("TUNESCOPE_MUSICBRAINZ_URL"); // the address comes from Settings, as a user sets it
        ::setenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS", "100", 1);
    }

    void cleanup() { ui::service_settings::setMusicBrainzUrl({}); }

    void theJobFillsTheProfilesGenresWithProgress()
    {
        Scene scene(0ms, 3);
        QVERIFY(!QTest::currentTestFailed());
        auto& [fake, data, session, controller, progress, finished] = scene;
        QVERIFY(controller.start());
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!controller.isRunning());
        const QString summary = finished.at(0).at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("3 of 3 artists looked up, 3 found")), qPrintable(summary));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 3); // done of
        QCOMPARE(progress.last().at(1).toInt(), 3); // total
        QCOMPARE(count(session, "SELECT count(*) FROM artist_genres"), 3);
        QCOMPARE(count(session, "SELECT count(*) FROM artist_genre_lookups WHERE outcome = 1"), 3);
        QCOMPARE(fake.tooFast(), 0);

        // Again: nothing due, nothing asked.
        const int asked = fake.requestCount();
        QVERIFY(controller.start());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(0).toString().contains(QStringLiteral("up to date")),
                 qPrintable(finished.last().at(0).toString()));
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(fake.requestCount(), asked);
    }

    void cancelStopsAtOnceAndKeepsWhatWasFound()
    {
        Scene scene(150ms, 8); // slow answers: a run of 8 artists takes seconds
        QVERIFY(!QTest::currentTestFailed());
        auto& [fake, data, session, controller, progress, finished] = scene;
        QVERIFY(controller.start());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 2, 20000);
        controller.cancel();
        QVERIFY(!controller.isRunning());
        QCOMPARE(finished.count(), 1);
        const QString summary = finished.at(0).at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("stopped")), qPrintable(summary));
        QCOMPARE(finished.at(0).at(1).toBool(), true);

        // The worker ends within a request or two; nothing more is stored after that.
        const int requests = fake.requestCount();
        QTest::qWait(1000);
        const auto stored = count(session, "SELECT count(*) FROM artist_genre_lookups");
        QVERIFY2(stored >= 2 && stored < 8, qPrintable(QString::number(stored)));
        QVERIFY(fake.requestCount() <= requests + 1);
        QCOMPARE(finished.count(), 1); // the dropped answer says nothing more

        // Starting again finishes the rest.
        QVERIFY(controller.start());
        QVERIFY(finished.wait(30000));
        QCOMPARE(count(session, "SELECT count(*) FROM artist_genre_lookups"), 8);
        QCOMPARE(fake.tooFast(), 0);
    }

    void theGenresPagesButtonRunsTheLookupsInTheStatusBarAndFillsThePage()
    {
        fakes::FakeMusicBrainz fake(fakeOptions(200ms));
        QVERIFY(fake.running());
        ui::service_settings::setMusicBrainzUrl(QString::fromStdString(fake.baseUrl()));
        testing::TempDir data;
        const auto session = sessionIn(data);
        listenTo(session, data, fake, 4);
        ui::MainWindow window(session);
        window.resize(1300, 900);
        window.show();
        auto* page = window.genresPage();
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(ui::MainWindow::Genres);
        QTRY_VERIFY_WITH_TIMEOUT(page->showsEmptyState(), 20000);

        auto* status = window.genreLookup();
        QVERIFY(!status->isVisible());
        page->findChild<QPushButton*>(QStringLiteral("findGenres"))->click();
        QVERIFY(status->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(status->findChild<QProgressBar*>(QStringLiteral("genreLookupProgress"))->value() >= 1,
                                 20000);
        if (const char* dir = std::getenv("TUNESCOPE_SCREENSHOT_DIR")) { // NOLINT(concurrency-mt-unsafe)
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/genre-lookup-running.png"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), 30000);
        // The summary stays in the status bar once the window has reloaded.
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("4 found")),
                                  qPrintable(window.statusBar()->currentMessage()), 20000);
        // The page reloads with the genres found.
        QTRY_VERIFY_WITH_TIMEOUT(!page->showsEmptyState(), 20000);
        QCOMPARE(fake.tooFast(), 0);
    }

    void theDemoProfileIsRefused()
    {
        testing::TempDir data;
        ui::GenreEnrichmentController controller(sessionIn(data, true));
        QSignalSpy finished(&controller, &ui::GenreEnrichmentController::finished);
        QVERIFY(!controller.start());
        QVERIFY(!controller.isRunning());
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).toString().contains(QStringLiteral("made up")));
    }

    void theMusicBrainzAddressIsSetInSettings()
    {
        ui::SettingsDialog dialog(QString{});
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("settingsMusicBrainzUrl"));
        QVERIFY(field != nullptr);
        QCOMPARE(field->placeholderText(), QStringLiteral("https://musicbrainz.org/ws/2"));
        field->setText(QStringLiteral("http://mirror.example.org/ws/2")); // plain http off this computer
        dialog.accept();
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("settingsProblem"));
        QVERIFY(problem != nullptr && !problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("MusicBrainz address")), qPrintable(problem->text()));
        QVERIFY(!QSettings().contains(QStringLiteral("services/musicBrainzUrl")));
        // TUNESCOPE_SCREENSHOT_DIR: the dialog as the user sees it, for a look.
        if (const char* dir = std::getenv("TUNESCOPE_SCREENSHOT_DIR")) { // NOLINT(concurrency-mt-unsafe)
            dialog.show();
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-genres.png")));
        }
        field->setText(QStringLiteral(" https://mirror.example.org/ws/2/ "));
        dialog.accept();
        QCOMPARE(ui::service_settings::musicBrainzUrl(), QStringLiteral("https://mirror.example.org/ws/2"));
    }
};

QTEST_MAIN(GenreEnrichmentTest)
#include "GenreEnrichmentTest.moc"
