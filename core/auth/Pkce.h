#pragma once

#include "util/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

// Proof Key for Code Exchange (RFC 7636) and the login's `state`: every value here comes from
// OpenSSL's CSPRNG, because a guessable verifier or state would let another program on the
// machine finish or hijack the login.
namespace tunescope::auth::pkce {

// Length of generateVerifier()'s result; RFC 7636 allows 43 to 128 characters.
inline constexpr std::size_t kVerifierLength = 64;

// kVerifierLength characters from the unreserved set [A-Za-z0-9-._~], uniformly distributed.
// Fails only when the system's random source does.
Result<std::string> generateVerifier();

// base64url(SHA-256(verifier)) without '=' padding: the `code_challenge` for method S256.
std::string challengeS256(std::string_view verifier);

// An unguessable `state` for one authorization (32 random bytes, base64url): the callback must
// carry it back, which proves the browser came from this login and not from a forged link.
Result<std::string> randomState();

// base64url (RFC 4648 §5) without padding.
std::string base64UrlNoPadding(std::string_view bytes);

} // namespace tunescope::auth::pkce
