#include "store/Profile.h"

#include "store/Migrations.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace tunescope::store {

std::filesystem::path defaultDataDir()
{
    if (const char* dir = std::getenv("TUNESCOPE_DATA_DIR"); dir && *dir) {
        return dir;
    }
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "tunescope";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".local" / "share" / "tunescope";
    }
    return std::filesystem::current_path() / ".tunescope";
}

bool isValidProfileName(const std::string& name)
{
    if (name.empty() || name.size() > 64 || name.front() == '.') {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.';
    });
}

Result<Database> openProfile(const ProfileLocation& location)
{
    if (!isValidProfileName(location.name)) {
        return makeError(ErrorCode::InvalidInput,
                         "Invalid profile name \"" + location.name +
                             "\": use letters, digits, '-', '_' or '.' (not starting with '.').");
    }
    std::error_code ec;
    std::filesystem::create_directories(location.directory(), ec);
    if (ec) {
        return makeError(ErrorCode::Io, "Cannot create the profile folder " + location.directory().string() + ": " +
                                            ec.message() + ". Choose another --data-dir.");
    }
    auto db = Database::open(location.databaseFile());
    if (!db) {
        return db.error();
    }
    if (auto s = migrate(*db); !s) {
        return s.error();
    }
    return db;
}

} // namespace tunescope::store
