#include "auth/Pkce.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <climits>
#include <cstdint>

namespace tunescope::auth::pkce {
namespace {

constexpr std::string_view kUnreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
static_assert(kUnreserved.size() == 66);

// 66 does not divide 256: bytes at or above the largest multiple of 66 are thrown away instead of
// folded in with `%`, which would make the first 58 characters more likely than the rest.
constexpr unsigned kRejectFrom = 256U - (256U % kUnreserved.size());

Error randomSourceFailed()
{
    return makeError(ErrorCode::Io, "The system's random number generator failed, so Tunescope cannot start a safe "
                                    "login. Try again; if it keeps failing, check the system's OpenSSL setup.");
}

bool fillRandom(unsigned char* out, std::size_t size)
{
    return size <= static_cast<std::size_t>(INT_MAX) && RAND_bytes(out, static_cast<int>(size)) == 1;
}

} // namespace

Result<std::string> generateVerifier()
{
    std::string verifier;
    verifier.reserve(kVerifierLength);
    std::array<unsigned char, 96> pool{};
    while (verifier.size() < kVerifierLength) {
        if (!fillRandom(pool.data(), pool.size())) {
            return randomSourceFailed();
        }
        for (const unsigned char byte : pool) {
            if (byte < kRejectFrom && verifier.size() < kVerifierLength) {
                verifier += kUnreserved[byte % kUnreserved.size()];
            }
        }
    }
    return verifier;
}

std::string challengeS256(std::string_view verifier)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size(), digest.data());
    return base64UrlNoPadding(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

Result<std::string> randomState()
{
    std::array<unsigned char, 32> bytes{};
    if (!fillRandom(bytes.data(), bytes.size())) {
        return randomSourceFailed();
    }
    return base64UrlNoPadding(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string base64UrlNoPadding(std::string_view bytes)
{
    static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t n = (std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16U) |
                                (std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8U) |
                                std::uint32_t{static_cast<unsigned char>(bytes[i + 2])};
        out += kAlphabet[(n >> 18U) & 63U];
        out += kAlphabet[(n >> 12U) & 63U];
        out += kAlphabet[(n >> 6U) & 63U];
        out += kAlphabet[n & 63U];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t n = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16U;
        if (rest == 2) {
            n |= std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8U;
        }
        out += kAlphabet[(n >> 18U) & 63U];
        out += kAlphabet[(n >> 12U) & 63U];
        if (rest == 2) {
            out += kAlphabet[(n >> 6U) & 63U];
        }
    }
    return out;
}

} // namespace tunescope::auth::pkce
