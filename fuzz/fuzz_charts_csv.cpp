// Chart CSVs (spotifycharts.com, charts.spotify.com, aggregated datasets): the CSV reader, the
// column and identity detection and the rows, written to an in-memory database inside a
// transaction that is rolled back after each input.
#include "FuzzInput.h"
#include "ingest/ChartRows.h"
#include "ingest/CsvRecords.h"
#include "store/ChartWriter.h"
#include "store/Migrations.h"

#include <cstdlib>

namespace {

struct ChartDatabase {
    tunescope::store::Database* db;
    tunescope::store::ChartWriter* writer;
};

// One migrated in-memory database for the whole run (never freed: the fuzzer exits from anywhere).
ChartDatabase chartDatabase()
{
    static const ChartDatabase instance = [] {
        auto opened = tunescope::store::Database::openInMemory();
        if (!opened || !tunescope::store::migrate(*opened)) {
            std::abort();
        }
        auto* db = new tunescope::store::Database(std::move(opened).value());
        auto writer = tunescope::store::ChartWriter::create(*db);
        if (!writer) {
            std::abort();
        }
        return ChartDatabase{db, new tunescope::store::ChartWriter(std::move(writer).value())};
    }();
    return instance;
}

void readAs(std::string_view bytes, const std::string& fileName)
{
    const auto [db, writer] = chartDatabase();
    {
        auto tx = tunescope::store::Transaction::begin(*db);
        if (!tx) {
            std::abort();
        }
        (void)tunescope::ingest::readChartFile(bytes, fileName, {}, *writer, {});
    } // rolled back
    writer->discardUncommitted();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = fuzzText(data, size);
    (void)tunescope::ingest::parseCsv(bytes);
    // A name that says the chart (region, period, date), and one that says nothing.
    readAs(bytes, "regional-global-daily-2023-01-05.csv");
    readAs(bytes, "charts.csv");
    return 0;
}
