#pragma once

#include "sync/SpotifyConnection.h"

#include <QString>

// The Spotify settings the user keeps in QSettings, read and written in one place.
namespace tunescope::ui::spotify_settings {

// The Client ID of the user's own Spotify app, offered at the next login.
QString clientId();
void setClientId(const QString& id);

// Sync at start when the last sync is older than this many hours; 0: never.
int autoSyncHours();
void setAutoSyncHours(int hours);

// Fetch recent plays every this many minutes while the app runs; 0: off.
int pollMinutes();
void setPollMinutes(int minutes);

// The addresses of Spotify's API and accounts service as the user set them (empty: Spotify's
// own), for a proxy. The environment (TUNESCOPE_SPOTIFY_API_URL, ..._ACCOUNTS_URL) still wins.
QString apiUrl();
QString accountsUrl();
void setAddresses(const QString& api, const QString& accounts);
sync::SpotifyEndpoints endpoints();

} // namespace tunescope::ui::spotify_settings
