#include "pages/GenresPage.h"

#include "TestSupport.h"
#include "charts/ChartPanel.h"
#include "dialogs/GenreMappingDialog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace tunescope;

namespace {

analytics::GenreOverview queryGenres(const ui::ProfileSession& session, const analytics::Period& period,
                                     analytics::Metric metric)
{
    auto db = session.open();
    analytics::GenreRequest request;
    request.period = period;
    request.metric = metric;
    auto genres = analytics::queryGenreOverview(*db, request);
    return genres ? std::move(genres).value() : analytics::GenreOverview{};
}

const ui::ChartTable& tableOf(const ui::GenresPage& page, const char* chart)
{
    static const ui::ChartTable none;
    auto* panel = page.findChild<ui::ChartPanel*>(QString::fromLatin1(chart));
    return panel != nullptr ? panel->content().table : none;
}

QString title(const ui::GenresPage& page, const char* chart)
{
    auto* panel = page.findChild<ui::ChartPanel*>(QString::fromLatin1(chart));
    return panel != nullptr ? panel->content().title : QString();
}

void saveShot(QWidget& widget, const QString& name)
{
    if (const QByteArray dir = qgetenv("TUNESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300); // let the chart views lay out before the picture is taken
        QVERIFY(widget.grab().toImage().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
    }
}

// The page on screen, filled for all time by `metric` (filled() spied on from before the load).
struct ShownPage {
    std::unique_ptr<ui::GenresPage> page = std::make_unique<ui::GenresPage>();
    std::unique_ptr<QSignalSpy> filled;
};

ShownPage showAllTime(const ui::ProfileSession& session, analytics::Metric metric)
{
    ShownPage shown;
    shown.page->resize(1200, 860);
    shown.page->show();
    shown.filled = std::make_unique<QSignalSpy>(shown.page.get(), &ui::GenresPage::filled);
    shown.page->setSource(session, analytics::resolvePeriod({}, TimeZone::utc()), metric);
    return shown;
}

// The demo profile, built once for the whole test in its own data folder.
std::unique_ptr<testing::TempDir> demoData;

ui::ProfileSession demo()
{
    return ui::ProfileSession(ui::GuiOptions{demoData->path().string(), std::nullopt, std::nullopt, true},
                              TimeZone::utc());
}

} // namespace

// The Genres page on the demo profile (its genres as if looked up on MusicBrainz) and on an empty
// profile: what the charts say, the mapping dialog changing them, the way to find genres.
class GenresPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        demoData = std::make_unique<testing::TempDir>();
    }

    void cleanupTestCase() { demoData.reset(); }

    void chartsFollowTheRangeAndTheMetric()
    {
        const auto session = demo();
        auto shown = showAllTime(session, analytics::Metric::Plays);
        auto& page = *shown.page;
        auto& filled = *shown.filled;
        QVERIFY(filled.wait(30000));
        QVERIFY(!page.showsEmptyState());
        const analytics::Period all = analytics::resolvePeriod({}, TimeZone::utc());

        const auto expected = queryGenres(session, all, analytics::Metric::Plays);
        QCOMPARE(title(page, "topGenresChart"), QStringLiteral("Top genres by plays"));
        const auto& top = tableOf(page, "topGenresChart");
        QCOMPARE(top.rows.size(), static_cast<qsizetype>(expected.top.size()));
        QCOMPARE(top.rows.front().value(1), QString::fromStdString(expected.top.front().name));
        QCOMPARE(top.rows.front().value(2).toDouble(), std::round(expected.top.front().plays * 100) / 100);
        // The donut: eight genres and "other", together the whole of the known listening.
        const auto& donut = tableOf(page, "genreDonutChart");
        QCOMPARE(donut.rows.size(), 9);
        QCOMPARE(donut.rows.back().value(0), QStringLiteral("other"));
        double whole = 0;
        for (const auto& row : donut.rows) {
            whole += row.value(1).toDouble();
        }
        QVERIFY(std::abs(whole - 1.0) < 0.001);
        QVERIFY2(donut.rows.back().value(1).toDouble() < 0.25, "other is not a modest share of the demo donut");
        auto* view =
            qobject_cast<QChartView*>(page.findChild<ui::ChartPanel*>(QStringLiteral("genreDonutChart"))->view());
        QVERIFY(view && qobject_cast<QPieSeries*>(view->chart()->series().value(0)));
        // Four years month by month, eight genres and "other".
        const auto& months = tableOf(page, "genresOverTimeChart");
        QVERIFY(months.rows.size() >= 47);
        QCOMPARE(months.header.size(), 1 + 9);
        auto* coverage = page.findChild<QLabel*>(QStringLiteral("genreCoverage"));
        QVERIFY(coverage->text().startsWith(QStringLiteral("Genres known for ")));
        QVERIFY(coverage->text().contains(QStringLiteral("of plays")));
        saveShot(page, QStringLiteral("genres-light.png"));

        // The first quarter of 2025 by listening time.
        const analytics::Period quarter =
            analytics::resolvePeriod({CivilDate{2025, 1, 1}, CivilDate{2025, 3, 31}}, TimeZone::utc());
        page.setSource(session, quarter, analytics::Metric::Minutes);
        QVERIFY(filled.wait(30000));
        const auto inQuarter = queryGenres(session, quarter, analytics::Metric::Minutes);
        QCOMPARE(title(page, "topGenresChart"), QStringLiteral("Top genres by listening time"));
        QCOMPARE(tableOf(page, "topGenresChart").rows.front().value(1),
                 QString::fromStdString(inQuarter.top.front().name));
        QCOMPARE(tableOf(page, "topGenresChart").rows.front().value(3),
                 QString::number(std::llround(inQuarter.top.front().msPlayed)));
        QCOMPARE(tableOf(page, "genresOverTimeChart").rows.size(), 3);
        QVERIFY(coverage->text().contains(QStringLiteral("of listening time")));
    }

    void foldingInTheMappingDialogChangesTheChartsAndUndoPutsThemBack()
    {
        auto shown = showAllTime(demo(), analytics::Metric::Plays);
        auto& page = *shown.page;
        auto& filled = *shown.filled;
        QVERIFY(filled.wait(30000));
        const auto before = tableOf(page, "topGenresChart");
        const QString first = before.rows.value(0).value(1);
        const QString second = before.rows.value(1).value(1);
        const double together = before.rows.value(0).value(2).toDouble() + before.rows.value(1).value(2).toDouble();

        page.findChild<QPushButton*>(QStringLiteral("editGenres"))->click();
        auto* dialog = page.mappingDialog();
        QVERIFY(dialog);
        QSignalSpy listed(dialog, &ui::GenreMappingDialog::listed);
        QVERIFY(listed.wait(30000));
        QVERIFY(dialog->list()->topLevelItemCount() >= 15);
        QVERIFY(dialog->selectGenre(second));
        ui::GenreMappingDialog::chooseFoldTarget = [first](QWidget*, const QString&, const QStringList& others) {
            return others.contains(first) ? std::optional<QString>(first) : std::nullopt;
        };
        dialog->findChild<QPushButton*>(QStringLiteral("genreFold"))->click();
        QVERIFY(filled.wait(30000));
        const auto& folded = tableOf(page, "topGenresChart");
        QCOMPARE(folded.rows.front().value(1), first);
        QVERIFY(std::abs(folded.rows.front().value(2).toDouble() - together) < 0.02);
        for (const auto& row : folded.rows) {
            QVERIFY(row.value(1) != second);
        }
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 2, 30000); // the list follows too
        QVERIFY(dialog->selectGenre(second));
        QCOMPARE(dialog->list()->currentItem()->text(1), first); // "shown as"
        saveShot(*dialog, QStringLiteral("genre-mapping-dialog.png"));

        // A fold back would loop: refused, with the reason in the dialog.
        QVERIFY(dialog->selectGenre(first));
        ui::GenreMappingDialog::chooseFoldTarget = [second](QWidget*, const QString&, const QStringList&) {
            return std::optional<QString>(second);
        };
        dialog->findChild<QPushButton*>(QStringLiteral("genreFold"))->click();
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("genreMappingMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("loop")), 10000);

        dialog->findChild<QPushButton*>(QStringLiteral("genreUndo"))->click();
        QVERIFY(filled.wait(30000));
        QCOMPARE(tableOf(page, "topGenresChart").rows, before.rows);
        dialog->close();
    }

    void withoutGenresThePageOffersToFindThem()
    {
        testing::TempDir own;
        const ui::ProfileSession session(ui::GuiOptions{own.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        auto shown = showAllTime(session, analytics::Metric::Plays);
        auto& page = *shown.page;
        QVERIFY(shown.filled->wait(30000));
        QVERIFY(page.showsEmptyState());
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("genresEmptyText"))->text().contains(QStringLiteral("MusicBrainz")));
        QSignalSpy find(&page, &ui::GenresPage::findGenresRequested);
        page.findChild<QPushButton*>(QStringLiteral("findGenres"))->click();
        QCOMPARE(find.count(), 1);
        saveShot(page, QStringLiteral("genres-empty.png"));
    }
};

QTEST_MAIN(GenresPageTest)
#include "GenresPageTest.moc"
