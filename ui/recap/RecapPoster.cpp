#include "recap/RecapPoster.h"

#include "recap/RecapLayout.h"
#include "recap/RecapPainting.h"
#include "recap/RecapText.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace tunescope::ui {
namespace {

// The poster's strings share one context with RecapPainting ("Recap").
class Recap {
    Q_DECLARE_TR_FUNCTIONS(Recap)
};

const QColor kWhite(255, 255, 255);

QColor soft(int alpha)
{
    QColor color = kWhite;
    color.setAlpha(alpha);
    return color;
}

double shareOfFirst(std::int64_t value, std::int64_t first)
{
    return first > 0 ? static_cast<double>(value) / static_cast<double>(first) : 0.0;
}

std::vector<RankedLine> rankedLines(const std::vector<analytics::TopEntry>& entries, bool withArtist)
{
    std::vector<RankedLine> lines;
    lines.reserve(entries.size());
    for (const auto& entry : entries) {
        lines.push_back(RankedLine{
            QString::fromStdString(entry.name), withArtist ? QString::fromStdString(entry.artist) : QString(),
            recapMinutes(entry.msPlayed), shareOfFirst(entry.msPlayed, entries.front().msPlayed)});
    }
    return lines;
}

void drawHeader(QPainter& painter, const RecapLayout& layout, const analytics::RecapData& recap, const QString& title,
                const PosterPalette& palette)
{
    drawFittedText(painter, layout.label, Recap::tr("YOUR LISTENING RECAP"), posterFont(28, QFont::Bold, 6), 14,
                   palette.accent);
    drawFittedText(painter, layout.title, title, posterFont(104, QFont::Black), 48, kWhite);
    drawFittedText(painter, layout.subtitle, recapSpan(recap.firstDay, recap.lastDay), posterFont(30, QFont::Normal),
                   16, soft(200));
}

void drawFooter(QPainter& painter, const RecapLayout& layout, const PosterPalette& palette)
{
    drawFittedText(painter, layout.footer, QStringLiteral("Tunescope"), posterFont(28, QFont::Black, 2), 12, soft(230),
                   Qt::AlignRight);
    drawFittedText(painter, layout.footer, Recap::tr("made from your streaming history"), posterFont(22, QFont::Normal),
                   10, palette.accent.lighter(110), Qt::AlignLeft);
}

void drawNothingPlayed(QPainter& painter, const RecapLayout& layout)
{
    // Across the whole width: in landscape the hero's column alone would shrink the words.
    const QRectF column = layout.hero.united(layout.heroLabel);
    const QRectF area(column.left(), column.top(), layout.footer.width(), column.height());
    drawFittedText(painter, QRectF(area.left(), area.top(), area.width(), area.height() * 0.6),
                   Recap::tr("No music in this period"), posterFont(84, QFont::Black), 28, kWhite);
    drawFittedText(painter, QRectF(area.left(), area.top() + area.height() * 0.6, area.width(), area.height() * 0.3),
                   Recap::tr("Choose another range to see your recap."), posterFont(36, QFont::Normal), 16, soft(200));
}

// The count as tr()'s plural selector (only its plural form matters beyond int's range).
int pluralCount(std::int64_t count)
{
    return static_cast<int>(std::min<std::int64_t>(count, 1'000'000));
}

void drawTiles(QPainter& painter, const QRectF& area, const analytics::RecapData& recap, const PosterPalette& palette)
{
    const auto& totals = recap.totals;
    drawTileRow(
        painter, area,
        {{recapNumber(totals.plays), Recap::tr("plays", "the noun under the number", pluralCount(totals.plays))},
         {recapNumber(totals.uniqueArtists),
          Recap::tr("artists", "the noun under the number", pluralCount(totals.uniqueArtists))},
         {recapNumber(recap.longestStreak.days), Recap::tr("day streak")}},
        palette);
}

void drawRecap(QPainter& painter, const RecapLayout& layout, const analytics::RecapData& recap,
               const PosterPalette& palette)
{
    drawFittedText(painter, layout.hero,
                   recapNumber(std::llround(static_cast<double>(recap.totals.msPlayed) / 60'000.0)),
                   posterFont(layout.hero.height() * 0.92, QFont::Black), 40, kWhite);
    drawFittedText(painter, layout.heroLabel, Recap::tr("minutes of music"), posterFont(38, QFont::DemiBold), 16,
                   palette.accent);
    drawTiles(painter, layout.tiles, recap, palette);
    drawRankedList(painter, layout.artists, Recap::tr("Top artists"), rankedLines(recap.topArtists, false),
                   kRecapListSlots, palette);
    drawRankedList(painter, layout.tracks, Recap::tr("Top tracks"), rankedLines(recap.topTracks, true), kRecapListSlots,
                   palette);
    if (!recap.topGenres.empty()) {
        QStringList genres;
        for (const auto& genre : recap.topGenres) {
            genres << QString::fromStdString(genre.name);
        }
        drawChips(painter, layout.genres, Recap::tr("Genres"), genres, palette);
    }
    if (recap.topNewArtist) {
        drawHighlightCard(painter, layout.newArtist, Recap::tr("Top new artist"),
                          QString::fromStdString(recap.topNewArtist->name), recapMinutes(recap.topNewArtist->msPlayed),
                          palette);
    } else if (recap.longestStreak.days > 0) {
        // No discovery to show: the streak's days take the card instead of leaving a hole.
        // Its length is on a tile already: the card has room for the dates.
        drawHighlightCard(painter, layout.newArtist, Recap::tr("Longest streak"),
                          recapSpan(recap.longestStreak.first, recap.longestStreak.last), QString(), palette);
    }
}

} // namespace

QImage renderRecapPoster(const analytics::RecapData& recap, const QString& title, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const PosterPalette& palette = posterPalette(static_cast<unsigned>(qHash(title) % 1024U));
    paintPosterBackground(painter, QRectF(QPointF(0, 0), QSizeF(size)), palette);
    painter.setTransform(recapTransform(size));
    const RecapLayout layout = recapLayout(size);
    drawHeader(painter, layout, recap, title, palette);
    if (recap.empty()) {
        drawNothingPlayed(painter, layout);
    } else {
        drawRecap(painter, layout, recap, palette);
    }
    drawFooter(painter, layout, palette);
    return image;
}

bool writeRecapPng(const QImage& poster, const QString& file, QString* error)
{
    QImageWriter writer(file, "png");
    if (writer.write(poster)) {
        return true;
    }
    if (error != nullptr) {
        *error = QCoreApplication::translate("Recap", "Could not write %1: %2").arg(file, writer.errorString());
    }
    return false;
}

} // namespace tunescope::ui
