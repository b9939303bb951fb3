#pragma once

#include "util/Result.h"

#include <filesystem>
#include <string_view>

namespace tunescope::exchange {

// Proves that no other connection (the window, a sync, another command) has the database open,
// and leaves it as one file with its write-ahead log folded in: SQLite leaves WAL mode only for
// the sole connection. Moving or deleting the file under an open connection would corrupt it or
// lose what that connection writes. A missing file is fine. When the database is in use, the
// error says so and ends with `retry` ("Close it and restore again; nothing was changed.").
Status settleSoleUse(const std::filesystem::path& database, std::string_view retry);

} // namespace tunescope::exchange
