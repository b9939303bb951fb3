#pragma once

#include "http/HttpTypes.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace tunescope::testing {

// An HttpSender that answers from a script, first in first out, and records every request.
// Thread-safe: several threads may send while the test scripts and inspects.
class ScriptedHttpSender final : public http::HttpSender {
public:
    using Step = std::function<Result<http::HttpResponse>(const http::HttpRequest&, std::stop_token)>;

    // What a request beyond the script gets: always a Remote "unscripted request" error; with
    // FailTest it also fails the test (for tests where every request must be planned).
    enum class Unscripted { Refuse, FailTest };

    explicit ScriptedHttpSender(Unscripted unscripted = Unscripted::Refuse) : unscripted_(unscripted) {}

    void reply(int status, std::string body = {}, http::Headers headers = {})
    {
        http::HttpResponse response{status, std::move(headers), std::move(body)};
        then([response = std::move(response)](const http::HttpRequest&, std::stop_token) -> Result<http::HttpResponse> {
            return response;
        });
    }
    void fail(Error error)
    {
        then([error = std::move(error)](const http::HttpRequest&, std::stop_token) -> Result<http::HttpResponse> {
            return error;
        });
    }
    // An answer worked out when the request arrives (runs outside the sender's lock).
    void then(Step step)
    {
        const std::lock_guard lock(mutex_);
        script_.push_back(std::move(step));
    }
    // Runs at the start of every send(), outside the lock, e.g. to hold a request in flight.
    void setOnSend(std::function<void()> hook)
    {
        const std::lock_guard lock(mutex_);
        onSend_ = std::move(hook);
    }

    Result<http::HttpResponse> send(const http::HttpRequest& request, std::stop_token stop) override
    {
        std::function<void()> hook;
        {
            const std::lock_guard lock(mutex_);
            hook = onSend_;
        }
        if (hook) {
            hook();
        }
        Step step;
        {
            const std::lock_guard lock(mutex_);
            requests_.push_back(request);
            if (!script_.empty()) {
                step = std::move(script_.front());
                script_.pop_front();
            }
        }
        if (!step) {
            if (unscripted_ == Unscripted::FailTest) {
                ADD_FAILURE() << "unscripted request";
            }
            return makeError(ErrorCode::Remote, "unscripted request");
        }
        return step(request, std::move(stop));
    }

    [[nodiscard]] std::vector<http::HttpRequest> requests() const
    {
        const std::lock_guard lock(mutex_);
        return requests_;
    }
    [[nodiscard]] std::size_t requestCount() const
    {
        const std::lock_guard lock(mutex_);
        return requests_.size();
    }
    // The last request's body; empty when nothing was sent.
    [[nodiscard]] std::string lastBody() const
    {
        const std::lock_guard lock(mutex_);
        return requests_.empty() ? std::string() : requests_.back().body;
    }
    // Scripted answers not yet used.
    [[nodiscard]] std::size_t left() const
    {
        const std::lock_guard lock(mutex_);
        return script_.size();
    }

private:
    const Unscripted unscripted_;
    mutable std::mutex mutex_;
    std::deque<Step> script_;
    std::vector<http::HttpRequest> requests_;
    std::function<void()> onSend_;
};

} // namespace tunescope::testing
