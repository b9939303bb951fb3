#include "exchange/ReplaceFile.h"

#include <fstream>
#include <string>
#include <system_error>

namespace tunescope::exchange {

Status writeFileReplacing(const std::filesystem::path& target, const std::function<Status(std::ostream&)>& write)
{
    auto partial = target;
    partial += ".partial";
    const auto fail = [&partial](Error error) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        return error;
    };
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        if (!file) {
            return makeError(ErrorCode::Io,
                             "Cannot write " + target.string() + ": the folder is missing or read-only.");
        }
        if (auto s = write(file); !s) {
            return fail(s.error());
        }
        file.flush();
        if (!file) {
            return fail(makeError(ErrorCode::Io, "Writing " + target.string() + " failed (is the disk full?)."));
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, target, ec);
    if (ec) {
        return fail(makeError(ErrorCode::Io, "Cannot replace " + target.string() + ": " + ec.message()));
    }
    return {};
}

} // namespace tunescope::exchange
