#include "ServiceSettings.h"

#include "SettingsValue.h"

#include <QSettings>

namespace tunescope::ui::service_settings {
namespace {

const QString kReccoBeatsUrl = QStringLiteral("services/reccoBeatsUrl");

} // namespace

QString reccoBeatsUrl()
{
    return QSettings().value(kReccoBeatsUrl).toString();
}

void setReccoBeatsUrl(const QString& url)
{
    setOrRemoveSetting(kReccoBeatsUrl, url);
}

} // namespace tunescope::ui::service_settings
