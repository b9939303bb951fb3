#include "analytics/PlayHistory.h"

#include "analytics/Aggregates.h"
#include "analytics/GenreStats.h"
#include "analytics/Overview.h"
#include "util/Text.h"

namespace tunescope::analytics {
namespace {

std::string likePattern(const std::string& search)
{
    std::string pattern = "%";
    for (const char c : text::matchKey(search)) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    return pattern + "%";
}

const char* orderColumn(HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::StartedAt: return "p.started_at";
    case HistoryColumn::Creator: return "c.match_key";
    case HistoryColumn::Title: return "i.match_key";
    case HistoryColumn::Album: return "COALESCE(a.match_key, '')";
    case HistoryColumn::MsPlayed: return "p.ms_played";
    case HistoryColumn::Kind: return "p.kind";
    case HistoryColumn::Platform: return "COALESCE(pl.raw, '')";
    }
    return "p.started_at";
}

constexpr const char* kFrom =
    " FROM plays p JOIN items i ON i.id = p.item_id JOIN creators c ON c.id = i.creator_id "
    "LEFT JOIN albums a ON a.id = i.album_id LEFT JOIN platforms pl ON pl.id = p.platform_id ";

} // namespace

Result<std::vector<std::int64_t>> queryHistoryIds(store::Database& db, const HistoryFilter& filter,
                                                  HistoryColumn sortBy, bool descending)
{
    // Only what the filter and the sort need goes into the query: the plain time-ordered list of
    // a million plays then walks one index instead of joining four tables per row.
    const bool search = !filter.search.empty();
    const bool needItems = search || filter.creatorId || sortBy == HistoryColumn::Creator ||
                           sortBy == HistoryColumn::Title || sortBy == HistoryColumn::Album;
    const bool needCreators = search || sortBy == HistoryColumn::Creator;
    const bool needAlbums = search || sortBy == HistoryColumn::Album;
    std::string sql = "SELECT p.id FROM plays p";
    if (needItems) {
        sql += " JOIN items i ON i.id = p.item_id";
    }
    if (needCreators) {
        sql += " JOIN creators c ON c.id = i.creator_id";
    }
    if (needAlbums) {
        sql += " LEFT JOIN albums a ON a.id = i.album_id";
    }
    if (sortBy == HistoryColumn::Platform) {
        sql += " LEFT JOIN platforms pl ON pl.id = p.platform_id";
    }
    sql += " WHERE p.started_at >= ?1 AND p.started_at < ?2";
    if (search) {
        sql += " AND (c.match_key LIKE ?3 ESCAPE '\\' OR i.match_key LIKE ?3 ESCAPE '\\' OR a.match_key LIKE ?3 ESCAPE "
               "'\\')";
    }
    if (filter.kind) {
        sql += " AND p.kind = ?4";
    }
    if (filter.skipped) {
        sql += " AND (p.ms_played < 30000 OR COALESCE(p.skipped, 0) = 1) = ?5";
    }
    if (filter.creatorId) {
        sql += " AND i.creator_id = ?6";
    }
    if (filter.itemId) {
        sql += " AND p.item_id = ?7";
    }
    const std::string direction = descending ? " DESC" : " ASC";
    sql += std::string(" ORDER BY ") + orderColumn(sortBy) + direction;
    if (sortBy != HistoryColumn::StartedAt) {
        sql += ", p.started_at" + direction;
    }
    sql += ", p.id" + direction;
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, filter.period.begin).bind(2, filter.period.end);
    if (search) {
        stmt->bind(3, likePattern(filter.search));
    }
    if (filter.kind) {
        stmt->bind(4, static_cast<std::int64_t>(*filter.kind));
    }
    if (filter.skipped) {
        stmt->bind(5, std::int64_t{*filter.skipped ? 1 : 0});
    }
    if (filter.creatorId) {
        stmt->bind(6, *filter.creatorId);
    }
    if (filter.itemId) {
        stmt->bind(7, *filter.itemId);
    }
    std::vector<std::int64_t> ids;
    while (stmt->step()) {
        ids.push_back(stmt->int64(0));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return ids;
}

Result<std::vector<HistoryRow>> fetchHistoryRows(store::Database& db, const std::vector<std::int64_t>& ids)
{
    auto stmt = db.prepare(std::string("SELECT p.id, p.started_at, p.ms_played, p.kind, c.id, i.id, "
                                       "COALESCE(a.id, 0), c.name, i.name, "
                                       "COALESCE(a.name, ''), COALESCE(pl.raw, ''), "
                                       "p.ms_played < 30000 OR COALESCE(p.skipped, 0) = 1") +
                           kFrom + "WHERE p.id = ?");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<HistoryRow> rows;
    rows.reserve(ids.size());
    for (const auto id : ids) {
        stmt->bind(1, id);
        if (stmt->step()) {
            rows.push_back(HistoryRow{stmt->int64(0), stmt->int64(1), stmt->int64(2),
                                      static_cast<ingest::PlayKind>(stmt->int64(3)), stmt->int64(4), stmt->int64(5),
                                      stmt->int64(6), stmt->text(7), stmt->text(8), stmt->text(9), stmt->text(10),
                                      stmt->int64(11) != 0});
        }
        stmt->reset();
    }
    return rows;
}

Result<SubjectDetails> querySubjectDetails(store::Database& db, const Subject& subject, const Period& period)
{
    SubjectDetails details;
    const char* nameSql = "SELECT name, '', id FROM creators WHERE id = ?";
    if (subject.kind == Subject::Kind::Item) {
        nameSql = "SELECT i.name, c.name, c.id FROM items i JOIN creators c ON c.id = i.creator_id WHERE i.id = ?";
    } else if (subject.kind == Subject::Kind::Album) {
        nameSql = "SELECT a.name, c.name, c.id FROM albums a JOIN creators c ON c.id = a.creator_id WHERE a.id = ?";
    }
    auto name = db.prepare(nameSql);
    if (!name) {
        return name.error();
    }
    if (!name->bind(1, subject.id).step()) {
        return makeError(ErrorCode::NotFound, "That artist, track or album is not in this profile.");
    }
    details.name = name->text(0);
    details.creator = name->text(1);
    const std::int64_t creatorId = name->int64(2);
    auto genres = queryGenresOfArtists(db, {creatorId});
    if (!genres) {
        return genres.error();
    }
    details.genres = std::move((*genres)[creatorId]);

    auto columns = scanMusicPlays(db, period);
    auto index = loadItemIndex(db);
    if (!columns || !index) {
        return columns ? index.error() : columns.error();
    }
    // Keep the subject's rows only, then reuse the page-wide aggregates.
    PlayColumns mine;
    for (std::size_t i = 0; i < columns->size(); ++i) {
        const auto item = static_cast<std::size_t>(columns->item[i]);
        bool match = false;
        switch (subject.kind) {
        case Subject::Kind::Item: match = static_cast<std::int64_t>(item) == subject.id; break;
        case Subject::Kind::Creator:
            match = item < index->creatorOf.size() && index->creatorOf[item] == subject.id;
            break;
        case Subject::Kind::Album: match = item < index->albumOf.size() && index->albumOf[item] == subject.id; break;
        }
        if (match) {
            mine.appendRow(*columns, i);
        }
    }
    const auto items = detail::tallyItems(mine, index->creatorOf.size());
    const auto creators = detail::rollUp(items, index->creatorOf, static_cast<std::size_t>(index->creatorCount));
    const Totals totals = detail::computeTotals(mine, items, creators);
    details.plays = totals.plays;
    details.msPlayed = totals.msPlayed;
    details.firstPlay = totals.firstPlay;
    details.lastPlay = totals.lastPlay;
    details.timeline = detail::computeTimeline(mine, Bucket::Month);
    return details;
}

} // namespace tunescope::analytics
