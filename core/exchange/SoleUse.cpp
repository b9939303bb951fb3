#include "exchange/SoleUse.h"

#include "store/Database.h"

#include <string>
#include <system_error>

namespace tunescope::exchange {

Status settleSoleUse(const std::filesystem::path& database, std::string_view retry)
{
    std::error_code ec;
    if (!std::filesystem::exists(database, ec)) {
        return {};
    }
    auto db = store::Database::open(database);
    if (!db) {
        return db.error();
    }
    auto mode = db->prepare("PRAGMA journal_mode = DELETE");
    if (!mode || !mode->step() || mode->text(0) != "delete") {
        return makeError(ErrorCode::Io, "The profile is in use (the Tunescope window or another command has it "
                                        "open). " +
                                            std::string(retry));
    }
    return {};
}

} // namespace tunescope::exchange
