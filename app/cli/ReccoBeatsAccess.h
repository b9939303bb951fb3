#pragma once

#include "enrich/ReccoBeatsClient.h"
#include "store/Profile.h"
#include "store/SqliteCooldownStore.h"
#include "util/Result.h"

#include <memory>

namespace tunescope::cli {

// ReccoBeats for one command: the address from TUNESCOPE_RECCOBEATS_URL or the public service,
// and its "wait until" kept in the profile so it holds across runs.
struct ReccoBeatsAccess {
    std::unique_ptr<store::SqliteCooldownStore> cooldowns; // declared first: the client uses it
    std::unique_ptr<enrich::ReccoBeatsClient> client;
};

// InvalidInput (with what to fix) when the address is unusable.
Result<ReccoBeatsAccess> openReccoBeats(const store::ProfileLocation& profile);

} // namespace tunescope::cli
