#pragma once

#include "store/Database.h"

#include <filesystem>
#include <stop_token>

namespace tunescope::exchange {

// Marks a file as a Tunescope backup (PRAGMA application_id of the copy: "TSBK").
inline constexpr std::int32_t kBackupApplicationId = 0x5453424B;

// Writes a consistent snapshot of the profile database open in `source` to `out` (VACUUM INTO,
// one read transaction: an import running meanwhile is in it wholly or not at all), marked as a
// Tunescope backup. The database holds no secret: the Spotify login lives in the keychain or in
// the profile's login file, neither of which is copied. `out` is replaced whole or not at all.
// Once `stop` is requested the copy is interrupted, nothing is left behind and the answer is
// ErrorCode::Cancelled.
Status backupDatabase(store::Database& source, const std::filesystem::path& out, std::stop_token stop = {});

// Replaces the profile database with a backup. Refuses (leaving the profile untouched) a file that
// is not a Tunescope backup or was written by a newer Tunescope; an older backup is brought up to
// date by the normal migrations. The copy is prepared and checked beside the database, the old one
// moves to "<database>.before-restore" and is removed once the restored one is in place.
// Refused, changing nothing, while another connection (the window, a sync) has the profile open.
// `stop` is heeded until the restored database is moved in place (ErrorCode::Cancelled, the
// profile untouched); after that the restore completes.
Status restoreDatabase(const std::filesystem::path& backup, const std::filesystem::path& database,
                       std::stop_token stop = {});

} // namespace tunescope::exchange
