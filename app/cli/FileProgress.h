#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <unistd.h>

namespace tunescope::cli {

// "Importing 3/12: name" on one line of a terminal's stderr, cleared at the end; nothing (an empty
// callback) when stderr is not a terminal. Works with any progress struct that has fileIndex,
// fileCount and fileName (history and chart imports).
template <class Progress>
std::function<void(const Progress&)> fileProgressLine(std::ostream& err)
{
    if (isatty(STDERR_FILENO) == 0) {
        return {};
    }
    return [&err](const Progress& p) {
        if (p.fileIndex < p.fileCount) {
            err << "\r\033[KImporting " << (p.fileIndex + 1) << "/" << p.fileCount << ": " << p.fileName << std::flush;
        } else {
            err << "\r\033[K" << std::flush;
        }
    };
}

} // namespace tunescope::cli
