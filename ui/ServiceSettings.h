#pragma once

#include <QString>

// Where track features and genres come from, as the user set it in Settings (empty: the public
// service). The environment (TUNESCOPE_RECCOBEATS_URL, ...) still wins, for tests and proxies.
namespace tunescope::ui::service_settings {

QString reccoBeatsUrl();
void setReccoBeatsUrl(const QString& url);

QString musicBrainzUrl();
void setMusicBrainzUrl(const QString& url);

} // namespace tunescope::ui::service_settings
