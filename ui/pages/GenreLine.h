#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace tunescope::ui {

// "Genres: indie rock, dream pop" wherever an artist is shown; empty when none are known.
inline QString genreLine(const std::vector<std::string>& genres)
{
    if (genres.empty()) {
        return {};
    }
    QStringList names;
    for (const auto& genre : genres) {
        names << QString::fromStdString(genre);
    }
    return QObject::tr("Genres: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace tunescope::ui
