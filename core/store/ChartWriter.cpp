#include "store/ChartWriter.h"

#include "util/Text.h"

#include <sqlite3.h>

namespace tunescope::store {
namespace {

std::string chartKey(const ingest::ChartIdentity& identity)
{
    return identity.region + '|' + std::to_string(static_cast<int>(identity.period)) + '|' +
           std::to_string(static_cast<int>(identity.kind)) + '|' + formatCivilDate(identity.date);
}

} // namespace

Result<ChartWriter> ChartWriter::create(Database& db)
{
    auto insertChart =
        db.prepare("INSERT OR IGNORE INTO charts (region, period, kind, chart_date) VALUES (?, ?, ?, ?)");
    auto findChart =
        db.prepare("SELECT id FROM charts WHERE region = ? AND period = ? AND kind = ? AND chart_date = ?");
    auto insertTrack =
        db.prepare("INSERT OR IGNORE INTO chart_tracks (track_key, spotify_id, title, artists) VALUES (?, ?, ?, ?)");
    auto findTrack = db.prepare("SELECT id FROM chart_tracks WHERE track_key = ?");
    auto insertEntry =
        db.prepare("INSERT OR IGNORE INTO chart_entries (chart_id, track_id, rank, streams) VALUES (?, ?, ?, ?)");
    for (const auto* statement : {&insertChart, &findChart, &insertTrack, &findTrack, &insertEntry}) {
        if (!*statement) {
            return statement->error();
        }
    }
    return ChartWriter(db, Statements{std::move(*insertChart), std::move(*findChart), std::move(*insertTrack),
                                      std::move(*findTrack), std::move(*insertEntry)});
}

Result<std::int64_t> ChartWriter::chart(const ingest::ChartIdentity& identity)
{
    std::string key = chartKey(identity);
    if (const auto found = charts_.find(key); found != charts_.end()) {
        return found->second;
    }
    const std::string date = formatCivilDate(identity.date);
    auto& insert = statements_.insertChart;
    insert.bind(1, identity.region)
        .bind(2, static_cast<int>(identity.period))
        .bind(3, static_cast<int>(identity.kind))
        .bind(4, date);
    if (auto s = insert.run(); !s) {
        return s.error();
    }
    auto& find = statements_.findChart;
    find.bind(1, identity.region)
        .bind(2, static_cast<int>(identity.period))
        .bind(3, static_cast<int>(identity.kind))
        .bind(4, date);
    if (!find.step()) {
        return find.failed() ? find.error() : db_->lastError("finding a chart");
    }
    const std::int64_t id = find.int64(0);
    find.reset();
    newCharts_.push_back(key);
    charts_.emplace(std::move(key), id);
    return id;
}

Result<std::int64_t> ChartWriter::track(const ChartEntryRow& row)
{
    if (row.spotifyId) {
        if (const auto found = tracks_.find(*row.spotifyId); found != tracks_.end()) {
            return found->second;
        }
        key_.assign(*row.spotifyId);
    } else {
        key_ = "name:" + text::matchKey(row.artists) + '\x1f' + text::matchKey(row.title);
        if (const auto found = tracks_.find(key_); found != tracks_.end()) {
            return found->second;
        }
    }
    auto& insert = statements_.insertTrack;
    insert.bind(1, key_);
    if (row.spotifyId) {
        insert.bind(2, *row.spotifyId);
    } else {
        insert.bindNull(2);
    }
    insert.bind(3, text::toNfc(row.title)).bind(4, text::toNfc(row.artists));
    if (auto s = insert.run(); !s) {
        return s.error();
    }
    std::int64_t id = 0;
    if (sqlite3_changes(db_->handle()) > 0) {
        id = db_->lastInsertId();
    } else {
        auto& find = statements_.findTrack;
        find.bind(1, key_);
        if (!find.step()) {
            return find.failed() ? find.error() : db_->lastError("finding a chart song");
        }
        id = find.int64(0);
        find.reset();
    }
    newTracks_.push_back(key_);
    tracks_.emplace(key_, id);
    return id;
}

Result<bool> ChartWriter::add(std::int64_t chartId, const ChartEntryRow& row)
{
    auto trackId = track(row);
    if (!trackId) {
        return trackId.error();
    }
    auto& insert = statements_.insertEntry;
    insert.bind(1, chartId).bind(2, *trackId).bind(3, row.rank).bind(4, row.streams);
    if (auto s = insert.run(); !s) {
        return s.error();
    }
    return sqlite3_changes(db_->handle()) > 0;
}

void ChartWriter::keep()
{
    newCharts_.clear();
    newTracks_.clear();
}

void ChartWriter::discardUncommitted()
{
    for (const auto& key : newCharts_) {
        charts_.erase(key);
    }
    for (const auto& key : newTracks_) {
        tracks_.erase(key);
    }
    keep();
}

Status dropChartSongIndex(Database& db)
{
    return db.exec("DROP INDEX IF EXISTS chart_entries_by_track");
}

Status createChartSongIndex(Database& db)
{
    return db.exec("CREATE INDEX IF NOT EXISTS chart_entries_by_track ON chart_entries (track_id)");
}

Result<std::int64_t> chartEntryCount(Database& db)
{
    auto count = db.prepare("SELECT count(*) FROM chart_entries");
    if (!count) {
        return count.error();
    }
    if (!count->step()) {
        return count->failed() ? count->error() : db.lastError("counting chart entries");
    }
    return count->int64(0);
}

} // namespace tunescope::store
