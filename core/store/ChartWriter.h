#pragma once

#include "ingest/ChartIdentity.h"
#include "store/Database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tunescope::store {

// One chart entry as a file gives it.
struct ChartEntryRow {
    std::string_view title;
    std::string_view artists;
    std::optional<std::string_view> spotifyId; // the bare 22-character track id
    std::optional<std::int64_t> rank;
    std::optional<std::int64_t> streams;
};

// Writes chart entries with statements prepared once and the ids of charts and songs already
// seen kept in memory. The caller owns the transaction: after a rollback it must call
// discardUncommitted() so ids that no longer exist are forgotten; after a commit, keep().
class ChartWriter {
public:
    static Result<ChartWriter> create(Database& db);

    // The chart's id, created on first sight.
    Result<std::int64_t> chart(const ingest::ChartIdentity& identity);
    // Adds the entry; false when the chart already holds that song (a re-import).
    Result<bool> add(std::int64_t chartId, const ChartEntryRow& row);

    void keep();
    void discardUncommitted();

private:
    struct Statements {
        Statement insertChart;
        Statement findChart;
        Statement insertTrack;
        Statement findTrack;
        Statement insertEntry;
    };
    ChartWriter(Database& db, Statements statements) : db_(&db), statements_(std::move(statements)) {}
    Result<std::int64_t> track(const ChartEntryRow& row);

    Database* db_;
    Statements statements_;
    // Looked up by std::string_view without building a string (C++20 heterogeneous lookup).
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    using IdMap = std::unordered_map<std::string, std::int64_t, KeyHash, std::equal_to<>>;
    IdMap charts_;
    IdMap tracks_;
    std::vector<std::string> newCharts_;
    std::vector<std::string> newTracks_;
    std::string key_; // reused for every row
};

// The index of chart entries by song serves trajectories; kept up row by row it costs a bulk
// import about 40% of its time, built afresh in one sort it costs a fraction. Inside the import's
// transaction: a rollback brings the index back as it was.
Status dropChartSongIndex(Database& db);
Status createChartSongIndex(Database& db);
// Entries already stored (from the song index: cheap even at millions).
Result<std::int64_t> chartEntryCount(Database& db);

} // namespace tunescope::store
