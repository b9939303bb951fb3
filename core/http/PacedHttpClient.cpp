#include "http/PacedHttpClient.h"

namespace tunescope::http {

namespace {

std::unique_ptr<SharedPaceSender> sharedPaceOver(HttpSender& transport,
                                                 const std::optional<std::filesystem::path>& file,
                                                 std::chrono::milliseconds interval, Clock& clock)
{
    return file ? std::make_unique<SharedPaceSender>(transport, *file, interval, clock) : nullptr;
}

} // namespace

PacedHttpClient::PacedHttpClient(Clock& clock, HostPacing pacing, CooldownStore* cooldowns, RetryPolicy retry,
                                 const std::optional<std::filesystem::path>& sharedPaceFile)
    : sharedPace_(sharedPaceOver(transport_, sharedPaceFile, pacing.minInterval, clock)), gate_(clock, pacing),
      cooldowns_(cooldowns != nullptr ? *cooldowns : memoryCooldowns_),
      client_(sharedPace_ ? static_cast<HttpSender&>(*sharedPace_) : transport_, clock, gate_, cooldowns_, retry)
{
}

} // namespace tunescope::http
