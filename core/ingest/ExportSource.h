#pragma once

#include "util/Result.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tunescope::ingest {

// One file to consider for import: a file on disk or an entry of an export ZIP.
struct SourceFile {
    std::string displayName;  // path, or "archive.zip: entry/name.json"
    bool namedByUser = false; // given explicitly (not found inside a folder or ZIP)
    std::function<Result<std::string>()> read;
};

// The biggest single file we read (Spotify's own files are about 12 MB).
inline constexpr std::size_t kMaxSourceFileBytes = std::size_t{1} << 30;

// Expands the user's paths: files as they are, folders recursively (sorted by path), ZIP files
// (recognised by content) into their entries. A path that does not exist becomes a SourceFile
// whose read() fails with a message saying so.
std::vector<SourceFile> collectSources(const std::vector<std::filesystem::path>& paths);

// Every regular file under a folder, recursively, sorted by path; folders it may not read are
// passed over.
std::vector<std::filesystem::path> filesUnderFolder(const std::filesystem::path& folder);

} // namespace tunescope::ingest
