#pragma once

#include "enrich/MusicBrainzClient.h"
#include "store/Profile.h"
#include "store/SqliteCooldownStore.h"
#include "util/Result.h"

#include <memory>
#include <string_view>

namespace tunescope::enrich {

// MusicBrainz for one profile: the address from TUNESCOPE_MUSICBRAINZ_URL, else the one the user
// configured, else musicbrainz.org; the pace from TUNESCOPE_MUSICBRAINZ_INTERVAL_MS (a mirror
// only; musicbrainz.org always gets one request per second at most), shared by every process and
// profile of the data folder (<data dir>/musicbrainz-pace); its "wait until" kept in the profile so
// it holds across runs and between the window and the command line.
struct MusicBrainzAccess {
    std::unique_ptr<store::SqliteCooldownStore> cooldowns; // declared first: the client uses it
    std::unique_ptr<MusicBrainzClient> client;
};

// InvalidInput (with what to fix) when the address or the interval is unusable.
Result<MusicBrainzAccess> openMusicBrainz(const store::ProfileLocation& profile, std::string_view configuredUrl = {});

} // namespace tunescope::enrich
