#pragma once

#include "util/Result.h"

#include <filesystem>
#include <functional>
#include <ostream>

namespace tunescope::exchange {

// Writes a file whole or not at all: `write` fills "<target>.partial", which is then renamed
// over `target`. On any failure the partial file is removed and `target` is left as it was.
Status writeFileReplacing(const std::filesystem::path& target, const std::function<Status(std::ostream&)>& write);

} // namespace tunescope::exchange
