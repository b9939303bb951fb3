#pragma once

#include <QSettings>
#include <QString>

namespace tunescope::ui {

// Stores a text setting, or removes it when empty so that the default applies again.
inline void setOrRemoveSetting(const QString& key, const QString& value)
{
    QSettings settings;
    if (value.isEmpty()) {
        settings.remove(key);
    } else {
        settings.setValue(key, value);
    }
}

} // namespace tunescope::ui
