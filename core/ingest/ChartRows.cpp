#include "ingest/ChartRows.h"

#include "enrich/SpotifyTrackId.h"
#include "ingest/ChartColumns.h"
#include "ingest/ChartRegions.h"
#include "ingest/CsvRecords.h"
#include "util/Text.h"

#include <charconv>
#include <unordered_set>

namespace tunescope::ingest {
namespace {

constexpr std::size_t kStopCheckEvery = 4096;

std::string_view formatOf(const ChartColumns& columns, const std::vector<std::string>& header)
{
    if (columns.isAggregated()) {
        return "aggregated dataset";
    }
    const auto rank = columns.of(ChartField::Rank);
    if (rank && text::headerKey(header[*rank]) == "position") {
        return "spotifycharts.com";
    }
    return "charts.spotify.com";
}

// Far beyond any chart's rank or stream count; larger numbers are broken, and a few of them would
// overflow the totals over many charts.
constexpr std::int64_t kLargestCount = 1'000'000'000'000;

// "what 'cell' why", the cell cut when long.
std::string cellProblem(std::string_view what, std::string_view cell, std::string_view why)
{
    std::string message(what);
    message.append(" '").append(text::excerpt(cell)).append("' ").append(why);
    return message;
}

// "what number why".
std::string countProblem(std::string_view what, std::int64_t value, std::string_view why)
{
    std::string message(what);
    message.append(" ").append(std::to_string(value)).append(" ").append(why);
    return message;
}

// A whole number as charts write it: 1234, "1234", 253019.0; empty is nullopt.
Result<std::optional<std::int64_t>> readCount(std::string_view cell, std::string_view what)
{
    cell = text::trimmed(cell);
    if (cell.empty()) {
        return std::optional<std::int64_t>{};
    }
    std::int64_t value = 0;
    const char* end = cell.data() + cell.size();
    auto [stop, ec] = std::from_chars(cell.data(), end, value);
    if (ec == std::errc() && stop != end && *stop == '.') {
        ++stop;
        while (stop != end && *stop == '0') {
            ++stop;
        }
    }
    if (ec == std::errc() && stop == end && value < 0) {
        return makeError(ErrorCode::Corrupt, countProblem(what, value, "is negative"));
    }
    if (ec == std::errc() && stop == end && value > kLargestCount) {
        return makeError(ErrorCode::Corrupt, countProblem(what, value, "is beyond any chart's"));
    }
    if (ec != std::errc() || stop != end) {
        return makeError(ErrorCode::Corrupt, cellProblem(what, cell, "is not a whole number"));
    }
    return std::optional<std::int64_t>{value};
}

class ChartFileReader {
public:
    ChartFileReader(const std::string& fileName, const ChartImportOptions& options, store::ChartWriter& writer,
                    const std::stop_token& stop)
        : fileName_(fileName), options_(options), writer_(writer), stop_(stop)
    {
    }

    ChartFileStats read(std::string_view bytes)
    {
        if (const auto line = firstNonTextLine(bytes)) {
            fail(*line, "is not UTF-8 text: is it a chart CSV?");
            return std::move(stats_);
        }
        const CsvScan scan = scanCsv(bytes, [this](CsvRecord& record) { return onRecord(record); });
        if (!stats_.error && !scan.problems.empty()) {
            fail(scan.problems.front().line, scan.problems.front().message);
        }
        if (!stats_.error && !scan.fatal.empty()) {
            fail(scan.fatalLine, scan.fatal);
        }
        if (!stats_.error && !header_) {
            fail(0, "has no header naming the song and its artists (like rank,uri,artist_names,track_name,...,streams "
                    "or Position,\"Track Name\",Artist,Streams,URL): is it a Spotify chart file?");
        }
        stats_.chartsTouched = charts_.size();
        return std::move(stats_);
    }

private:
    void fail(std::size_t line, const std::string& message)
    {
        std::string where = fileName_;
        if (line > 0) {
            where += ", line " + std::to_string(line);
        }
        stats_.error = makeError(ErrorCode::Corrupt, where + ": " + message);
    }

    bool onRecord(CsvRecord& record)
    {
        if (!header_) {
            return findHeader(record);
        }
        if (++stats_.rowsRead % kStopCheckEvery == 0 && stop_.stop_requested()) {
            stats_.error = makeError(ErrorCode::Cancelled, fileName_ + ": not imported: cancelled");
            return false;
        }
        auto added = addRow(record);
        if (!added) {
            fail(record.line, added.error().message);
            return false;
        }
        ++(*added ? stats_.entriesAdded : stats_.duplicates);
        return true;
    }

    // spotifycharts.com's files start with a note line; the header is the first or second record.
    bool findHeader(const CsvRecord& record)
    {
        ChartColumns columns = mapChartColumns(record.fields);
        if (columns.namesSongs()) {
            stats_.format = formatOf(columns, record.fields);
            header_ = columns;
            headerSize_ = record.fields.size();
            return identifyFileChart();
        }
        return ++recordsBeforeHeader_ < 2;
    }

    // The chart of a one-chart file: what the user said, else what the name says.
    bool identifyFileChart()
    {
        const ChartFileName named = parseChartFileName(fileName_);
        if (options_.region) {
            region_ = regionCode(*options_.region);
            if (!region_) {
                fail(0, "region '" + *options_.region + "' is not a Spotify Charts region");
                return false;
            }
        } else {
            region_ = named.region;
        }
        period_ = options_.period ? options_.period : named.period;
        kind_ = options_.kind ? options_.kind : named.kind;
        if (!kind_ && !header_->of(ChartField::Chart)) {
            kind_ = header_->of(ChartField::Streams) ? ChartKind::Top200 : ChartKind::Viral50;
        }
        date_ = options_.date ? options_.date : named.date;
        std::string missing;
        const auto need = [&missing](bool known, std::string_view what) {
            if (!known) {
                missing += missing.empty() ? "" : ", ";
                missing += what;
            }
        };
        if (header_->isAggregated()) {
            need(period_.has_value(), "whether its charts are daily or weekly (--period)");
        } else {
            need(region_.has_value(), "region (--region)");
            need(period_.has_value(), "period (--period daily|weekly)");
            need(date_.has_value(), "date (--date YYYY-MM-DD)");
        }
        if (!missing.empty()) {
            stats_.missingIdentity = true;
            fail(0, "neither the file name nor the file says the chart's " + missing + "; give " +
                        (missing.find(',') == std::string::npos ? "it" : "them"));
            return false;
        }
        return true;
    }

    Result<std::int64_t> rowChart(const CsvRecord& record)
    {
        if (!header_->isAggregated()) {
            return fixedChart();
        }
        const std::string& regionCell = record.fields[*header_->of(ChartField::Region)];
        const std::string& dateCell = record.fields[*header_->of(ChartField::Date)];
        const auto chartColumn = header_->of(ChartField::Chart);
        const std::string noChart;
        const std::string& chartCell = chartColumn ? record.fields[*chartColumn] : noChart;
        if (lastChartId_ && regionCell == lastRegion_ && dateCell == lastDate_ && chartCell == lastChart_) {
            return *lastChartId_;
        }
        ChartIdentity identity;
        const auto region = regionCode(regionCell);
        if (!region) {
            return makeError(ErrorCode::Corrupt, cellProblem("region", regionCell, "is not a Spotify Charts region"));
        }
        const auto date = parseCivilDate(text::trimmed(dateCell));
        if (!date) {
            return makeError(ErrorCode::Corrupt, cellProblem("date", dateCell, "is not a date (YYYY-MM-DD)"));
        }
        const auto kind = chartColumn ? parseChartKind(text::trimmed(chartCell)) : kind_;
        if (!kind) {
            return makeError(ErrorCode::Corrupt, cellProblem("chart", chartCell, "is neither top200 nor viral50"));
        }
        identity.region = *region;
        identity.date = *date;
        identity.kind = *kind;
        identity.period = *period_;
        auto id = writer_.chart(identity);
        if (id) {
            charts_.insert(*id);
            lastRegion_ = regionCell;
            lastDate_ = dateCell;
            lastChart_ = chartCell;
            lastChartId_ = *id;
        }
        return id;
    }

    Result<std::int64_t> fixedChart()
    {
        if (lastChartId_) {
            return *lastChartId_;
        }
        auto id = writer_.chart(ChartIdentity{*region_, *period_, *kind_, *date_});
        if (id) {
            charts_.insert(*id);
            lastChartId_ = *id;
        }
        return id;
    }

    Result<bool> addRow(const CsvRecord& record)
    {
        if (record.fields.size() <= header_->widest()) {
            return makeError(ErrorCode::Corrupt, "has " + std::to_string(record.fields.size()) +
                                                     " fields, fewer than the header names (is the file cut short?)");
        }
        // More fields than the header: an unquoted separator inside a name shifts every column
        // after it, so the numbers would be read from the wrong ones.
        for (std::size_t c = headerSize_; c < record.fields.size(); ++c) {
            if (!text::trimmed(record.fields[c]).empty()) {
                return makeError(ErrorCode::Corrupt, "has " + std::to_string(record.fields.size()) +
                                                         " fields where the header has " + std::to_string(headerSize_) +
                                                         " (an unquoted separator?)");
            }
        }
        auto chartId = rowChart(record);
        if (!chartId) {
            return chartId.error();
        }
        store::ChartEntryRow row;
        row.title = text::trimmed(record.fields[*header_->of(ChartField::Title)]);
        row.artists = text::trimmed(record.fields[*header_->of(ChartField::Artists)]);
        if (row.title.empty() || row.artists.empty()) {
            return makeError(ErrorCode::Corrupt, "names no song (the title or the artists are empty)");
        }
        if (const auto c = header_->of(ChartField::Rank)) {
            auto rank = readCount(record.fields[*c], "rank");
            if (!rank) {
                return rank.error();
            }
            row.rank = *rank;
        }
        if (const auto c = header_->of(ChartField::Streams)) {
            auto streams = readCount(record.fields[*c], "streams");
            if (!streams) {
                return streams.error();
            }
            row.streams = *streams;
        }
        if (const auto c = header_->of(ChartField::Track)) {
            row.spotifyId = enrich::spotifyTrackIdView(record.fields[*c]);
        }
        return writer_.add(*chartId, row);
    }

    const std::string& fileName_;
    const ChartImportOptions& options_;
    store::ChartWriter& writer_;
    const std::stop_token& stop_;
    ChartFileStats stats_;
    std::optional<ChartColumns> header_;
    std::size_t headerSize_ = 0;
    int recordsBeforeHeader_ = 0;
    std::optional<std::string> region_;
    std::optional<ChartPeriod> period_;
    std::optional<ChartKind> kind_;
    std::optional<CivilDate> date_;
    std::unordered_set<std::int64_t> charts_;
    std::string lastRegion_;
    std::string lastDate_;
    std::string lastChart_;
    std::optional<std::int64_t> lastChartId_;
};

} // namespace

ChartFileStats readChartFile(std::string_view bytes, const std::string& fileName, const ChartImportOptions& options,
                             store::ChartWriter& writer, const std::stop_token& stop)
{
    return ChartFileReader(fileName, options, writer, stop).read(bytes);
}

} // namespace tunescope::ingest
