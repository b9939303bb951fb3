#pragma once

#include "store/Database.h"

#include <filesystem>
#include <optional>
#include <string>

namespace tunescope::testing {

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // Writes `content` to path()/name (creating folders) and returns the full path.
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

// A migrated in-memory database.
store::Database freshDatabase();
// A migrated database file at `file`.
store::Database databaseAt(const std::filesystem::path& file);

// tests/data/<name>
std::filesystem::path fixture(const std::string& name);
std::string readFile(const std::filesystem::path& file);

// The shared samples folder: TUNESCOPE_SAMPLES_DIR, else ../shared/samples beside the source
// tree; nullopt when neither exists (tests then GTEST_SKIP()).
std::optional<std::filesystem::path> samplesDir();

// A stable digest of every table's content (history, charts, features, ...), to prove a failed
// import changed nothing.
std::string databaseContentDigest(store::Database& db);

} // namespace tunescope::testing
