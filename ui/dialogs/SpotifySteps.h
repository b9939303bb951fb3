#pragma once

#include <QString>

namespace tunescope::ui {

// The redirect URI every user registers in their own Spotify app (any port is accepted at login).
inline constexpr char kSpotifyRedirectUri[] = "http://127.0.0.1/callback";

// How to get a Client ID, in three steps (rich text): shown by the login and settings dialogs.
QString spotifyAppSteps();

} // namespace tunescope::ui
