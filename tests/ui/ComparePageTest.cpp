#include "pages/ComparePage.h"

#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "ingest/PlayRecord.h"
#include "models/RankChangesModel.h"
#include "pages/ComparePeriodsBar.h"
#include "store/PlayWriter.h"
#include "store/Profile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace tunescope;

namespace {

// Plays of one minute at noon UTC, one a day from `firstDay` of the month.
struct Plays {
    std::vector<ingest::PlayRecord> records;

    void add(int year, int month, int firstDay, const char* artist, int count)
    {
        for (int i = 0; i < count; ++i) {
            ingest::PlayRecord r;
            r.kind = ingest::PlayKind::Music;
            r.source = ingest::PlaySource::ExtendedHistory;
            r.creator = artist;
            r.title = std::string(artist) + " Song";
            const CivilDate day{year, static_cast<unsigned>(month), static_cast<unsigned>(firstDay + i)};
            r.endedAt = daysFromCivil(day) * kMsPerDay + 12 * kMsPerHour;
            r.msPlayed = 60'000;
            records.push_back(std::move(r));
        }
    }
};

// A profile whose right answers are worked out by hand:
//   April 2023: Delta 2
//   March 2024 (from the 2nd): Alpha 3, Bravo 2, Charlie 1
//   April 2024: Bravo 4, Charlie 2, Nova 1
void writeHistory(const std::filesystem::path& dataDir)
{
    Plays plays;
    plays.add(2023, 4, 10, "Delta", 2);
    plays.add(2024, 3, 2, "Alpha", 3);
    plays.add(2024, 3, 10, "Bravo", 2);
    plays.add(2024, 3, 20, "Charlie", 1);
    plays.add(2024, 4, 2, "Bravo", 4);
    plays.add(2024, 4, 10, "Charlie", 2);
    plays.add(2024, 4, 20, "Nova", 1);
    auto db = store::openProfile(store::ProfileLocation{dataDir, "default"});
    QVERIFY(db.ok());
    store::PlayWriter writer(*db);
    QVERIFY(
        writer.write(plays.records, store::ImportedFileInfo{"fixture", "test", "test:fixture", plays.records.size()})
            .ok());
}

// Each row of a table as "rank|move|name".
QStringList rowsOf(QTableView* table)
{
    QStringList rows;
    auto* model = table->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        rows << QStringLiteral("%1|%2|%3")
                    .arg(model->index(r, ui::RankChangesModel::Rank).data().toString(),
                         model->index(r, ui::RankChangesModel::Move).data().toString(),
                         model->index(r, ui::RankChangesModel::Name).data().toString());
    }
    return rows;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return p;
}

// The page as a person sees it, when TUNESCOPE_SCREENSHOT_DIR names a folder.
void saveShot(QWidget& widget, const QString& name)
{
    if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300); // let the chart view lay out before the picture is taken
        QVERIFY(widget.grab().toImage().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
    }
}

} // namespace

// The Compare page on its own: B from the range bar, A by each quick choice and by dates; the
// tables' markers, the cards' changes and the chart follow.
class ComparePageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void choosingPeriodsChangesTheTablesAndTheChart()
    {
        testing::TempDir data;
        writeHistory(data.path());
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        ui::ComparePage page;
        page.resize(1280, 1000);
        page.show();
        QSignalSpy filled(&page, &ui::ComparePage::filled);
        auto* artists = page.findChild<QTableView*>(QStringLiteral("compareArtistsTable"));
        QVERIFY(artists);
        QAbstractItemModelTester tester(artists->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // B = April 2024 from the range bar; A = the 30 days before it (2 to 31 March).
        page.setSource(session,
                       analytics::resolvePeriod({CivilDate{2024, 4, 1}, CivilDate{2024, 4, 30}}, TimeZone::utc()),
                       analytics::Metric::Plays);
        QVERIFY(filled.wait(30000));
        auto* aFrom = page.findChild<QDateEdit*>(QStringLiteral("compareAFrom"));
        QCOMPARE(aFrom->date(), QDate(2024, 3, 2));
        QCOMPARE(page.findChild<QDateEdit*>(QStringLiteral("compareATo"))->date(), QDate(2024, 3, 31));
        // March: 1 Alpha, 2 Bravo, 3 Charlie. April: 1 Bravo, 2 Charlie, 3 Nova; Alpha gone.
        QCOMPARE(rowsOf(artists), (QStringList{QStringLiteral("1|▲1|Bravo"), QStringLiteral("2|▲1|Charlie"),
                                               QStringLiteral("3|new|Nova"), QStringLiteral("–|gone|Alpha")}));
        const QColor up =
            artists->model()->index(0, ui::RankChangesModel::Move).data(Qt::ForegroundRole).value<QColor>();
        const QColor fresh =
            artists->model()->index(2, ui::RankChangesModel::Move).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(up != fresh);
        // Plays: 7 in B against 6 in A, 17 % more.
        const QString plays = page.findChild<QLabel*>(QStringLiteral("comparePlays"))->text();
        QVERIFY2(plays.startsWith(QStringLiteral("7 ")) && plays.contains(QStringLiteral("▲ 17%")) &&
                     plays.contains(QStringLiteral("from 6")),
                 qPrintable(plays));
        auto* tracks = page.findChild<QTableView*>(QStringLiteral("compareTracksTable"));
        QCOMPARE(tracks->model()->index(0, ui::RankChangesModel::Name).data().toString(), QStringLiteral("Bravo Song"));
        QCOMPARE(tracks->model()->index(0, ui::RankChangesModel::Artist).data().toString(), QStringLiteral("Bravo"));

        // The chart: B's three artists, April's plays beside March's.
        auto* chart = page.findChild<ui::ChartPanel*>(QStringLiteral("compareArtistsChart"));
        const auto& table = chart->content().table;
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.front().value(1), QStringLiteral("Bravo"));
        QCOMPARE(table.rows.front().value(4), QStringLiteral("2")); // plays in A
        QCOMPARE(table.rows.front().value(5), QStringLiteral("4")); // plays in B
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("compareListening"))->text().left(6),
                 QStringLiteral("7 min ")); // seven one-minute plays: minutes, not "0 h"
        saveShot(page, QStringLiteral("compare.png"));

        // The same month a year earlier: only Delta played then, and it is gone; all of B is new.
        page.findChild<QComboBox*>(QStringLiteral("compareAChoice"))
            ->setCurrentIndex(ui::ComparePeriodsBar::SamePeriodLastYear);
        QVERIFY(filled.wait(30000));
        QCOMPARE(aFrom->date(), QDate(2023, 4, 1));
        QCOMPARE(rowsOf(artists), (QStringList{QStringLiteral("1|new|Bravo"), QStringLiteral("2|new|Charlie"),
                                               QStringLiteral("3|new|Nova"), QStringLiteral("–|gone|Delta")}));

        // B by its own dates: March 2024 against the same month of 2023, which had nothing.
        page.findChild<QDateEdit*>(QStringLiteral("compareBFrom"))->setDate(QDate(2024, 3, 1));
        page.findChild<QDateEdit*>(QStringLiteral("compareBTo"))->setDate(QDate(2024, 3, 31));
        QVERIFY(filled.wait(30000));
        QCOMPARE(aFrom->date(), QDate(2023, 3, 1));
        QCOMPARE(rowsOf(artists).size(), 3);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("comparePlays"))->text().contains(QStringLiteral("none in A")));

        // The chart exports as every chart does: a PNG with something drawn in it.
        const QString png = QString::fromStdString((data.path() / "compare.png").string());
        QString error;
        QVERIFY2(chart->exportPng(png, QSize(1200, 800), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        QVERIFY(distinctColours(image) > 20);
    }

    void markersStayReadableUnderADarkPalette()
    {
        testing::TempDir data;
        writeHistory(data.path());
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        ui::ComparePage page;
        page.resize(1280, 1000);
        page.show();
        QSignalSpy filled(&page, &ui::ComparePage::filled);
        page.setSource(session,
                       analytics::resolvePeriod({CivilDate{2024, 4, 1}, CivilDate{2024, 4, 30}}, TimeZone::utc()),
                       analytics::Metric::Minutes);
        QVERIFY(filled.wait(30000));
        auto* model = page.findChild<QTableView*>(QStringLiteral("compareArtistsTable"))->model();
        QCOMPARE(model->headerData(model->columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("Hours in B"));
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto colour = model->index(row, ui::RankChangesModel::Move).data(Qt::ForegroundRole).value<QColor>();
            QVERIFY2(colour.lightness() - base.lightness() > 100, qPrintable(colour.name()));
        }
        saveShot(page, QStringLiteral("compare-dark.png"));
        QApplication::setPalette(light);
    }

    void periodsBarQuickChoices()
    {
        // A leap year's February: the previous period is as long, the same period a year before
        // ends on the last day of that February.
        const auto [from, to] = ui::ComparePeriodsBar::previousPeriod(QDate(2024, 2, 1), QDate(2024, 2, 29));
        QCOMPARE(from, QDate(2024, 1, 3));
        QCOMPARE(to, QDate(2024, 1, 31));
        const auto [lastFrom, lastTo] =
            ui::ComparePeriodsBar::samePeriodLastYear(QDate(2024, 2, 1), QDate(2024, 2, 29));
        QCOMPARE(lastFrom, QDate(2023, 2, 1));
        QCOMPARE(lastTo, QDate(2023, 2, 28));
    }
};

QTEST_MAIN(ComparePageTest)
#include "ComparePageTest.moc"
