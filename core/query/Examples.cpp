#include "query/Examples.h"

#include <algorithm>

namespace tunescope::query {

const std::vector<QueryExample>& queryExamples()
{
    static const std::vector<QueryExample> list = {
        {"listening-per-month", "Listening per month", R"sql(SELECT substr(day, 1, 7) AS month,
       SUM(plays) AS plays,
       ROUND(SUM(ms_played) / 3600000.0, 1) AS hours
FROM v_daily
GROUP BY month
ORDER BY month)sql"},
        {"top-artists-per-year", "Top 5 artists of every year", R"sql(WITH per_year AS (
  SELECT substr(day_local, 1, 4) AS year, artist, COUNT(*) AS plays
  FROM v_plays
  WHERE is_play
  GROUP BY year, artist_id
)
SELECT year, rank, artist, plays
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY year ORDER BY plays DESC, artist) AS rank
      FROM per_year)
WHERE rank <= 5
ORDER BY year, rank)sql"},
        {"chart-streams-per-region", "Charts: total streams per region", R"sql(SELECT region, period,
       COUNT(DISTINCT chart_date) AS charts,
       SUM(streams) AS total_streams
FROM v_chart_entries
WHERE kind = 'top200'
GROUP BY region, period
ORDER BY total_streams DESC)sql"},
        {"top-songs-of-a-date", "Charts: top 10 songs of a date (newest global weekly)",
         R"sql(-- Put a date of your own instead of the newest: chart_date = '2026-10-29'
SELECT rank, song, artists, streams
FROM v_chart_entries
WHERE region = 'global' AND period = 'weekly' AND kind = 'top200'
  AND chart_date = (SELECT MAX(chart_date) FROM v_chart_entries
                    WHERE region = 'global' AND period = 'weekly' AND kind = 'top200')
ORDER BY rank
LIMIT 10)sql"},
        {"average-streams-per-song", "Charts: average streams per song, chart by chart",
         R"sql(SELECT region, period, chart_date,
       COUNT(*) AS songs,
       ROUND(AVG(streams), 1) AS average_streams
FROM v_chart_entries
WHERE streams IS NOT NULL
GROUP BY region, period, kind, chart_date
ORDER BY chart_date DESC, region)sql"},
        {"plays-by-hour", "Plays by hour of the day", R"sql(SELECT hour_local AS hour, COUNT(*) AS plays
FROM v_plays
WHERE is_play
GROUP BY hour
ORDER BY hour)sql"},
        {"most-skipped-tracks", "Most skipped tracks (started 10 times or more)", R"sql(SELECT artist, track,
       COUNT(*) AS started,
       SUM(skipped = 1) AS skips,
       ROUND(100.0 * SUM(skipped = 1) / COUNT(*), 1) AS skip_percent
FROM v_plays
WHERE kind = 'music'
GROUP BY track_id
HAVING COUNT(*) >= 10
ORDER BY skip_percent DESC, started DESC
LIMIT 20)sql"},
        {"podcast-shows", "Podcast shows by listening time", R"sql(SELECT artist AS show,
       COUNT(DISTINCT track_id) AS episodes,
       ROUND(SUM(minutes) / 60, 1) AS hours
FROM v_plays
WHERE kind = 'podcast'
GROUP BY artist_id
ORDER BY hours DESC
LIMIT 20)sql"},
    };
    return list;
}

const QueryExample* findExample(std::string_view name)
{
    const auto& list = queryExamples();
    const auto it = std::find_if(list.begin(), list.end(), [name](const QueryExample& e) { return e.name == name; });
    return it != list.end() ? &*it : nullptr;
}

} // namespace tunescope::query
