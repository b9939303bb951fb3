#include "OAuthCrypto.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <random>
#include <vector>

namespace tunescope::fakes {

std::string base64Url(std::string_view bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    auto byteAt = [&bytes](std::size_t index) { return static_cast<unsigned char>(bytes[index]); };
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned value = (unsigned{byteAt(i)} << 16U) | (unsigned{byteAt(i + 1)} << 8U) | byteAt(i + 2);
        out += kAlphabet[(value >> 18U) & 0x3FU];
        out += kAlphabet[(value >> 12U) & 0x3FU];
        out += kAlphabet[(value >> 6U) & 0x3FU];
        out += kAlphabet[value & 0x3FU];
    }
    const std::size_t left = bytes.size() - i;
    if (left == 1) {
        const unsigned value = unsigned{byteAt(i)} << 16U;
        out += kAlphabet[(value >> 18U) & 0x3FU];
        out += kAlphabet[(value >> 12U) & 0x3FU];
    } else if (left == 2) {
        const unsigned value = (unsigned{byteAt(i)} << 16U) | (unsigned{byteAt(i + 1)} << 8U);
        out += kAlphabet[(value >> 18U) & 0x3FU];
        out += kAlphabet[(value >> 12U) & 0x3FU];
        out += kAlphabet[(value >> 6U) & 0x3FU];
    }
    return out;
}

std::string s256Challenge(std::string_view verifier)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size(), digest.data());
    return base64Url(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

std::string randomToken(std::string_view prefix, std::size_t randomBytes)
{
    std::vector<unsigned char> buffer(randomBytes);
    if (RAND_bytes(buffer.data(), static_cast<int>(buffer.size())) != 1) {
        // OpenSSL without entropy: the OS generator is still unpredictable enough for a fake.
        std::random_device device;
        for (auto& byte : buffer) {
            byte = static_cast<unsigned char>(device() & 0xFFU);
        }
    }
    std::string token(prefix);
    token += base64Url(std::string_view(reinterpret_cast<const char*>(buffer.data()), buffer.size()));
    return token;
}

} // namespace tunescope::fakes
