#pragma once

#include "util/Result.h"

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace tunescope {

// A file's bytes, mapped read-only into memory: a chart dataset of several gigabytes is read
// straight from the page cache instead of being copied into a string first.
class MappedFile {
public:
    static Result<MappedFile> open(const std::filesystem::path& file);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    [[nodiscard]] std::string_view bytes() const;

private:
    MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace tunescope
