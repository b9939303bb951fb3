#include "http/PacedHttpClient.h"

namespace tunescope::http {

PacedHttpClient::PacedHttpClient(Clock& clock, HostPacing pacing, CooldownStore* cooldowns, RetryPolicy retry,
                                 const std::optional<std::filesystem::path>& sharedPaceFile)
    : sharedPace_(sharedPaceFile ? std::optional<SharedPaceSender>(std::in_place, transport_, *sharedPaceFile,
                                                                   pacing.minInterval, clock)
                                 : std::optional<SharedPaceSender>()),
      gate_(clock, pacing), cooldowns_(cooldowns != nullptr ? *cooldowns : memoryCooldowns_),
      client_(sharedPace_ ? static_cast<HttpSender&>(*sharedPace_) : transport_, clock, gate_, cooldowns_, retry)
{
}

} // namespace tunescope::http
