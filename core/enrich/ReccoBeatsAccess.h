#pragma once

#include "enrich/ReccoBeatsClient.h"
#include "store/Profile.h"
#include "store/SqliteCooldownStore.h"
#include "util/Result.h"

#include <memory>
#include <string_view>

namespace tunescope::enrich {

// ReccoBeats for one profile: the address from TUNESCOPE_RECCOBEATS_URL, else the one the user
// configured, else the public service; its "wait until" kept in the profile so it holds across
// runs and between the window and the command line.
struct ReccoBeatsAccess {
    std::unique_ptr<store::SqliteCooldownStore> cooldowns; // declared first: the client uses it
    std::unique_ptr<ReccoBeatsClient> client;
};

// InvalidInput (with what to fix) when the address is unusable.
Result<ReccoBeatsAccess> openReccoBeats(const store::ProfileLocation& profile, std::string_view configuredUrl = {});

} // namespace tunescope::enrich
