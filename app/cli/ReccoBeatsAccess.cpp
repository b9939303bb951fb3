#include "cli/ReccoBeatsAccess.h"

namespace tunescope::cli {

Result<ReccoBeatsAccess> openReccoBeats(const store::ProfileLocation& profile)
{
    auto url = enrich::reccoBeatsBaseUrl();
    if (!url) {
        return url.error();
    }
    ReccoBeatsAccess access;
    access.cooldowns = std::make_unique<store::SqliteCooldownStore>(profile.databaseFile());
    enrich::ReccoBeatsSettings settings;
    settings.baseUrl = *url;
    settings.cooldowns = access.cooldowns.get();
    auto client = enrich::ReccoBeatsClient::create(settings);
    if (!client) {
        return client.error();
    }
    access.client = std::move(client).value();
    return access;
}

} // namespace tunescope::cli
