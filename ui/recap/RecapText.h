#pragma once

#include "analytics/Period.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tunescope::ui {

// The poster's title for a period: "2024", "March 2024", "3 Mar – 25 Jun 2024", "Since …",
// "All time".
QString recapTitle(const analytics::Period& period);
// The days the listening covers ("2 Jan – 30 Dec 2024"); empty without plays.
QString recapSpan(const std::optional<CivilDate>& first, const std::optional<CivilDate>& last);
// Numbers as the poster prints them: grouped digits even under the C locale.
QString recapNumber(std::int64_t value);
QString recapMinutes(std::int64_t msPlayed); // "1,234 min"
// "3 Mar 2024", or "3 Mar" when the year goes without saying.
QString recapDate(CivilDate date, bool withYear = true);

} // namespace tunescope::ui
