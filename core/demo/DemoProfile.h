#pragma once

#include "store/Database.h"

#include <cstddef>
#include <functional>
#include <stop_token>

namespace tunescope::demo {

struct DemoOptions {
    int years = 4; // history ends on 2026-10-31
    std::size_t artistCount = 320;
    std::uint64_t seed = 20261122; // same seed, same profile, on every machine
};

// Fills an empty profile with a deterministic, clearly fictional listening history (invented
// artists such as "The Paper Lanterns"): daily and weekly rhythms, favourites that come and go,
// skips, podcasts. The rows go through the same writer as a real import.
Status buildDemoProfile(store::Database& db, const DemoOptions& options = {},
                        const std::function<void(double)>& onProgress = {}, std::stop_token stop = {});

// Opens the demo profile under dataDir, building it on first use.
Result<store::Database> openDemoProfile(const std::filesystem::path& dataDir);

} // namespace tunescope::demo
