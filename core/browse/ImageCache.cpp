#include "browse/ImageCache.h"

#include <openssl/sha.h>

#include <array>
#include <atomic>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace tunescope::browse {
namespace {

// File name extensions by content type; ".img" when the server names none of these.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kExtensions{{
    {"image/jpeg", ".jpg"},
    {"image/png", ".png"},
    {"image/webp", ".webp"},
    {"image/gif", ".gif"},
}};
constexpr std::string_view kOtherExtension = ".img";

std::string sha256Hex(const std::string& text)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest.data());
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(digest.size() * 2);
    for (const unsigned char byte : digest) {
        hex += kDigits[byte >> 4U];
        hex += kDigits[byte & 0x0FU];
    }
    return hex;
}

std::string_view extensionFor(const std::optional<std::string>& contentType)
{
    if (contentType) {
        for (const auto& [type, extension] : kExtensions) {
            if (contentType->compare(0, type.size(), type) == 0) {
                return extension;
            }
        }
    }
    return kOtherExtension;
}

bool isWebUrl(const std::string& url)
{
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

// A name no other writer uses at the same time: process id and a per-process counter.
std::string temporarySuffix()
{
    static std::atomic<std::uint64_t> counter{0};
    return ".part-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
}

} // namespace

ImageCache::ImageCache(std::filesystem::path dir, http::HttpSender& transport, Clock& clock, ImageCacheOptions options)
    : dir_(std::move(dir)), options_(options), gate_(clock, options.pacing),
      client_(transport, clock, gate_, cooldowns_)
{
}

std::filesystem::path ImageCache::stemFor(const std::string& url) const
{
    return dir_ / sha256Hex(url);
}

std::optional<std::filesystem::path> ImageCache::cachedFile(const std::string& url) const
{
    const auto stem = stemFor(url);
    std::error_code ec;
    for (const auto& [type, extension] : kExtensions) {
        auto file = stem;
        file += extension;
        if (std::filesystem::is_regular_file(file, ec)) {
            return file;
        }
    }
    auto other = stem;
    other += kOtherExtension;
    if (std::filesystem::is_regular_file(other, ec)) {
        return other;
    }
    return std::nullopt;
}

Result<std::filesystem::path> ImageCache::fetch(const std::string& url, std::stop_token stop)
{
    if (!isWebUrl(url)) {
        return makeError(ErrorCode::InvalidInput, "An image address must start with https:// or http://.");
    }
    if (auto cached = cachedFile(url)) {
        return *cached;
    }
    http::HttpRequest request;
    request.url = url;
    request.headers = {{"Accept", "image/*"}};
    auto response = client_.send(request, std::move(stop));
    if (!response) {
        return response.error();
    }
    ++downloads_;
    const std::string host = http::hostOf(url);
    if (response->status < 200 || response->status >= 300) {
        return makeError(response->status == 404 ? ErrorCode::NotFound : ErrorCode::Remote,
                         host + " answered HTTP " + std::to_string(response->status) + " for an image.");
    }
    const auto contentType = response->header("content-type");
    if ((contentType && contentType->rfind("image/", 0) != 0) || response->body.empty() ||
        response->body.size() > options_.maxBytes) {
        return makeError(ErrorCode::Remote, host + " did not send an image.");
    }
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) {
        return makeError(ErrorCode::Io, "Could not create the image folder " + dir_.string() + ": " + ec.message());
    }
    auto file = stemFor(url);
    file += extensionFor(contentType);
    auto partial = file;
    partial += temporarySuffix();
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(response->body.data(), static_cast<std::streamsize>(response->body.size()));
        out.close();
        if (!out) {
            std::filesystem::remove(partial, ec);
            return makeError(ErrorCode::Io, "Could not write " + partial.string() + ".");
        }
    }
    // Renaming is atomic: a reader sees the whole image or none, even with two downloads racing.
    std::filesystem::rename(partial, file, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return makeError(ErrorCode::Io, "Could not store " + file.string() + ".");
    }
    return file;
}

} // namespace tunescope::browse
