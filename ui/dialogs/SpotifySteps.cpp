#include "dialogs/SpotifySteps.h"

#include <QCoreApplication>

namespace tunescope::ui {

QString spotifyAppSteps()
{
    // Spotify gives every user of a Development Mode app their own Client ID: there is no shared one.
    return QCoreApplication::translate(
               "SpotifySteps",
               "<p>Tunescope talks to Spotify through an app of your own (free, two minutes):</p>"
               "<ol><li>Open <a href=\"https://developer.spotify.com/dashboard\">developer.spotify.com/dashboard</a>, "
               "log in and choose <b>Create app</b> (any name; tick <i>Web API</i>).</li>"
               "<li>Add this Redirect URI exactly: <b><tt>%1</tt></b></li>"
               "<li>Save, open the app's settings and copy its <b>Client ID</b> here.</li></ol>"
               "<p>No client secret is needed. Your login is kept in the system keychain; without one, Tunescope "
               "asks before keeping it in a file only you can read.</p>")
        .arg(QString::fromLatin1(kSpotifyRedirectUri));
}

} // namespace tunescope::ui
