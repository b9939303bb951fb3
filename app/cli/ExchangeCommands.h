#pragma once

#include "cli/CommandContext.h"

#include <string_view>

namespace tunescope::cli {

// `tunescope export plays|top ...`: plays as CSV or JSON (re-importable), top lists as CSV.
int runExport(CommandContext& context);
// `tunescope backup --out FILE`: a consistent copy of the profile database, without secrets.
int runBackup(CommandContext& context);
// `tunescope restore FILE`: replaces the profile database with a backup.
int runRestore(CommandContext& context);
// `tunescope delete-profile --yes`: removes the profile, its data and its Spotify login.
int runDeleteProfile(CommandContext& context);

inline constexpr std::string_view kDeleteProfileHelp = R"(Usage: tunescope delete-profile [--profile NAME] --yes

Deletes the profile for good: its folder (every play, everything synced from Spotify, MusicBrainz
and ReccoBeats, imported charts, caches) and its Spotify login (from the system keychain, or the
login file in the folder). Without --yes it only says what would be deleted. Refused while the
window or another command has the profile open. The demo profile cannot be deleted. Make a
`tunescope backup --out FILE` first if you may want it back.

  --yes     really delete
)";

} // namespace tunescope::cli
