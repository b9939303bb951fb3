// Streaming-history JSON, every shape the importer reads (account data: music, podcasts,
// audiobooks; extended history 2020, 2021-2023, 2024+): the quick check for ZIP and folder entries
// and the full parse.
#include "FuzzInput.h"
#include "ingest/HistoryParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = fuzzText(data, size);
    (void)tunescope::ingest::looksLikeHistory(bytes);
    auto parsed = tunescope::ingest::parseHistory(bytes);
    if (parsed) {
        std::size_t total = 0;
        for (const auto& [reason, rows] : parsed->skipped) {
            total += rows;
        }
        if (total + parsed->records.size() != parsed->rowsRead) {
            __builtin_trap(); // every row read is either a record or counted as skipped
        }
    }
    return 0;
}
