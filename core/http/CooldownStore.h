#pragma once

#include "util/CivilTime.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace tunescope::http {

// Where a host's "do not ask before ..." lives. A server that answers 429 with a long Retry-After
// (or an exhausted quota) gets no requests until then, from any worker, and, with a persistent
// store, not after a restart either. Implementations must be thread-safe.
class CooldownStore {
public:
    virtual ~CooldownStore() = default;
    // The end of the host's latest cooldown (UTC ms), if one was ever set. It may lie in the past;
    // callers compare it with the clock.
    virtual std::optional<UtcMs> cooldownUntil(const std::string& host) = 0;
    // Records that `host` must not be asked before `until`; `reason` is a user-facing sentence
    // (never a token or a URL with a query). A later call replaces the earlier one.
    virtual void setCooldown(const std::string& host, UtcMs until, const std::string& reason) = 0;
};

// Cooldowns for this process only (tests, and runs that must not write a profile).
class MemoryCooldownStore final : public CooldownStore {
public:
    std::optional<UtcMs> cooldownUntil(const std::string& host) override;
    void setCooldown(const std::string& host, UtcMs until, const std::string& reason) override;
    // The reason given with the host's latest cooldown, if any.
    std::optional<std::string> reason(const std::string& host) const;

private:
    struct Entry {
        UtcMs until = 0;
        std::string reason;
    };
    mutable std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

} // namespace tunescope::http
