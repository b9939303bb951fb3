#include "auth/FileSecretStore.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cerrno>
#include <string_view>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tunescope::auth {
namespace {

// A handful of refresh tokens is a few hundred bytes; anything this big is not our file.
constexpr off_t kMaxFileSize = 1 << 20;

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

// Closes the descriptor when the scope ends, whatever path leaves it.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor()
    {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    [[nodiscard]] int get() const { return fd_; }
    // Closes now and reports whether the last buffered write made it (close can fail late).
    bool close()
    {
        const int fd = std::exchange(fd_, -1);
        return ::close(fd) == 0;
    }

private:
    int fd_;
};

bool writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

std::filesystem::path temporarySibling(const std::filesystem::path& file)
{
    static std::atomic<unsigned> counter{0};
    std::string name = ".";
    name += file.filename().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter.fetch_add(1));
    return file.parent_path() / name;
}

} // namespace

FileSecretStore::FileSecretStore(std::filesystem::path file) : file_(std::move(file)) {}

std::string FileSecretStore::describe() const
{
    return "a file readable only by you (" + file_.string() + ")";
}

Result<std::optional<std::string>> FileSecretStore::read(const std::string& key)
{
    const std::lock_guard lock(mutex_);
    auto secrets = load();
    if (!secrets) {
        return secrets.error();
    }
    const auto found = secrets->find(key);
    if (found == secrets->end()) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(std::move(found->second));
}

Status FileSecretStore::write(const std::string& key, const std::string& secret)
{
    const std::lock_guard lock(mutex_);
    auto secrets = load();
    if (!secrets) {
        return secrets.error();
    }
    (*secrets)[key] = secret;
    return save(*secrets);
}

Status FileSecretStore::remove(const std::string& key)
{
    const std::lock_guard lock(mutex_);
    auto secrets = load();
    if (!secrets) {
        return secrets.error();
    }
    if (secrets->erase(key) == 0) {
        return {};
    }
    if (secrets->empty()) {
        // The last login gone: no file is left behind to say there was one.
        std::error_code ec;
        std::filesystem::remove(file_, ec);
        if (ec) {
            return makeError(ErrorCode::Io, "Cannot remove " + file_.string() + ": " + ec.message());
        }
        return {};
    }
    return save(*secrets);
}

Result<FileSecretStore::Secrets> FileSecretStore::load() const
{
    const std::string where = file_.string();
    // O_NOFOLLOW: a symlink planted in place of the file must not redirect us to another file.
    FileDescriptor fd(::open(file_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return Secrets{};
        }
        if (error == ELOOP) {
            return makeError(ErrorCode::Io, "The login file " + where +
                                                " is a symbolic link, so Tunescope will not use it. Delete it and "
                                                "log in again.");
        }
        return makeError(ErrorCode::Io,
                         "Tunescope cannot read its login file " + where + ": " + systemMessage(error) + ".");
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        return makeError(ErrorCode::Io,
                         "Tunescope cannot check its login file " + where + ": " + systemMessage(errno) + ".");
    }
    if (!S_ISREG(info.st_mode)) {
        return makeError(ErrorCode::Io,
                         "The login file " + where + " is not a regular file. Delete it and log in again.");
    }
    if (info.st_uid != ::geteuid()) {
        return makeError(ErrorCode::Io, "The login file " + where +
                                            " belongs to another user, so Tunescope will not use it. Delete it and "
                                            "log in again.");
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return makeError(ErrorCode::Io, "The login file " + where +
                                            " can be read by other users of this computer, so Tunescope will not "
                                            "use it. Make it private with `chmod 600 " +
                                            where + "` (or delete it and log in again).");
    }
    if (info.st_size > kMaxFileSize) {
        return makeError(ErrorCode::Corrupt, "The login file " + where + " is damaged. Delete it and log in again.");
    }
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return makeError(ErrorCode::Io,
                             "Tunescope cannot read its login file " + where + ": " + systemMessage(errno) + ".");
        }
        if (got == 0) {
            break;
        }
        text.append(buffer, static_cast<std::size_t>(got));
    }
    if (text.empty()) {
        return Secrets{}; // an empty file holds no secrets, like a missing one
    }
    // Never quote the parser's message: it can contain part of the file, which holds secrets.
    const Error corrupt =
        makeError(ErrorCode::Corrupt, "The login file " + where + " is damaged. Delete it and log in again.");
    try {
        const auto json = nlohmann::json::parse(text);
        if (!json.is_object()) {
            return corrupt;
        }
        Secrets secrets;
        for (const auto& [key, value] : json.items()) {
            if (!value.is_string()) {
                return corrupt;
            }
            secrets.emplace(key, value.get<std::string>());
        }
        return secrets;
    } catch (const nlohmann::json::exception&) {
        return corrupt;
    }
}

Status FileSecretStore::save(const Secrets& secrets) const
{
    const std::string where = file_.string();
    std::string text;
    try {
        text = nlohmann::json(secrets).dump(2);
        text += '\n';
    } catch (const nlohmann::json::exception&) {
        return makeError(ErrorCode::InvalidInput,
                         "A login secret is not valid text, so it cannot be saved in " + where + ".");
    }
    std::error_code ec;
    const auto folder = file_.parent_path();
    if (!folder.empty()) {
        std::filesystem::create_directories(folder, ec);
        if (ec) {
            return makeError(ErrorCode::Io,
                             "Tunescope cannot create the folder " + folder.string() + ": " + ec.message() + ".");
        }
    }
    const auto temporary = temporarySibling(file_);
    // O_EXCL + O_NOFOLLOW: a file or link someone placed at that name is never written through.
    FileDescriptor fd(
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR));
    if (fd.get() < 0) {
        return makeError(ErrorCode::Io,
                         "Tunescope cannot save its login in " + where + ": " + systemMessage(errno) + ".");
    }
    const auto fail = [&](int error) {
        std::filesystem::remove(temporary, ec);
        return makeError(ErrorCode::Io,
                         "Tunescope cannot save its login in " + where + ": " + systemMessage(error) + ".");
    };
    // The mode given to open() is reduced by the umask; fchmod sets exactly 0600 whatever it is.
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0 || !writeAll(fd.get(), text) || ::fsync(fd.get()) != 0) {
        const int error = errno;
        fd.close();
        return fail(error);
    }
    if (!fd.close()) {
        return fail(errno);
    }
    if (::rename(temporary.c_str(), file_.c_str()) != 0) {
        return fail(errno);
    }
    return {};
}

} // namespace tunescope::auth
