#include "store/PlayWriter.h"

#include "store/MusicChunks.h"
#include "store/PlayMatcher.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace tunescope::store {
namespace {

std::optional<std::int64_t> flagValue(ingest::Flag flag)
{
    if (flag == ingest::Flag::Unknown) {
        return std::nullopt;
    }
    return flag == ingest::Flag::Yes ? 1 : 0;
}

// Removes a Web API play that an export row replaces; returns its start for the chunk refresh.
Result<UtcMs> deleteApiPlay(Database& db, std::int64_t playId)
{
    auto find = db.prepare("SELECT started_at FROM plays WHERE id = ? AND source = ?");
    if (!find) {
        return find.error();
    }
    if (!find->bind(1, playId).bind(2, static_cast<std::int64_t>(ingest::PlaySource::RecentlyPlayedApi)).step()) {
        return find->failed() ? Result<UtcMs>(find->error())
                              : Result<UtcMs>(makeError(ErrorCode::Database, "a Web API play vanished during import"));
    }
    const UtcMs startedAt = find->int64(0);
    auto erase = db.prepare("DELETE FROM plays WHERE id = ?");
    if (!erase) {
        return erase.error();
    }
    if (auto s = erase->bind(1, playId).run(); !s) {
        return s.error();
    }
    return startedAt;
}

} // namespace

Result<WriteOutcome> PlayWriter::write(const std::vector<ingest::PlayRecord>& records, const ImportedFileInfo& file,
                                       std::stop_token stop)
{
    auto tx = Transaction::begin(*db_);
    if (!tx) {
        return tx.error();
    }
    // Whatever happens below, ids cached during a transaction that is not committed are stale.
    struct ForgetUnlessCommitted {
        Catalog& catalog;
        bool committed = false;
        ~ForgetUnlessCommitted()
        {
            if (!committed) {
                catalog.forget();
            }
        }
    } guard{catalog_};

    const auto now = file.importedAt.value_or(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    auto insertFile = db_->prepare("INSERT INTO import_files(name, shape, fingerprint, imported_at, rows_read, "
                                   "plays_added) VALUES(?, ?, ?, ?, ?, 0)");
    if (!insertFile) {
        return insertFile.error();
    }
    if (auto s = insertFile->bind(1, file.name)
                     .bind(2, file.shape)
                     .bind(3, file.fingerprint)
                     .bind(4, now)
                     .bind(5, static_cast<std::int64_t>(file.rowsRead))
                     .run();
        !s) {
        return s.error();
    }
    const std::int64_t fileId = db_->lastInsertId();

    WriteOutcome outcome;
    std::set<std::int64_t> changedMonths;
    if (!records.empty()) {
        const auto [minIt, maxIt] = std::minmax_element(
            records.begin(), records.end(), [](const auto& a, const auto& b) { return a.startedAt() < b.startedAt(); });
        auto matcher = PlayMatcher::load(*db_, minIt->startedAt(), maxIt->startedAt());
        if (!matcher) {
            return matcher.error();
        }
        auto insert = db_->prepare(
            "INSERT INTO plays(started_at, ended_at, ms_played, kind, item_id, source, spotify_uri, platform_id, "
            "country, reason_start, reason_end, shuffle, skipped, offline, offline_at, incognito, file_id) "
            "VALUES(?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), "
            "?, ?, ?, ?, ?, ?)");
        if (!insert) {
            return insert.error();
        }
        std::size_t index = 0;
        for (const auto& record : records) {
            if ((++index & 0xFFF) == 0 && stop.stop_requested()) {
                return makeError(ErrorCode::Cancelled, "Import cancelled; " + file.name + " was not imported.");
            }
            auto item = catalog_.itemFor(record);
            if (!item) {
                return item.error();
            }
            const auto match = matcher->find(*item, record);
            const bool refines = match && match->playId != 0 &&
                                 match->source == ingest::PlaySource::RecentlyPlayedApi &&
                                 record.source != ingest::PlaySource::RecentlyPlayedApi;
            if (match && !refines) {
                ++outcome.duplicates;
                continue;
            }
            if (refines) {
                auto replaced = deleteApiPlay(*db_, match->playId);
                if (!replaced) {
                    return replaced.error();
                }
                changedMonths.insert(chunkMonth(*replaced));
                matcher->retire(match->playId);
                ++outcome.refined;
            }
            auto platform = catalog_.platformId(record.platform);
            if (!platform) {
                return platform.error();
            }
            insert->bind(1, record.startedAt())
                .bind(2, record.endedAt)
                .bind(3, record.msPlayed)
                .bind(4, static_cast<std::int64_t>(record.kind))
                .bind(5, *item)
                .bind(6, static_cast<std::int64_t>(record.source))
                .bind(7, std::string_view(record.uri))
                .bind(8, *platform)
                .bind(9, std::string_view(record.country))
                .bind(10, std::string_view(record.reasonStart))
                .bind(11, std::string_view(record.reasonEnd))
                .bind(12, flagValue(record.shuffle))
                .bind(13, flagValue(record.skipped))
                .bind(14, flagValue(record.offline))
                .bind(15, record.offlineAt ? std::optional<std::int64_t>(*record.offlineAt) : std::nullopt)
                .bind(16, flagValue(record.incognito))
                .bind(17, fileId);
            if (auto s = insert->run(); !s) {
                return s.error();
            }
            matcher->remember(*item, record);
            if (!refines) {
                ++outcome.added;
                ++outcome.addedByKind[record.kind];
            }
            if (record.kind == ingest::PlayKind::Music) {
                changedMonths.insert(chunkMonth(record.startedAt()));
            }
        }
    }
    if (stop.stop_requested()) {
        return makeError(ErrorCode::Cancelled, "Import cancelled; " + file.name + " was not imported.");
    }
    if (auto s = markChunksStale(*db_, changedMonths); !s) {
        return s.error();
    }
    auto updateFile = db_->prepare("UPDATE import_files SET plays_added = ? WHERE id = ?");
    if (!updateFile) {
        return updateFile.error();
    }
    if (auto s = updateFile->bind(1, static_cast<std::int64_t>(outcome.added)).bind(2, fileId).run(); !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    guard.committed = true;
    return outcome;
}

} // namespace tunescope::store
