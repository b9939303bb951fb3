#include "recap/RecapLayout.h"

#include <algorithm>

namespace tunescope::ui {
namespace {

RecapLayout portrait()
{
    constexpr qreal margin = 80;
    constexpr qreal width = 1080 - 2 * margin;
    RecapLayout l;
    l.canvas = QSizeF(1080, 1920);
    l.label = QRectF(margin, 80, width, 34);
    l.title = QRectF(margin, 122, width, 112);
    l.subtitle = QRectF(margin, 238, width, 40);
    l.hero = QRectF(margin, 312, width, 180);
    l.heroLabel = QRectF(margin, 492, width, 46);
    l.tiles = QRectF(margin, 576, width, 130);
    l.artists = QRectF(margin, 748, width, 380);
    l.tracks = QRectF(margin, 1160, width, 420);
    l.genres = QRectF(margin, 1606, width, 58);
    l.newArtist = QRectF(margin, 1690, width, 124);
    l.footer = QRectF(margin, 1846, width, 36);
    return l;
}

RecapLayout landscape()
{
    constexpr qreal margin = 80;
    constexpr qreal gap = 60;
    constexpr qreal width = 1920 - 2 * margin;
    constexpr qreal left = 560;
    constexpr qreal list = (width - left - 2 * gap) / 2;
    constexpr qreal top = 318;
    RecapLayout l;
    l.canvas = QSizeF(1920, 1080);
    l.label = QRectF(margin, 70, width, 34);
    l.title = QRectF(margin, 108, width, 112);
    l.subtitle = QRectF(margin, 224, width, 40);
    l.hero = QRectF(margin, top, left, 160);
    l.heroLabel = QRectF(margin, top + 160, left, 42);
    l.tiles = QRectF(margin, top + 238, left, 124);
    l.newArtist = QRectF(margin, top + 398, left, 124);
    l.artists = QRectF(margin + left + gap, top, list, 522);
    l.tracks = QRectF(margin + left + gap + list + gap, top, list, 522);
    // Across the page under both columns: room for several genres.
    l.genres = QRectF(margin, top + 572, width, 58);
    l.footer = QRectF(margin, 1000, width, 34);
    return l;
}

bool isPortrait(QSize size)
{
    return size.height() > size.width();
}

} // namespace

RecapLayout recapLayout(QSize imageSize)
{
    return isPortrait(imageSize) ? portrait() : landscape();
}

QTransform recapTransform(QSize imageSize)
{
    const QSizeF canvas = recapLayout(imageSize).canvas;
    const qreal scale = std::min(imageSize.width() / canvas.width(), imageSize.height() / canvas.height());
    QTransform transform;
    transform.translate((imageSize.width() - canvas.width() * scale) / 2,
                        (imageSize.height() - canvas.height() * scale) / 2);
    transform.scale(scale, scale);
    return transform;
}

} // namespace tunescope::ui
