#pragma once

#include "http/CooldownStore.h"
#include "http/HttpClient.h"
#include "http/HttpTypes.h"
#include "http/RequestGate.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>

namespace tunescope::browse {

struct ImageCacheOptions {
    // Cover art comes from a CDN, not from the Web API: its own pace, kept polite all the same.
    http::HostPacing pacing{std::chrono::milliseconds(20), 4};
    // Spotify's largest covers are about 300 KB; anything far bigger is not a cover.
    std::size_t maxBytes = std::size_t{8} * 1024 * 1024;
};

// Images on disk, one file per URL (named by the SHA-256 of the URL) under one folder: the first
// request for a URL downloads it, every later one reads the file, also offline and after a restart.
// Downloads go through an HttpClient of its own (its own gate and cooldowns, retries as usual), so
// a page full of covers never holds up the Web API's requests. Thread-safe: fetch from any number
// of workers; a file appears whole or not at all.
class ImageCache {
public:
    ImageCache(std::filesystem::path dir, http::HttpSender& transport, Clock& clock = systemClock(),
               ImageCacheOptions options = {});

    // The file holding the image at `url`: from disk when cached, else downloaded first.
    // InvalidInput for anything but an http(s) URL; Remote when the answer is not an image.
    Result<std::filesystem::path> fetch(const std::string& url, std::stop_token stop);
    // The file when the image is on disk; never downloads.
    [[nodiscard]] std::optional<std::filesystem::path> cachedFile(const std::string& url) const;

    [[nodiscard]] const std::filesystem::path& directory() const { return dir_; }
    // Downloads so far (answers received, whatever their status).
    [[nodiscard]] std::size_t downloads() const { return downloads_.load(); }

private:
    [[nodiscard]] std::filesystem::path stemFor(const std::string& url) const;

    std::filesystem::path dir_;
    ImageCacheOptions options_;
    http::RequestGate gate_;
    http::MemoryCooldownStore cooldowns_;
    http::HttpClient client_;
    std::atomic<std::size_t> downloads_{0};
};

} // namespace tunescope::browse
