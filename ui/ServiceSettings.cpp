#include "ServiceSettings.h"

#include "SettingsValue.h"

#include <QSettings>

namespace tunescope::ui::service_settings {
namespace {

const QString kReccoBeatsUrl = QStringLiteral("services/reccoBeatsUrl");
const QString kMusicBrainzUrl = QStringLiteral("services/musicBrainzUrl");

} // namespace

QString reccoBeatsUrl()
{
    return QSettings().value(kReccoBeatsUrl).toString();
}

void setReccoBeatsUrl(const QString& url)
{
    setOrRemoveSetting(kReccoBeatsUrl, url);
}

QString musicBrainzUrl()
{
    return QSettings().value(kMusicBrainzUrl).toString();
}

void setMusicBrainzUrl(const QString& url)
{
    setOrRemoveSetting(kMusicBrainzUrl, url);
}

} // namespace tunescope::ui::service_settings
