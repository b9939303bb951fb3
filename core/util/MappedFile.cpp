#include "util/MappedFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace tunescope {
namespace {

Error failure(const std::filesystem::path& file, const std::string& what)
{
    const int error = errno;
    const ErrorCode code = error == ENOENT ? ErrorCode::NotFound : ErrorCode::Io;
    return makeError(code, file.string() + ": " + what + ": " + std::strerror(error)); // NOLINT(concurrency-mt-unsafe)
}

} // namespace

Result<MappedFile> MappedFile::open(const std::filesystem::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC); // NOLINT(cppcoreguidelines-pro-type-vararg)
    if (fd < 0) {
        return failure(file, "cannot open");
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        auto error = failure(file, "cannot read");
        ::close(fd);
        return error;
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Io, file.string() + ": not a regular file");
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size == 0) {
        ::close(fd);
        return MappedFile(nullptr, 0);
    }
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    auto error = data == MAP_FAILED ? failure(file, "cannot map") : Error{};
    ::close(fd);
    if (data == MAP_FAILED) {
        return error;
    }
    ::madvise(data, size, MADV_SEQUENTIAL);
    return MappedFile(data, size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0))
{
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        if (data_ != nullptr) {
            ::munmap(data_, size_);
        }
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

MappedFile::~MappedFile()
{
    if (data_ != nullptr) {
        ::munmap(data_, size_);
    }
}

std::string_view MappedFile::bytes() const
{
    return data_ == nullptr ? std::string_view{} : std::string_view(static_cast<const char*>(data_), size_);
}

} // namespace tunescope
