#pragma once

#include "ingest/PlayRecord.h"
#include "spotify/SpotifyModels.h"

#include <vector>

namespace tunescope::sync {

// Recently-played items as plays: the moment Spotify gives (`played_at`) as the end of playback
// and the track's length as ms_played, source Web API. The export, when it arrives, replaces them
// with its own rows (real ms_played, platform...).
std::vector<ingest::PlayRecord> recentPlaysAsRecords(const std::vector<spotify::RecentPlay>& plays);

} // namespace tunescope::sync
