#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace tunescope::ui {

// The poster's colours: a dark gradient that white text reads on, and an accent.
struct PosterPalette {
    QColor top;
    QColor middle;
    QColor bottom;
    QColor accent;
};

// One of a few palettes, picked by `seed` (the same title always gets the same colours).
const PosterPalette& posterPalette(unsigned seed);

QFont posterFont(qreal pixelSize, QFont::Weight weight, qreal letterSpacing = 0);

// The gradient with soft glows and record-like rings, over the whole `area`.
void paintPosterBackground(QPainter& painter, const QRectF& area, const PosterPalette& palette);

// The largest pixel size, from the font's down to `minPixelSize`, at which `text` fits `rect`.
qreal fittedPixelSize(const QRectF& rect, const QString& text, QFont font, qreal minPixelSize);

// One line of text in `rect`: the font shrinks down to `minPixelSize` to fit, then the text is
// elided. Vertically centred.
void drawFittedText(QPainter& painter, const QRectF& rect, const QString& text, QFont font, qreal minPixelSize,
                    const QColor& color, Qt::Alignment align = Qt::AlignLeft);

struct RankedLine {
    QString name;
    QString detail;   // second line (a track's artist); empty for one-line rows
    QString figure;   // right-aligned ("1,234 min")
    double share = 0; // of the list's first entry: the bar under the name
};

// A heading and up to `rowCount` rows of equal height filling `area`; fewer lines leave the rest empty.
void drawRankedList(QPainter& painter, const QRectF& area, const QString& heading, const std::vector<RankedLine>& lines,
                    int rowCount, const PosterPalette& palette);

struct PosterTile {
    QString figure;
    QString label;
};

// Rounded translucent cards side by side, each a big figure over a small label.
void drawTileRow(QPainter& painter, const QRectF& area, const std::vector<PosterTile>& tiles,
                 const PosterPalette& palette);

// A card with a small heading, a big name and a figure: the top new artist.
void drawHighlightCard(QPainter& painter, const QRectF& rect, const QString& heading, const QString& name,
                       const QString& figure, const PosterPalette& palette);

// A small heading and chips left to right; chips that do not fit are left out.
void drawChips(QPainter& painter, const QRectF& rect, const QString& heading, const QStringList& chips,
               const PosterPalette& palette);

} // namespace tunescope::ui
