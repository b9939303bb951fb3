#pragma once

#include "store/Database.h"

#include <filesystem>
#include <string>

namespace tunescope::store {

// Where a profile lives: <data dir>/profiles/<name>/tunescope.sqlite3.
struct ProfileLocation {
    std::filesystem::path dataDir;
    std::string name = "default";

    [[nodiscard]] std::filesystem::path directory() const { return dataDir / "profiles" / name; }
    [[nodiscard]] std::filesystem::path databaseFile() const { return directory() / "tunescope.sqlite3"; }
};

// TUNESCOPE_DATA_DIR, else $XDG_DATA_HOME/tunescope, else ~/.local/share/tunescope.
std::filesystem::path defaultDataDir();

// Letters, digits, '-', '_' and '.', not starting with '.'; at most 64 characters.
bool isValidProfileName(const std::string& name);

// Opens (creating when needed) the profile's database and brings its schema up to date.
Result<Database> openProfile(const ProfileLocation& location);

} // namespace tunescope::store
