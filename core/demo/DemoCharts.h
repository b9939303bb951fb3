#pragma once

#include "store/Database.h"

#include <cstdint>

namespace tunescope::demo {

// Adds a year of fictional weekly charts (Global and Germany, where the demo listener lives) to
// the demo profile, built from its history: some of the listener's favourites enter the charts a
// few weeks after the listener found them, beside invented songs of other invented artists. Runs
// after the demo's plays are written; one transaction.
Status addDemoCharts(store::Database& db, std::uint64_t seed);

} // namespace tunescope::demo
