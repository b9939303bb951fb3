#include "RequestLog.h"

namespace tunescope::fakes {

std::size_t RequestLog::add(LoggedRequest request)
{
    const std::lock_guard lock(mutex_);
    entries_.push_back(std::move(request));
    return dropped_ + entries_.size() - 1;
}

void RequestLog::setResult(std::size_t index, int status, const std::string& fault)
{
    const std::lock_guard lock(mutex_);
    if (index < dropped_ || index - dropped_ >= entries_.size()) {
        return; // cleared meanwhile
    }
    auto& entry = entries_[index - dropped_];
    entry.status = status;
    entry.fault = fault;
}

std::vector<LoggedRequest> RequestLog::entries() const
{
    const std::lock_guard lock(mutex_);
    return entries_;
}

int RequestLog::countPath(std::string_view pathPrefix) const
{
    const std::lock_guard lock(mutex_);
    int count = 0;
    for (const auto& entry : entries_) {
        if (std::string_view(entry.path).substr(0, pathPrefix.size()) == pathPrefix) {
            ++count;
        }
    }
    return count;
}

std::map<std::string, int> RequestLog::countsByEndpoint() const
{
    const std::lock_guard lock(mutex_);
    std::map<std::string, int> counts;
    for (const auto& entry : entries_) {
        ++counts[entry.endpoint];
    }
    return counts;
}

void RequestLog::clear()
{
    const std::lock_guard lock(mutex_);
    dropped_ += entries_.size();
    entries_.clear();
}

} // namespace tunescope::fakes
