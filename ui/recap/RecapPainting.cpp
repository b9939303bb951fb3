#include "recap/RecapPainting.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>

namespace tunescope::ui {
namespace {

const QColor kText(255, 255, 255);
constexpr qreal kWidthSlack = 0.98;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

void fillRounded(QPainter& painter, const QRectF& rect, qreal radius, const QBrush& brush)
{
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    painter.fillPath(path, brush);
}

} // namespace

const PosterPalette& posterPalette(unsigned seed)
{
    // Dark enough at every stop for white text; each with its own accent.
    static const std::array<PosterPalette, 5> palettes = {{
        {QColor(0x1a, 0x0b, 0x3b), QColor(0x5b, 0x17, 0x8f), QColor(0xc2, 0x18, 0x5b), QColor(0xff, 0xd5, 0x4f)},
        {QColor(0x04, 0x1c, 0x33), QColor(0x0b, 0x4f, 0x6c), QColor(0x0e, 0x7c, 0x6b), QColor(0xff, 0xe0, 0x82)},
        {QColor(0x24, 0x08, 0x0b), QColor(0x8a, 0x1c, 0x1c), QColor(0xc8, 0x4b, 0x0c), QColor(0xff, 0xe9, 0xa8)},
        {QColor(0x0d, 0x1b, 0x2a), QColor(0x3a, 0x0c, 0xa3), QColor(0xb5, 0x17, 0x9e), QColor(0x4c, 0xc9, 0xf0)},
        {QColor(0x06, 0x22, 0x1a), QColor(0x13, 0x4e, 0x3a), QColor(0x1f, 0x6f, 0x8b), QColor(0xb9, 0xf6, 0xca)},
    }};
    return palettes.at(seed % palettes.size());
}

QFont posterFont(qreal pixelSize, QFont::Weight weight, qreal letterSpacing)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setWeight(weight);
    if (letterSpacing != 0) {
        font.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing);
    }
    return font;
}

void paintPosterBackground(QPainter& painter, const QRectF& area, const PosterPalette& palette)
{
    QLinearGradient gradient(area.topLeft(), area.bottomRight());
    gradient.setColorAt(0, palette.top);
    gradient.setColorAt(0.55, palette.middle);
    gradient.setColorAt(1, palette.bottom);
    painter.fillRect(area, gradient);

    const qreal unit = std::min(area.width(), area.height());
    const auto glow = [&](QPointF centre, qreal radius, const QColor& color) {
        QRadialGradient light(centre, radius);
        light.setColorAt(0, color);
        light.setColorAt(1, withAlpha(color, 0));
        painter.fillRect(area, light);
    };
    glow(QPointF(area.right(), area.top()), unit * 0.9, withAlpha(palette.accent, 70));
    glow(QPointF(area.left(), area.bottom()), unit * 1.1, withAlpha(palette.bottom.lighter(150), 90));

    // A record's grooves in the top corner: texture, far too faint to compete with the text.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QPointF centre(area.right() - unit * 0.06, area.top() + unit * 0.1);
    for (int ring = 1; ring <= 14; ++ring) {
        painter.setPen(QPen(withAlpha(kText, ring % 4 == 0 ? 26 : 14), unit * 0.003));
        const qreal radius = unit * (0.06 + 0.032 * ring);
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

qreal fittedPixelSize(const QRectF& rect, const QString& text, QFont font, qreal minPixelSize)
{
    // A little slack: hinting under a scaled painter can widen text by a pixel or two.
    const qreal room = rect.width() * kWidthSlack;
    QFontMetricsF metrics(font);
    while ((metrics.horizontalAdvance(text) > room || metrics.height() > rect.height()) &&
           font.pixelSize() > minPixelSize) {
        font.setPixelSize(std::max(static_cast<int>(minPixelSize), static_cast<int>(font.pixelSize() * 0.92)));
        metrics = QFontMetricsF(font);
    }
    return font.pixelSize();
}

void drawFittedText(QPainter& painter, const QRectF& rect, const QString& text, QFont font, qreal minPixelSize,
                    const QColor& color, Qt::Alignment align)
{
    font.setPixelSize(static_cast<int>(fittedPixelSize(rect, text, font, minPixelSize)));
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width() * kWidthSlack);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, static_cast<int>(align | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
}

void drawRankedList(QPainter& painter, const QRectF& area, const QString& heading, const std::vector<RankedLine>& lines,
                    int rowCount, const PosterPalette& palette)
{
    const qreal headingHeight = std::min<qreal>(56, area.height() * 0.14);
    drawFittedText(painter, QRectF(area.left(), area.top(), area.width(), headingHeight * 0.7), heading.toUpper(),
                   posterFont(28, QFont::Bold, 4), 14, palette.accent);
    const qreal rowHeight = (area.height() - headingHeight) / std::max(rowCount, 1);
    if (lines.empty()) {
        drawFittedText(painter, QRectF(area.left(), area.top() + headingHeight, area.width(), rowHeight),
                       QCoreApplication::translate("Recap", "Nothing yet"), posterFont(34, QFont::Normal), 14,
                       withAlpha(kText, 170));
        return;
    }
    const std::size_t shown = std::min(lines.size(), static_cast<std::size_t>(std::max(rowCount, 0)));
    const bool twoLines = std::any_of(lines.begin(), lines.end(), [](const auto& l) { return !l.detail.isEmpty(); });
    const qreal fullSize = std::min<qreal>(rowHeight * (twoLines ? 0.38 : 0.48), 40);
    const qreal rankWidth = fullSize * 1.6;
    const QFont figureFont = posterFont(fullSize * 0.64, QFont::DemiBold);
    const qreal nameHeight = rowHeight * (twoLines ? 0.46 : 0.66);
    const auto figureWidth = [&](const RankedLine& line) {
        return QFontMetricsF(figureFont).horizontalAdvance(line.figure) + fullSize * 0.6;
    };
    // One size for every name of the list, as large as the longest allows; beyond that, elided.
    qreal nameSize = fullSize;
    for (std::size_t i = 0; i < shown; ++i) {
        const QRectF room(0, 0, std::max<qreal>(area.width() - rankWidth - figureWidth(lines[i]), 1), nameHeight);
        nameSize = std::min(nameSize,
                            fittedPixelSize(room, lines[i].name, posterFont(fullSize, QFont::Bold), fullSize * 0.75));
    }
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& line = lines[i];
        const QRectF row(area.left(), area.top() + headingHeight + rowHeight * static_cast<qreal>(i), area.width(),
                         rowHeight);
        const qreal textWidth = std::max<qreal>(row.width() - rankWidth - figureWidth(line), 1);

        drawFittedText(painter, QRectF(row.left(), row.top(), rankWidth, nameHeight), QString::number(i + 1),
                       posterFont(fullSize * 1.05, QFont::Black), 8, palette.accent);
        drawFittedText(painter, QRectF(row.left() + rankWidth, row.top(), textWidth, nameHeight), line.name,
                       posterFont(nameSize, QFont::Bold), nameSize, kText);
        drawFittedText(painter, QRectF(row.right() - figureWidth(line), row.top(), figureWidth(line), nameHeight),
                       line.figure, figureFont, 8, withAlpha(kText, 200), Qt::AlignRight);
        if (twoLines) {
            drawFittedText(painter, QRectF(row.left() + rankWidth, row.top() + nameHeight, textWidth, rowHeight * 0.32),
                           line.detail, posterFont(fullSize * 0.7, QFont::Normal), fullSize * 0.55,
                           withAlpha(kText, 185));
        }
        // A bar under the name: how this entry compares with the first.
        const qreal barTop = row.top() + rowHeight * (twoLines ? 0.82 : 0.72);
        const qreal barHeight = std::max<qreal>(rowHeight * 0.06, 3);
        const QRectF track(row.left() + rankWidth, barTop, row.width() - rankWidth, barHeight);
        fillRounded(painter, track, barHeight / 2, withAlpha(kText, 28));
        fillRounded(painter,
                    QRectF(track.topLeft(), QSizeF(track.width() * std::clamp(line.share, 0.02, 1.0), barHeight)),
                    barHeight / 2, withAlpha(palette.accent, 200));
    }
}

void drawTileRow(QPainter& painter, const QRectF& area, const std::vector<PosterTile>& tiles,
                 const PosterPalette& palette)
{
    if (tiles.empty()) {
        return;
    }
    const qreal height = area.height();
    const qreal gap = height * 0.18;
    const auto count = static_cast<qreal>(tiles.size());
    const qreal width = (area.width() - gap * (count - 1)) / count;
    const qreal pad = height * 0.14;
    const auto figureRect = [&](std::size_t i) {
        return QRectF(area.left() + (width + gap) * static_cast<qreal>(i) + pad, area.top() + height * 0.1,
                      width - 2 * pad, height * 0.5);
    };
    // One size for every figure, so a long number does not look smaller than its neighbours.
    const QFont full = posterFont(height * 0.4, QFont::Black);
    qreal figureSize = full.pixelSize();
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        figureSize = std::min(figureSize, fittedPixelSize(figureRect(i), tiles[i].figure, full, 12));
    }
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const QRectF figure = figureRect(i);
        fillRounded(painter, QRectF(figure.left() - pad, area.top(), width, height), height * 0.18,
                    withAlpha(kText, 30));
        drawFittedText(painter, figure, tiles[i].figure, posterFont(figureSize, QFont::Black), figureSize, kText);
        drawFittedText(painter, QRectF(figure.left(), figure.bottom(), figure.width(), height * 0.3), tiles[i].label,
                       posterFont(height * 0.19, QFont::DemiBold), 10, withAlpha(palette.accent, 235));
    }
}

void drawHighlightCard(QPainter& painter, const QRectF& rect, const QString& heading, const QString& name,
                       const QString& figure, const PosterPalette& palette)
{
    fillRounded(painter, rect, rect.height() * 0.18, withAlpha(kText, 30));
    fillRounded(painter, QRectF(rect.left(), rect.top(), rect.height() * 0.08, rect.height()), rect.height() * 0.04,
                palette.accent);
    const qreal pad = rect.height() * 0.22;
    const QRectF inner = rect.adjusted(pad, rect.height() * 0.1, -pad, -rect.height() * 0.1);
    drawFittedText(painter, QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.34), heading.toUpper(),
                   posterFont(inner.height() * 0.24, QFont::Bold, 3), 10, palette.accent);
    const QFont figureFont = posterFont(inner.height() * 0.3, QFont::DemiBold);
    const qreal figureWidth = figure.isEmpty() ? 0 : QFontMetricsF(figureFont).horizontalAdvance(figure) + pad;
    const QRectF nameRect(inner.left(), inner.top() + inner.height() * 0.34, inner.width() - figureWidth,
                          inner.height() * 0.66);
    drawFittedText(painter, nameRect, name, posterFont(inner.height() * 0.5, QFont::Black), inner.height() * 0.3,
                   kText);
    if (!figure.isEmpty()) {
        drawFittedText(painter, QRectF(nameRect.right(), nameRect.top(), figureWidth, nameRect.height()), figure,
                       figureFont, 10, withAlpha(kText, 200), Qt::AlignRight);
    }
}

void drawChips(QPainter& painter, const QRectF& rect, const QString& heading, const QStringList& chips,
               const PosterPalette& palette)
{
    const QFont headingFont = posterFont(rect.height() * 0.4, QFont::Bold, 3);
    const QString headingText = heading.toUpper();
    const qreal headingWidth =
        std::min(QFontMetricsF(headingFont).horizontalAdvance(headingText) + rect.height() * 0.4, rect.width() * 0.4);
    drawFittedText(painter, QRectF(rect.left(), rect.top(), headingWidth, rect.height()), headingText, headingFont, 10,
                   palette.accent);
    const QFont chipFont = posterFont(rect.height() * 0.44, QFont::DemiBold);
    const QFontMetricsF metrics(chipFont);
    const qreal pad = rect.height() * 0.36;
    qreal x = rect.left() + headingWidth;
    for (const auto& chip : chips) {
        const qreal room = rect.right() - x;
        const qreal wanted = metrics.horizontalAdvance(chip) * 1.05 + 2 * pad;
        if (room < rect.height() * 2.5) {
            break; // no room for even a short chip
        }
        // The first chip may be elided to fit; later ones either fit whole or are left out.
        if (wanted > room && x > rect.left() + headingWidth) {
            break;
        }
        const QRectF pill(x, rect.top(), std::min(wanted, room), rect.height());
        fillRounded(painter, pill, rect.height() / 2, withAlpha(kText, 38));
        drawFittedText(painter, pill.adjusted(pad, 0, -pad, 0), chip, chipFont, rect.height() * 0.44, kText,
                       Qt::AlignHCenter);
        x = pill.right() + rect.height() * 0.25;
    }
}

} // namespace tunescope::ui
