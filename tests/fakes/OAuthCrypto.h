#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// The bits of cryptography the fake accounts service needs: PKCE S256 and unguessable tokens.
namespace tunescope::fakes {

// base64url (RFC 4648 section 5) without '=' padding.
std::string base64Url(std::string_view bytes);

// PKCE code_challenge for the S256 method: base64url(SHA-256(verifier)), no padding.
std::string s256Challenge(std::string_view verifier);

// `prefix` followed by base64url of `randomBytes` bytes from a CSPRNG (codes and tokens must not
// be predictable, even in a fake, or tests could pass by guessing).
std::string randomToken(std::string_view prefix, std::size_t randomBytes);

} // namespace tunescope::fakes
