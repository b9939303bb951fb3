// The recap poster at both sizes: filled, legible, nothing spilling out of its slot, an empty
// period that says so; the dialog previews it and exports through its file-dialog hook.

#include "recap/RecapPoster.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "recap/RecapDialog.h"
#include "recap/RecapLayout.h"
#include "recap/RecapText.h"
#include "store/PlayWriter.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tunescope;

namespace {

analytics::TopEntry entry(int rank, std::string name, std::string artist, std::int64_t minutes)
{
    return analytics::TopEntry{rank, rank, std::move(name), std::move(artist), minutes / 3, minutes * 60'000};
}

analytics::RecapData fullRecap(const std::string& nameTail = "")
{
    analytics::RecapData recap;
    recap.totals.plays = 12'345;
    recap.totals.msPlayed = 41'234LL * 60'000;
    recap.totals.uniqueArtists = 812;
    recap.totals.uniqueTracks = 3'004;
    recap.firstDay = CivilDate{2024, 1, 1};
    recap.lastDay = CivilDate{2024, 12, 31};
    const std::array<const char*, 5> artists = {"The Paper Lanterns", "Mira Calloway", "Glass Harbor Ensemble", "Noor",
                                                "Velvet Kite"};
    for (std::size_t i = 0; i < artists.size(); ++i) {
        const int rank = static_cast<int>(i) + 1;
        recap.topArtists.push_back(entry(rank, artists.at(i) + nameTail, "", 2'300 - 300 * rank));
        recap.topTracks.push_back(entry(rank, "Quiet Engine No. " + std::to_string(rank) + nameTail,
                                        artists.at(i) + nameTail, 450 - 50 * rank));
    }
    for (const char* genre : {"indie folk", "dream pop", "ambient", "jazz"}) {
        recap.topGenres.push_back(analytics::GenreEntry{0, genre + nameTail, 0, 0, 0});
    }
    recap.longestStreak = analytics::Streak{23, CivilDate{2024, 3, 2}, CivilDate{2024, 3, 24}};
    recap.topNewArtist = analytics::NewArtist{"Lumen Fields" + nameTail, 40, 321LL * 60'000, CivilDate{2024, 5, 1}};
    return recap;
}

// Text is drawn in white; the background, cards and bars never get this light.
bool isText(QRgb pixel)
{
    return qRed(pixel) > 235 && qGreen(pixel) > 235 && qBlue(pixel) > 235;
}

// A rectangle of the poster's canvas in the image's pixels.
QRect inImage(const QImage& image, const QRectF& canvasRect)
{
    return ui::recapTransform(image.size()).mapRect(canvasRect).toAlignedRect().intersected(image.rect());
}

int textPixels(const QImage& image, const QRectF& canvasRect)
{
    const QRect area = inImage(image, canvasRect);
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += isText(image.pixel(x, y)) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class RecapPosterTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bothSizesAreFilledWithLegibleLists()
    {
        for (const QSize size : {ui::kRecapPortrait, ui::kRecapLandscape}) {
            const QImage poster = ui::renderRecapPoster(fullRecap(), QStringLiteral("2024"), size);
            QCOMPARE(poster.size(), size);
            QSet<QRgb> colours;
            for (int y = 0; y < poster.height(); y += 5) {
                for (int x = 0; x < poster.width(); x += 5) {
                    colours.insert(poster.pixel(x, y));
                }
            }
            QVERIFY2(colours.size() > 2000, qPrintable(QString::number(colours.size())));
            const auto layout = ui::recapLayout(size);
            // Five names with their figures in each list: thousands of text pixels.
            QVERIFY2(textPixels(poster, layout.artists) > 8000,
                     qPrintable(QString::number(textPixels(poster, layout.artists))));
            QVERIFY(textPixels(poster, layout.tracks) > 8000);
            QVERIFY(textPixels(poster, layout.hero) > 8000); // the minutes
            QVERIFY(textPixels(poster, layout.title) > 3000);
            QVERIFY(textPixels(poster, layout.newArtist) > 1000);
            QVERIFY(textPixels(poster, layout.genres) > 1000);
        }
    }

    void theSlotsNeverOverlapAndStayOnTheCanvas()
    {
        for (const QSize size : {ui::kRecapPortrait, ui::kRecapLandscape}) {
            const auto l = ui::recapLayout(size);
            const std::array<QRectF, 11> parts = {l.label,   l.title,  l.subtitle, l.hero,      l.heroLabel, l.tiles,
                                                  l.artists, l.tracks, l.genres,   l.newArtist, l.footer};
            const QRectF canvas(QPointF(0, 0), l.canvas);
            for (std::size_t i = 0; i < parts.size(); ++i) {
                QVERIFY(canvas.contains(parts.at(i)));
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    QVERIFY2(!parts.at(i).intersects(parts.at(j)),
                             qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
                }
            }
        }
    }

    void longNamesAreElidedInsideTheirColumns()
    {
        const std::string tail =
            " and the Extraordinarily Long Name That Never Seems to End At All, Really, Not Even Here";
        for (const QSize size : {ui::kRecapPortrait, ui::kRecapLandscape}) {
            const QImage poster = ui::renderRecapPoster(
                fullRecap(tail), QStringLiteral("A title far too long for any poster to hold on one line"), size);
            const auto layout = ui::recapLayout(size);
            // Right of the content column and, in landscape, between the columns: no text at all.
            const qreal right = std::max(layout.artists.right(), layout.tracks.right());
            const QRectF outside(right + 2, 0, layout.canvas.width() - right - 2, layout.canvas.height());
            QCOMPARE(textPixels(poster, outside.intersected(QRectF(QPointF(0, 0), layout.canvas))), 0);
            if (size == ui::kRecapLandscape) {
                QCOMPARE(textPixels(poster,
                                    QRectF(layout.hero.right() + 2, layout.artists.top(),
                                           layout.artists.left() - layout.hero.right() - 4, layout.artists.height())),
                         0);
                QCOMPARE(textPixels(poster,
                                    QRectF(layout.artists.right() + 2, layout.artists.top(),
                                           layout.tracks.left() - layout.artists.right() - 4, layout.artists.height())),
                         0);
            }
            // The lists are still drawn (elided, not dropped).
            QVERIFY(textPixels(poster, layout.artists) > 8000);
        }
    }

    void aPeriodWithoutMusicSaysSo()
    {
        for (const QSize size : {ui::kRecapPortrait, ui::kRecapLandscape}) {
            const QImage poster = ui::renderRecapPoster(analytics::RecapData{}, QStringLiteral("2031"), size);
            QCOMPARE(poster.size(), size);
            const auto layout = ui::recapLayout(size);
            QVERIFY(textPixels(poster, layout.hero) > 3000); // "No music in this period"
            // No tiles, lists, genres or cards: nothing between the message and the footer.
            const qreal below = layout.tiles.top();
            QCOMPARE(textPixels(poster, QRectF(0, below, layout.canvas.width(), layout.footer.top() - below - 2)), 0);
        }
    }

    void titlesNameThePeriod()
    {
        const auto utc = TimeZone::utc();
        const auto title = [&](std::optional<CivilDate> from, std::optional<CivilDate> to) {
            return ui::recapTitle(analytics::resolvePeriod({from, to}, utc));
        };
        QCOMPARE(title(std::nullopt, std::nullopt), QStringLiteral("All time"));
        QCOMPARE(title(CivilDate{2024, 1, 1}, CivilDate{2024, 12, 31}), QStringLiteral("2024"));
        QCOMPARE(title(CivilDate{2024, 2, 1}, CivilDate{2024, 2, 29}), QStringLiteral("February 2024"));
        QCOMPARE(title(CivilDate{2024, 3, 3}, CivilDate{2024, 6, 25}), QStringLiteral("3 Mar – 25 Jun 2024"));
        QCOMPARE(title(CivilDate{2023, 12, 3}, CivilDate{2024, 6, 25}), QStringLiteral("3 Dec 2023 – 25 Jun 2024"));
        QCOMPARE(title(CivilDate{2024, 3, 3}, std::nullopt), QStringLiteral("Since 3 Mar 2024"));
    }

    void theDialogPreviewsAndExportsBothSizes()
    {
        testing::TempDir data;
        const ui::ProfileSession session(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false},
                                         TimeZone::utc());
        {
            auto db = session.open();
            QVERIFY(db.ok());
            std::vector<ingest::PlayRecord> plays;
            for (int day = 1; day <= 3; ++day) {
                ingest::PlayRecord play;
                play.kind = ingest::PlayKind::Music;
                play.source = ingest::PlaySource::ExtendedHistory;
                play.creator = "Mira Sol";
                play.title = "One";
                play.endedAt = *parseIsoTimestamp("2024-03-0" + std::to_string(day) + "T10:00:00Z");
                play.msPlayed = 200'000;
                plays.push_back(play);
            }
            store::PlayWriter writer(*db);
            QVERIFY(writer.write(plays, store::ImportedFileInfo{"plays", "test", "test:plays", plays.size()}).ok());
        }
        ui::RecapDialog dialog(session, analytics::Period{});
        QSignalSpy ready(&dialog, &ui::RecapDialog::ready);
        dialog.show();
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("All time")));
        QCOMPARE(dialog.poster().size(), ui::kRecapPortrait);

        const QString portrait = QString::fromStdString((data.path() / "portrait.png").string());
        const QString landscape = QString::fromStdString((data.path() / "landscape.png").string());
        QString suggested;
        QString target = portrait;
        ui::RecapDialog::saveFileName = [&](QWidget*, const QString&, const QString& name, const QString&) {
            suggested = name;
            return target;
        };
        QSignalSpy exported(&dialog, &ui::RecapDialog::exported);
        dialog.findChild<QPushButton*>(QStringLiteral("recapExport"))->click();
        QCOMPARE(exported.count(), 1);
        QCOMPARE(suggested, QStringLiteral("tunescope-recap-all-time-1080x1920.png"));
        QCOMPARE(QImage(portrait).size(), ui::kRecapPortrait);

        dialog.findChild<QComboBox*>(QStringLiteral("recapSize"))->setCurrentIndex(1);
        target = landscape;
        dialog.findChild<QPushButton*>(QStringLiteral("recapExport"))->click();
        QCOMPARE(exported.count(), 2);
        const QImage wide(landscape);
        QCOMPARE(wide.size(), ui::kRecapLandscape);
        QVERIFY(textPixels(wide, ui::recapLayout(wide.size()).artists) > 1000); // "Mira Sol"

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void theMainWindowOpensTheRecapForItsPeriod()
    {
        testing::TempDir data;
        ui::MainWindow window(ui::ProfileSession(
            ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionRecap"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        action->trigger();
        auto* dialog = window.findChild<ui::RecapDialog*>(QStringLiteral("recapDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy ready(dialog, &ui::RecapDialog::ready);
        QVERIFY(ready.wait(30000));
        dialog->close();
    }
};

QTEST_MAIN(RecapPosterTest)
#include "RecapPosterTest.moc"
