#pragma once

#include <QRectF>
#include <QSize>
#include <QTransform>

namespace tunescope::ui {

inline constexpr QSize kRecapPortrait(1080, 1920);
inline constexpr QSize kRecapLandscape(1920, 1080);

// Where each part of the recap poster goes, in the coordinates of its design canvas (1080x1920
// portrait or 1920x1080 landscape). The slots never overlap, so no data can make parts collide.
struct RecapLayout {
    QSizeF canvas;
    QRectF label;     // "YOUR LISTENING RECAP"
    QRectF title;     // the period
    QRectF subtitle;  // the days the listening covers
    QRectF hero;      // minutes listened, the big number
    QRectF heroLabel; // "minutes of music"
    QRectF tiles;     // plays, artists, longest streak
    QRectF artists;   // ranked list with its heading
    QRectF tracks;    // ranked list with its heading
    QRectF genres;    // a row of chips
    QRectF newArtist; // a card
    QRectF footer;
};

// Portrait for images taller than wide, landscape otherwise.
RecapLayout recapLayout(QSize imageSize);
// Maps the layout's canvas onto an image of that size: scaled evenly and centred, so text grows
// with the image and keeps its proportions at any size.
QTransform recapTransform(QSize imageSize);

} // namespace tunescope::ui
