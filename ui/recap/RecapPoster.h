#pragma once

#include "analytics/Recap.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace tunescope::ui {

// How many entries each ranked list on the poster shows.
inline constexpr int kRecapListSlots = 5;

// The recap poster of `recap` at `size` pixels: portrait when taller than wide, else landscape.
// `title` names the period (recapTitle). A period without music says so.
QImage renderRecapPoster(const analytics::RecapData& recap, const QString& title, QSize size);

bool writeRecapPng(const QImage& poster, const QString& file, QString* error);

} // namespace tunescope::ui
