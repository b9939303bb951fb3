// The query console on the imported profile (the shared profile of the Overview bench): every
// ready-made example, what counting in local time costs against the stored UTC views, and how
// long a running query takes to stop once Cancel is pressed. Local time is Berlin's (DST).
#include "BenchSupport.h"

#include "query/Examples.h"
#include "query/QueryConsole.h"

#include <array>
#include <chrono>
#include <future>
#include <thread>

namespace tunescope::bench {
namespace {

TimeZone benchZone()
{
    auto zone = TimeZone::locate("Europe/Berlin");
    return zone ? *zone : TimeZone::utc();
}

// Runs `sql` on a console over the shared profile for every iteration, every row kept.
void runQuery(benchmark::State& state, std::string_view sql)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    auto console = query::QueryConsole::openBeside(*db, benchZone());
    if (!console) {
        state.SkipWithError(console.error().message.c_str());
        return;
    }
    query::QueryOptions options;
    options.maxRows = query::QueryOptions::kAllRows;
    for ([[maybe_unused]] auto _ : state) {
        auto result = console->run(sql, options);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(result->rows.data());
    }
}

void BM_QueryExample(benchmark::State& state)
{
    const auto& example = query::queryExamples().at(static_cast<std::size_t>(state.range(0)));
    state.SetLabel(std::string(example.name));
    runQuery(state, example.sql);
}

// The same question over the stored UTC views (0: main.v_daily, 2: main.v_plays) and over the
// console's local ones (1, 3): plays per month, plays per year.
void BM_QueryLocalTime(benchmark::State& state)
{
    static const std::array<std::pair<const char*, const char*>, 4> kQueries = {{
        {"utc days", "SELECT substr(day, 1, 7) AS month, SUM(plays) FROM main.v_daily GROUP BY month"},
        {"local days", "SELECT substr(day, 1, 7) AS month, SUM(plays) FROM v_daily GROUP BY month"},
        {"utc plays", "SELECT substr(day_utc, 1, 4) AS year, COUNT(*) FROM main.v_plays WHERE is_play GROUP BY year"},
        {"local plays", "SELECT substr(day_local, 1, 4) AS year, COUNT(*) FROM v_plays WHERE is_play GROUP BY year"},
    }};
    const auto& [label, sql] = kQueries.at(static_cast<std::size_t>(state.range(0)));
    state.SetLabel(label);
    runQuery(state, sql);
}

// From request_stop() to run() returning, 200 ms into a query that would run much longer:
// 0 counts in a recursive CTE, 1 sorts every play in random order (v_plays, its joins included).
void BM_QueryCancelLatency(benchmark::State& state)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    auto console = query::QueryConsole::openBeside(*db, benchZone());
    if (!console) {
        state.SkipWithError(console.error().message.c_str());
        return;
    }
    const bool counting = state.range(0) == 0;
    const std::string sql = counting ? "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                       "WHERE i < 10000000000) SELECT COUNT(*) FROM n"
                                     : "SELECT * FROM v_plays ORDER BY random()";
    state.SetLabel(counting ? "recursive count" : "sort of every play");
    for ([[maybe_unused]] auto _ : state) {
        std::stop_source stop;
        auto running = std::async(std::launch::async,
                                  [&console, &sql, token = stop.get_token()] { return console->run(sql, {}, token); });
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto pressed = std::chrono::steady_clock::now();
        stop.request_stop();
        const auto result = running.get();
        const auto latency = std::chrono::steady_clock::now() - pressed;
        if (result.ok() || result.error().code != ErrorCode::Cancelled) {
            state.SkipWithError("the query ended before Cancel");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(latency).count());
    }
}

} // namespace

BENCHMARK(BM_QueryExample)
    ->Apply([](benchmark::internal::Benchmark* b) {
        for (std::size_t i = 0; i < query::queryExamples().size(); ++i) {
            b->Arg(static_cast<std::int64_t>(i));
        }
    })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_QueryLocalTime)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_QueryCancelLatency)->Arg(0)->Arg(1)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace tunescope::bench
