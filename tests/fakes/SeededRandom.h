#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>

namespace tunescope::fakes {

// Reproducible choices for the generated catalogue. Only the raw engine output is used (the
// standard fixes mt19937_64's sequence, but not what the <random> distributions make of it), so
// every platform builds the same catalogue from the same seed.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}

    // Uniform in [low, high].
    int between(int low, int high)
    {
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1U;
        return static_cast<int>(low + static_cast<std::int64_t>(engine_() % span));
    }

    bool chance(int percent) { return between(1, 100) <= percent; }

    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
    }

    std::string base62(std::size_t length)
    {
        static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        std::string out;
        out.reserve(length);
        for (std::size_t i = 0; i < length; ++i) {
            out += kAlphabet[engine_() % 62U];
        }
        return out;
    }

    std::string digits(std::size_t length)
    {
        std::string out;
        out.reserve(length);
        for (std::size_t i = 0; i < length; ++i) {
            out += static_cast<char>('0' + static_cast<int>(engine_() % 10U));
        }
        return out;
    }

    // Fisher-Yates with the raw engine (std::shuffle's use of the engine is unspecified).
    template <typename Container>
    void shuffle(Container& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = engine_() % i;
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937_64 engine_;
};

} // namespace tunescope::fakes
