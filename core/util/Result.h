#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace tunescope {

// What went wrong, in words a user can act on. Errors are values in core: no exception crosses
// a module boundary.
enum class ErrorCode {
    InvalidInput,  // the user gave something we cannot use (bad option, bad date, unknown zone)
    NotFound,      // a file, folder or zone that does not exist
    Io,            // reading or writing a file failed
    Corrupt,       // a file is malformed or truncated
    Unsupported,   // a well-formed file we do not understand
    Database,      // SQLite reported a failure
    Cancelled,     // the caller asked to stop
    Network,       // no answer from a server (DNS, connect, TLS, timeout) after retrying
    RateLimited,   // the server asks us to wait (HTTP 429); Error::retryAtMs says until when
    LoginRequired, // no usable login: never logged in, logged out, or the refresh token expired
    Forbidden,     // the server refuses (HTTP 403); the message says why and what to do
    Remote,        // the server failed or answered something we cannot use (5xx, bad JSON, 4xx)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    std::string message;
    std::int64_t retryAtMs = 0; // RateLimited: UTC milliseconds when asking again is fine
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return error_; }

private:
    Error error_;
    bool failed_ = false;
};

using Status = Result<void>;

} // namespace tunescope
