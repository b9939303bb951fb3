#include "ingest/ExportSource.h"

#include <zip.h>

#include <algorithm>
#include <fstream>
#include <system_error>

namespace tunescope::ingest {
namespace {

namespace fs = std::filesystem;

// Deflate cannot expand data more than about 1032 times; a ZIP entry claiming more is lying.
constexpr std::size_t kMaxDeflateRatio = 1032;
constexpr std::size_t kReadChunk = std::size_t{1} << 20;

Result<std::string> readFile(const fs::path& path, std::size_t limit = kMaxSourceFileBytes)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        return makeError(ErrorCode::NotFound, "cannot read: " + ec.message());
    }
    if (size > limit && limit == kMaxSourceFileBytes) {
        return makeError(ErrorCode::Unsupported, "the file is too large (" + std::to_string(size >> 20) + " MiB)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, "cannot open the file for reading");
    }
    std::string bytes(std::min<std::size_t>(size, limit), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        return makeError(ErrorCode::Io, "reading the file failed");
    }
    return bytes;
}

bool isZip(const fs::path& path)
{
    auto head = readFile(path, 4);
    return head && head->size() == 4 && head->compare(0, 4, "PK\x03\x04", 4) == 0;
}

// Keeps the archive open while any of its entries may still be read.
class ZipArchive {
public:
    static Result<std::shared_ptr<ZipArchive>> open(const fs::path& path)
    {
        int error = 0;
        zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!archive) {
            zip_error_t ze;
            zip_error_init_with_code(&ze, error);
            std::string message = std::string("not a readable ZIP archive: ") + zip_error_strerror(&ze);
            zip_error_fini(&ze);
            return makeError(ErrorCode::Corrupt, std::move(message));
        }
        return std::shared_ptr<ZipArchive>(new ZipArchive(archive));
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ~ZipArchive() { zip_discard(archive_); }

    [[nodiscard]] std::vector<std::pair<zip_uint64_t, std::string>> fileEntries() const
    {
        std::vector<std::pair<zip_uint64_t, std::string>> entries;
        const zip_int64_t count = zip_get_num_entries(archive_, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
            if (name && *name && name[std::char_traits<char>::length(name) - 1] != '/') {
                entries.emplace_back(static_cast<zip_uint64_t>(i), name);
            }
        }
        return entries;
    }

    Result<std::string> read(zip_uint64_t index) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive_, index, 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0) {
            return makeError(ErrorCode::Corrupt, "the ZIP entry cannot be read");
        }
        if (st.size > kMaxSourceFileBytes) {
            return makeError(ErrorCode::Unsupported,
                             "the ZIP entry is too large (" + std::to_string(st.size >> 20) + " MiB unpacked)");
        }
        zip_file_t* file = zip_fopen_index(archive_, index, 0);
        if (!file) {
            return makeError(ErrorCode::Corrupt,
                             std::string("the ZIP entry cannot be opened: ") + zip_strerror(archive_));
        }
        // Memory follows what actually inflates, not what the header claims: an entry stating
        // 1 GiB in a few KiB of deflate data would otherwise cost 1 GiB before its first byte.
        // A claim deflate can honour (at most ~1032:1) is believed and reserved at once.
        const auto stated = static_cast<std::size_t>(st.size);
        std::string bytes;
        if ((st.valid & ZIP_STAT_COMP_SIZE) != 0 && stated / kMaxDeflateRatio <= st.comp_size) {
            bytes.reserve(stated + 1);
        }
        // Read one byte more than announced: an entry that inflates past its stated size is bad.
        std::size_t filled = 0;
        zip_int64_t got = 0;
        while (filled <= stated) {
            const std::size_t want = std::min(kReadChunk, stated + 1 - filled);
            bytes.resize(filled + want);
            got = zip_fread(file, bytes.data() + filled, want);
            if (got <= 0) {
                break;
            }
            filled += static_cast<std::size_t>(got);
        }
        bytes.resize(filled);
        // libzip checks the CRC when the entry's end is read: the last read reports it.
        std::string error = got < 0 ? zip_file_strerror(file) : "";
        zip_fclose(file);
        if (got < 0 || filled != stated) {
            return makeError(ErrorCode::Corrupt,
                             "the ZIP entry is damaged" + (error.empty() ? std::string() : ": " + error));
        }
        return bytes;
    }

private:
    explicit ZipArchive(zip_t* archive) : archive_(archive) {}
    zip_t* archive_;
};

// An entry name that would leave the folder it were unpacked into: "../x", "a/../../x", "/x",
// "\\x" or "C:x". Entries are read in memory and never unpacked, but an archive holding such a
// name was not made by Spotify, so the entry is refused rather than trusted.
bool leavesTheArchive(std::string_view name)
{
    if (name.starts_with('/') || name.starts_with('\\') || (name.size() >= 2 && name[1] == ':')) {
        return true;
    }
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find_first_of("/\\", start), name.size());
        if (name.substr(start, end - start) == "..") {
            return true;
        }
        start = end + 1;
    }
    return false;
}

void addZip(const fs::path& path, bool namedByUser, std::vector<SourceFile>& out)
{
    auto archive = ZipArchive::open(path);
    if (!archive) {
        const Error& error = archive.error();
        out.push_back({path.string(), namedByUser, [error] { return Result<std::string>(error); }});
        return;
    }
    auto shared = archive.value();
    for (const auto& [index, name] : shared->fileEntries()) {
        if (leavesTheArchive(name)) {
            const Error error = makeError(ErrorCode::Corrupt, "the ZIP entry's name points outside the archive (an "
                                                              "absolute path or \"..\"); it was not read");
            out.push_back({path.string() + ": " + name, false, [error] { return Result<std::string>(error); }});
            continue;
        }
        out.push_back({path.string() + ": " + name, false, [shared, index = index] { return shared->read(index); }});
    }
}

void addFile(const fs::path& path, bool namedByUser, std::vector<SourceFile>& out)
{
    if (isZip(path)) {
        addZip(path, namedByUser, out);
        return;
    }
    out.push_back({path.string(), namedByUser, [path] { return readFile(path); }});
}

} // namespace

std::vector<fs::path> filesUnderFolder(const fs::path& folder)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<SourceFile> collectSources(const std::vector<fs::path>& paths)
{
    std::vector<SourceFile> sources;
    for (const auto& path : paths) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            const Error error = makeError(ErrorCode::NotFound, "no such file or folder");
            sources.push_back({path.string(), true, [error] { return Result<std::string>(error); }});
            continue;
        }
        if (!fs::is_directory(status)) {
            addFile(path, true, sources);
            continue;
        }
        for (const auto& file : filesUnderFolder(path)) {
            addFile(file, false, sources);
        }
    }
    return sources;
}

} // namespace tunescope::ingest
