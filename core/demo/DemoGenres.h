#pragma once

#include "store/Database.h"
#include "util/CivilTime.h"

#include <cstdint>

namespace tunescope::demo {

// Gives every music artist of the profile plausible genres, as if MusicBrainz had been asked one
// artist a second from `lookedUpFrom` on, most listened first: genres and their weights from a
// small invented scene (indie, electronic, rock, hip hop, folk and jazz), a few artists "looked up,
// none found" and a few not looked up yet, so the Genres page shows its coverage note. The same
// names get the same genres on every machine. One transaction.
Status addDemoGenres(store::Database& db, UtcMs lookedUpFrom);

} // namespace tunescope::demo
