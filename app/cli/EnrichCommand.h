#pragma once

#include "cli/CommandContext.h"

#include <string_view>

namespace tunescope::cli {

// tunescope enrich genres [--limit N] [--json] [--quiet]
int runEnrich(CommandContext& context);

inline constexpr std::string_view kEnrichHelp = R"(Usage: tunescope enrich genres [--limit N] [--json] [--quiet]

Looks up the genres of the artists in your history, the artists you listen to most first:
Spotify's own genres when its data in the profile has them, else MusicBrainz (the artist linked
to the Spotify artist, or one whose name matches unmistakably; two artists of the same name are
left without genres rather than guessed). MusicBrainz is asked at most once a second, so a big
history takes a while: Ctrl+C stops at once, every artist already looked up stays stored, and
running the command again goes on from there. Artists with genres are asked again after 90 days, the others after 30.
The demo profile's artists are made up and are never looked up.

  --limit N   at most N artists this time
  --json      print the counts as JSON (due, looked_up, found, from_spotify, none, ambiguous,
              requests, remaining, stopped_early, error)
  --quiet     no progress on the terminal

Env: TUNESCOPE_MUSICBRAINZ_URL points at another MusicBrainz server (a mirror, the tests);
TUNESCOPE_MUSICBRAINZ_INTERVAL_MS sets a mirror's pace (musicbrainz.org: never under 1000).
Exit status: 0 done (or nothing to do), 1 usage error, 3 stopped early or failed (what was found
is kept).
)";

} // namespace tunescope::cli
