#include "http/PacedHttpClient.h"

namespace tunescope::http {

PacedHttpClient::PacedHttpClient(Clock& clock, HostPacing pacing, CooldownStore* cooldowns, RetryPolicy retry)
    : gate_(clock, pacing), cooldowns_(cooldowns != nullptr ? *cooldowns : memoryCooldowns_),
      client_(transport_, clock, gate_, cooldowns_, retry)
{
}

} // namespace tunescope::http
