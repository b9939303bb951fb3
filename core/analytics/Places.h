#pragma once

#include "analytics/Period.h"
#include "store/Database.h"
#include "util/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tunescope::analytics {

// Listening of one country or one kind of device.
struct PlaceTotal {
    std::string code;       // "SE"; "phone" (analytics/PlatformFamily.h familyCode)
    std::string name;       // "Sweden"; "Phone"
    std::int64_t plays = 0; // rows of 30 s or more
    std::int64_t msPlayed = 0;
};

// Where (the export's conn_country) and on what (platform families from the raw platform
// strings) the period's music was heard, most listening time first. Rows whose export does not
// say are counted under code "" ("Unknown").
struct ListeningPlaces {
    std::vector<PlaceTotal> countries;
    std::vector<PlaceTotal> platformFamilies;
};

Result<ListeningPlaces> queryPlaces(store::Database& db, const Period& period);

} // namespace tunescope::analytics
