#include "models/SpotifyTopModel.h"
#include "ProfileSession.h"
#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "ingest/HistoryImporter.h"
#include "pages/SpotifyTopPage.h"
#include "store/SpotifyCache.h"
#include "store/TopSnapshots.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QValueAxis>
#include <QtTest>

using namespace tunescope;

namespace {

// Three artists the user played in March 2024; Spotify ranks a fourth the user never played.
const char* const kExport = R"([
  {"endTime" : "2024-03-09 23:50", "artistName" : "The Paper Lanterns", "trackName" : "Glass Harbor", "msPlayed" : 200000},
  {"endTime" : "2024-03-10 12:00", "artistName" : "Mira Calloway", "trackName" : "Quiet Engine", "msPlayed" : 180000},
  {"endTime" : "2024-03-10 12:04", "artistName" : "Mira Calloway", "trackName" : "Velvet Kite", "msPlayed" : 240000},
  {"endTime" : "2024-03-11 08:00", "artistName" : "Mira Calloway", "trackName" : "Quiet Engine", "msPlayed" : 180000}
])";

constexpr UtcMs kFirstSnapshot = 1'710'460'800'000;  // 2024-03-15
constexpr UtcMs kSecondSnapshot = 1'710'892'800'000; // 2024-03-20

ui::ProfileSession sessionIn(const testing::TempDir& data)
{
    return ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc());
}

// Two snapshots of Spotify's medium-term top artists, names in the cache, and a few plays.
void fillProfile(const ui::ProfileSession& session, const testing::TempDir& data)
{
    auto db = session.open();
    QVERIFY(db.ok());
    const auto file = data.write("in/StreamingHistory0.json", kExport);
    const auto report = ingest::importHistory(*db, {file});
    QCOMPARE(report.totalAdded(), std::size_t{4});
    store::SpotifyCache cache(*db);
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"a-mira", "Mira Calloway"}, {"a-lanterns", "The Paper Lanterns"}, {"a-unheard", "Nobody Played"}}) {
        QVERIFY(
            cache.putArtist(spotify::Artist{id, name, "spotify:artist:" + id, {}, {}, {}, {}}, kFirstSnapshot).ok());
    }
    QVERIFY(store::recordTopSnapshot(*db, store::TopListKind::Artists, store::TopListRange::MediumTerm, kFirstSnapshot,
                                     {"a-lanterns", "a-unheard", "a-mira"})
                .ok());
    QVERIFY(store::recordTopSnapshot(*db, store::TopListKind::Artists, store::TopListRange::MediumTerm, kSecondSnapshot,
                                     {"a-mira", "a-unheard", "a-lanterns"})
                .ok());
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class SpotifyTopModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spotifysListStandsBesideThePlaysAndTheRankHistoryIsCharted()
    {
        testing::TempDir data;
        const auto session = sessionIn(data);
        fillProfile(session, data);
        if (QTest::currentTestFailed()) {
            return;
        }
        ui::SpotifyTopPage page;
        auto* model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ui::SpotifyTopPage::loaded);
        QSignalSpy charted(&page, &ui::SpotifyTopPage::rankHistoryShown);
        page.setSource(session);
        page.show();
        QVERIFY(loaded.wait(10000));

        // The newest snapshot, in Spotify's order, beside the user's plays.
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 5); // artists: no separate artist column
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Artist"));
        QCOMPARE(cell(*model, 0, 0), QStringLiteral("1"));
        QCOMPARE(cell(*model, 0, 1), QStringLiteral("Mira Calloway"));
        QCOMPARE(cell(*model, 0, 2), QStringLiteral("3"));
        QCOMPARE(cell(*model, 0, 3), QStringLiteral("10 min"));
        QCOMPARE(cell(*model, 0, 4), QStringLiteral("1")); // the user's own number one too
        QCOMPARE(cell(*model, 2, 1), QStringLiteral("The Paper Lanterns"));
        QCOMPARE(cell(*model, 2, 4), QStringLiteral("2"));
        // Never played in that window: dashes, not zeros.
        QCOMPARE(cell(*model, 1, 1), QStringLiteral("Nobody Played"));
        QCOMPARE(cell(*model, 1, 2), QStringLiteral("—"));
        QCOMPARE(cell(*model, 1, 3), QStringLiteral("—"));
        QCOMPARE(cell(*model, 1, 4), QStringLiteral("—"));

        // The first row is selected: its rank in both snapshots (3rd, then 1st) is charted.
        QVERIFY(charted.wait(10000));
        auto* chart = page.rankChart();
        QCOMPARE(chart->content().table.rows.size(), 2);
        QCOMPARE(chart->content().table.rows.at(0).at(1), QStringLiteral("3"));
        QCOMPARE(chart->content().table.rows.at(1).at(1), QStringLiteral("1"));
        std::unique_ptr<QChart> drawn(chart->content().makeChart());
        QList<QPointF> points;
        for (auto* series : drawn->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series)) {
                points += line->points();
            }
        }
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0), QPointF(static_cast<qreal>(kFirstSnapshot), 3));
        QCOMPARE(points.at(1), QPointF(static_cast<qreal>(kSecondSnapshot), 1));
        auto* ranks = qobject_cast<QValueAxis*>(drawn->axes(Qt::Vertical).value(0));
        QVERIFY(ranks != nullptr);
        QVERIFY(ranks->isReverse()); // rank 1 at the top

        // Selecting another row charts that one; the table lists it in both snapshots.
        page.findChild<QTableView*>(QStringLiteral("spotifyTopTable"))->selectRow(2);
        QVERIFY(charted.wait(10000));
        QCOMPARE(chart->content().table.rows.at(0).at(1), QStringLiteral("1"));
        QCOMPARE(chart->content().table.rows.at(1).at(1), QStringLiteral("3"));

        // Tracks: no snapshot yet, so the page explains how to get one.
        page.findChild<QComboBox*>(QStringLiteral("spotifyTopKind"))->setCurrentIndex(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("spotifyTopEmpty"))->isVisible());
    }

    void withoutSnapshotsThePageSaysHowToGetThem()
    {
        testing::TempDir data;
        ui::SpotifyTopPage page;
        QSignalSpy loaded(&page, &ui::SpotifyTopPage::loaded);
        page.setSource(sessionIn(data));
        page.show();
        QVERIFY(loaded.wait(10000));
        auto* empty = page.findChild<QLabel*>(QStringLiteral("spotifyTopEmpty"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Log in with Spotify and sync to see Spotify's own top lists here."));
        QVERIFY(!page.findChild<QTableView*>(QStringLiteral("spotifyTopTable"))->isVisible());
        QSignalSpy login(&page, &ui::SpotifyTopPage::loginRequested);
        page.findChild<QPushButton*>(QStringLiteral("spotifyTopLogin"))->click();
        QCOMPARE(login.count(), 1);
    }
};

QTEST_MAIN(SpotifyTopModelTest)
#include "SpotifyTopModelTest.moc"
