#include "SpotifySettings.h"

#include "SettingsValue.h"

#include <QSettings>

namespace tunescope::ui::spotify_settings {
namespace {

const QString kClientId = QStringLiteral("spotify/clientId");
const QString kAutoSyncHours = QStringLiteral("spotify/autoSyncHours");
const QString kPollMinutes = QStringLiteral("spotify/pollMinutes");
const QString kApiUrl = QStringLiteral("spotify/apiUrl");
const QString kAccountsUrl = QStringLiteral("spotify/accountsUrl");

constexpr int kDefaultAutoSyncHours = 12;
constexpr int kDefaultPollMinutes = 30;

} // namespace

QString clientId()
{
    return QSettings().value(kClientId).toString();
}

void setClientId(const QString& id)
{
    QSettings().setValue(kClientId, id);
}

int autoSyncHours()
{
    return QSettings().value(kAutoSyncHours, kDefaultAutoSyncHours).toInt();
}

void setAutoSyncHours(int hours)
{
    QSettings().setValue(kAutoSyncHours, hours);
}

int pollMinutes()
{
    return QSettings().value(kPollMinutes, kDefaultPollMinutes).toInt();
}

void setPollMinutes(int minutes)
{
    QSettings().setValue(kPollMinutes, minutes);
}

QString apiUrl()
{
    return QSettings().value(kApiUrl).toString();
}

QString accountsUrl()
{
    return QSettings().value(kAccountsUrl).toString();
}

void setAddresses(const QString& api, const QString& accounts)
{
    setOrRemoveSetting(kApiUrl, api);
    setOrRemoveSetting(kAccountsUrl, accounts);
}

sync::SpotifyEndpoints endpoints()
{
    sync::SpotifyEndpoints saved;
    if (const QString api = apiUrl(); !api.isEmpty()) {
        saved.api = api.toStdString();
    }
    if (const QString accounts = accountsUrl(); !accounts.isEmpty()) {
        saved.accounts = accounts.toStdString();
    }
    return saved.withEnvironment();
}

} // namespace tunescope::ui::spotify_settings
