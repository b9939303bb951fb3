#include "enrich/MusicBrainzAccess.h"

namespace tunescope::enrich {

Result<MusicBrainzAccess> openMusicBrainz(const store::ProfileLocation& profile, std::string_view configuredUrl)
{
    auto url = musicBrainzBaseUrl(configuredUrl);
    if (!url) {
        return url.error();
    }
    auto interval = musicBrainzInterval(*url);
    if (!interval) {
        return interval.error();
    }
    MusicBrainzAccess access;
    access.cooldowns = std::make_unique<store::SqliteCooldownStore>(profile.databaseFile());
    MusicBrainzSettings settings;
    settings.baseUrl = *url;
    settings.minInterval = *interval;
    settings.cooldowns = access.cooldowns.get();
    // One pace for every profile and process of this data folder (MusicBrainz counts per address).
    settings.sharedPaceFile = profile.dataDir / "musicbrainz-pace";
    auto client = MusicBrainzClient::create(settings);
    if (!client) {
        return client.error();
    }
    access.client = std::move(client).value();
    return access;
}

} // namespace tunescope::enrich
