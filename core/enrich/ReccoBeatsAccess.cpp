#include "enrich/ReccoBeatsAccess.h"

namespace tunescope::enrich {

Result<ReccoBeatsAccess> openReccoBeats(const store::ProfileLocation& profile, std::string_view configuredUrl)
{
    auto url = reccoBeatsBaseUrl(configuredUrl);
    if (!url) {
        return url.error();
    }
    ReccoBeatsAccess access;
    access.cooldowns = std::make_unique<store::SqliteCooldownStore>(profile.databaseFile());
    ReccoBeatsSettings settings;
    settings.baseUrl = *url;
    settings.cooldowns = access.cooldowns.get();
    auto client = ReccoBeatsClient::create(settings);
    if (!client) {
        return client.error();
    }
    access.client = std::move(client).value();
    return access;
}

} // namespace tunescope::enrich
