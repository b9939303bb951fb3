#pragma once

// Chart files in the sites' file-name shape, written at run time rather than kept in the tree:
// invented songs and ids (tests/data/README.md), so no file here can pass for a real download.

#include "TestSupport.h"

#include <filesystem>

namespace tunescope::testing {

// spotifycharts.com's daily Global chart of 2017-01-01: a note line, then Northern Lights (Aurora
// Vale, 3,100,000), "Paper Boats, Again" (The Tideline, 2,500,000), Slow Orbit (Kiko Mar, 1,200,000).
inline std::filesystem::path writeOldSiteDaily(const TempDir& dir)
{
    return dir.write("regional-global-daily-2017-01-01.csv",
                     ",,,\"Note that these figures are generated using a formula that protects against any "
                     "artificial inflation of chart positions.\",\n"
                     "Position,\"Track Name\",Artist,Streams,URL\n"
                     "1,Northern Lights,\"Aurora Vale\",3100000,https://open.spotify.com/track/1aAaAaAaAaAaAaAaAaAaAa\n"
                     "2,\"Paper Boats, Again\",\"The Tideline\",2500000,"
                     "https://open.spotify.com/track/2bBbBbBbBbBbBbBbBbBbBb\n"
                     "3,Slow Orbit,\"Kiko Mar\",1200000,https://open.spotify.com/track/3cCcCcCcCcCcCcCcCcCcCc\n");
}

// A French daily chart whose third line has "lots" for a stream count.
inline std::filesystem::path writeChartWithABadNumber(const TempDir& dir)
{
    return dir.write("broken/regional-fr-daily-2023-02-01.csv",
                     "rank,uri,artist_names,track_name,streams\n"
                     "1,spotify:track:1aAaAaAaAaAaAaAaAaAaAa,Aurora Vale,Northern Lights,900000\n"
                     "2,spotify:track:3cCcCcCcCcCcCcCcCcCcCc,Kiko Mar,Slow Orbit,lots\n");
}

// A German daily chart cut inside a quoted field on its third line.
inline std::filesystem::path writeChartCutShort(const TempDir& dir)
{
    return dir.write("broken/regional-de-daily-2023-02-01.csv",
                     "rank,uri,artist_names,track_name,streams\n"
                     "1,spotify:track:1aAaAaAaAaAaAaAaAaAaAa,Aurora Vale,Northern Lights,900000\n"
                     "2,spotify:track:3cCcCcCcCcCcCcCcCcCcCc,\"Kiko Mar,Slow Orb");
}

// The committed fixtures keep neutral names; import reads region, period and date from the file
// name, so tests copy them into `dir` under the name the site would give the download.
inline std::filesystem::path chartFixtureAs(const TempDir& dir, const std::string& fixtureName,
                                            const std::string& siteName)
{
    return dir.write(siteName, readFile(fixture("charts/" + fixtureName)));
}

// charts.spotify.com's US weekly of 2023-01-05 (tests/data/charts/us-weekly.csv).
inline std::filesystem::path writeUsWeekly(const TempDir& dir)
{
    return chartFixtureAs(dir, "us-weekly.csv", "regional-us-weekly-2023-01-05.csv");
}

// charts.spotify.com's US daily of 2023-01-21 (tests/data/charts/us-daily.csv).
inline std::filesystem::path writeUsDaily(const TempDir& dir)
{
    return chartFixtureAs(dir, "us-daily.csv", "regional-us-daily-2023-01-21.csv");
}

// spotifycharts.com's Global viral 50 of 2020-01-01 (tests/data/charts/viral-global-daily.csv).
inline std::filesystem::path writeViralGlobalDaily(const TempDir& dir)
{
    return chartFixtureAs(dir, "viral-global-daily.csv", "viral-global-daily-2020-01-01.csv");
}

} // namespace tunescope::testing
