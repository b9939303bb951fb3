#pragma once

#include "cli/CommandContext.h"

#include <string_view>

namespace tunescope::cli {

// tunescope features import FILE.csv | tunescope features TRACK_ID...
int runFeatures(CommandContext& context);

inline constexpr std::string_view kFeaturesHelp =
    R"(Usage: tunescope features TRACK_ID... [--cached] [--json]
       tunescope features import FILE.csv [--json]

Audio features (danceability, energy, valence, tempo, key, ...) of tracks, always with where the
numbers came from: Spotify, ReccoBeats or an imported dataset. A value a source did not give is
shown as missing (-), never as 0.

  features TRACK_ID...   show the features of these tracks (ids, spotify:track: URIs or
                         open.spotify.com links), fetching what the profile lacks: from Spotify
                         when your app may still ask it (apps in Development Mode may not; that is
                         checked once and remembered for 30 days), else from ReccoBeats (free, no
                         login). "None found" is remembered for 30 days too.
  features import FILE   read a features dataset CSV (Kaggle-style files: id/track_id,
                         artist(s)_name, name/track_name, key as number or note, mode as 0/1 or
                         Major/Minor, percentages or 0..1, NA) and store the rows that match
                         your tracks, by Spotify id or else by artist and title. A file that
                         cannot be read changes nothing; rejected rows are listed with their line.

  --cached   show only what the profile holds; ask no server
  --json     print JSON

Env: TUNESCOPE_RECCOBEATS_URL points at another ReccoBeats server (proxies, tests);
TUNESCOPE_SPOTIFY_API_URL and TUNESCOPE_SPOTIFY_TOKEN as for sync.
Exit status: 0 done, 1 usage error, 2 the dataset file was rejected, 3 other failure.
)";

} // namespace tunescope::cli
