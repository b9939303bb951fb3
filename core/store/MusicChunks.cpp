#include "store/MusicChunks.h"

#include "ingest/PlayRecord.h"
#include "util/Countries.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace tunescope::store {
namespace {

UtcMs monthStart(std::int64_t month)
{
    const auto year = static_cast<int>(floorDiv(month, 12));
    const auto monthOfYear = static_cast<unsigned>(month - year * 12LL + 1);
    return daysFromCivil(CivilDate{year, monthOfYear, 1}) * kMsPerDay;
}

template <class T>
void appendBlob(const Statement& stmt, int column, std::size_t rows, std::vector<T>& out)
{
    const auto bytes = stmt.blob(column);
    const std::size_t offset = out.size();
    out.resize(offset + rows);
    std::memcpy(out.data() + offset, bytes.data(), std::min(bytes.size(), rows * sizeof(T)));
}

Status rebuildMonth(Database& db, Statement& select, Statement& write, std::int64_t month)
{
    select.bind(1, monthStart(month))
        .bind(2, monthStart(month + 1))
        .bind(3, static_cast<std::int64_t>(ingest::PlayKind::Music));
    MusicColumns columns;
    while (select.step()) {
        appendMusicRow(select, columns);
    }
    if (select.failed()) {
        return select.error();
    }
    if (columns.size() == 0) {
        auto remove = db.prepare("DELETE FROM music_chunks WHERE month = ?");
        if (!remove) {
            return remove.error();
        }
        return remove->bind(1, month).run();
    }
    auto asBytes = [](const auto& v) {
        return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(v[0]));
    };
    return write.bind(1, month)
        .bind(2, static_cast<std::int64_t>(columns.size()))
        .bindBlob(3, asBytes(columns.startedAt))
        .bindBlob(4, asBytes(columns.msPlayed))
        .bindBlob(5, asBytes(columns.item))
        .bindBlob(6, asBytes(columns.flags))
        .bindBlob(7, asBytes(columns.platform))
        .bindBlob(8, asBytes(columns.country))
        .run();
}

} // namespace

void appendMusicRow(const Statement& row, MusicColumns& columns)
{
    columns.startedAt.push_back(row.int64(0));
    columns.msPlayed.push_back(static_cast<std::int32_t>(std::min<std::int64_t>(row.int64(1), INT32_MAX)));
    columns.item.push_back(static_cast<std::int32_t>(row.int64(2)));
    const auto flag = [&row](int column, PlayFlag bit) {
        return !row.isNull(column) && row.int64(column) != 0 ? static_cast<unsigned>(bit) : 0U;
    };
    const std::string_view reasonEnd = row.isNull(4) ? std::string_view() : row.textView(4);
    unsigned flags = flag(3, kFlagSkipped) | flag(5, kFlagShuffle) | flag(6, kFlagOffline);
    flags |= row.isNull(5) ? 0U : static_cast<unsigned>(kFlagShuffleKnown);
    flags |= reasonEnd == "fwdbtn" ? static_cast<unsigned>(kFlagNextButton) : 0U;
    flags |= reasonEnd == "trackdone" ? static_cast<unsigned>(kFlagTrackDone) : 0U;
    columns.flags.push_back(static_cast<std::uint8_t>(flags));
    columns.platform.push_back(row.isNull(7) ? 0 : static_cast<std::int32_t>(row.int64(7)));
    columns.country.push_back(row.isNull(8) ? std::uint16_t{0} : packCountry(row.textView(8)));
}

std::int64_t chunkMonth(UtcMs startedAt)
{
    const CivilDate date = civilFromDays(floorDiv(startedAt, kMsPerDay));
    return date.year * 12LL + date.month - 1;
}

Status markChunksStale(Database& db, const std::set<std::int64_t>& months)
{
    auto mark = db.prepare("INSERT OR IGNORE INTO music_chunks_stale(month) VALUES(?)");
    if (!mark) {
        return mark.error();
    }
    for (const auto month : months) {
        if (auto s = mark->bind(1, month).run(); !s) {
            return s;
        }
    }
    return {};
}

Status refreshMusicChunks(Database& db)
{
    auto stale = db.prepare("SELECT month FROM music_chunks_stale ORDER BY month");
    if (!stale) {
        return stale.error();
    }
    std::vector<std::int64_t> months;
    while (stale->step()) {
        months.push_back(stale->int64(0));
    }
    if (months.empty()) {
        return {};
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto select = db.prepare(std::string("SELECT ") + kMusicRowColumns +
                             " FROM plays WHERE started_at >= ? AND started_at < ? AND kind = ? ORDER BY started_at");
    auto write = db.prepare("INSERT OR REPLACE INTO music_chunks(month, row_count, started_at, ms_played, item_id, "
                            "flags, platform_id, country) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!select || !write) {
        return select ? write.error() : select.error();
    }
    for (const auto month : months) {
        if (auto s = rebuildMonth(db, *select, *write, month); !s) {
            return s;
        }
    }
    if (auto s = db.exec("DELETE FROM music_chunks_stale"); !s) {
        return s;
    }
    return tx->commit();
}

Result<MusicColumns> readMusicChunks(Database& db, UtcMs begin, UtcMs end)
{
    const std::int64_t firstMonth =
        begin == std::numeric_limits<UtcMs>::min() ? std::numeric_limits<std::int64_t>::min() : chunkMonth(begin);
    const std::int64_t lastMonth =
        end == std::numeric_limits<UtcMs>::max() ? std::numeric_limits<std::int64_t>::max() : chunkMonth(end - 1);
    auto stale = db.prepare("SELECT 1 FROM music_chunks_stale WHERE month BETWEEN ? AND ? LIMIT 1");
    if (!stale) {
        return stale.error();
    }
    if (stale->bind(1, firstMonth).bind(2, lastMonth).step()) {
        return makeError(ErrorCode::Unsupported, "music chunks are stale");
    }
    // Sized once: growing a million-row column by doubling touches twice the memory, and fresh
    // pages are what a cold read pays for most.
    auto count = db.prepare("SELECT COALESCE(SUM(row_count), 0) FROM music_chunks WHERE month BETWEEN ? AND ?");
    if (!count) {
        return count.error();
    }
    count->bind(1, firstMonth).bind(2, lastMonth);
    MusicColumns columns;
    if (count->step()) {
        const auto rows = static_cast<std::size_t>(count->int64(0));
        columns.forEachColumn([rows](auto& column) { column.reserve(rows); });
    }
    auto select = db.prepare("SELECT row_count, started_at, ms_played, item_id, flags, platform_id, country "
                             "FROM music_chunks WHERE month BETWEEN ? AND ? ORDER BY month");
    if (!select) {
        return select.error();
    }
    select->bind(1, firstMonth).bind(2, lastMonth);
    while (select->step()) {
        const auto rows = static_cast<std::size_t>(select->int64(0));
        appendBlob(*select, 1, rows, columns.startedAt);
        appendBlob(*select, 2, rows, columns.msPlayed);
        appendBlob(*select, 3, rows, columns.item);
        appendBlob(*select, 4, rows, columns.flags);
        appendBlob(*select, 5, rows, columns.platform);
        appendBlob(*select, 6, rows, columns.country);
    }
    if (select->failed()) {
        return select->error();
    }
    // Only the first and last months can reach outside [begin, end).
    const auto from =
        std::lower_bound(columns.startedAt.begin(), columns.startedAt.end(), begin) - columns.startedAt.begin();
    const auto to =
        std::lower_bound(columns.startedAt.begin(), columns.startedAt.end(), end) - columns.startedAt.begin();
    if (from > 0 || static_cast<std::size_t>(to) < columns.size()) {
        columns.forEachColumn([from, to](auto& v) {
            v.erase(v.begin() + to, v.end());
            v.erase(v.begin(), v.begin() + from);
        });
    }
    return columns;
}

} // namespace tunescope::store
