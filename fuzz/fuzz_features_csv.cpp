// Audio-features dataset CSVs, every shape DatasetColumns recognises.
#include "FuzzInput.h"
#include "enrich/FeatureDataset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = tunescope::enrich::parseFeatureDataset(fuzzText(data, size));
    if (!parsed.fatal.empty() && !parsed.rows.empty()) {
        __builtin_trap(); // a fatal problem means no row at all
    }
    return 0;
}
