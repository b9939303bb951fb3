#pragma once

#include "ingest/PlayRecord.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace tunescope::ingest {

struct FileReport {
    enum class Outcome {
        Imported, // read and stored (possibly with every play already known)
        Rejected, // broken, unreadable or not history although the user named it; nothing stored
        Ignored,  // inside a folder or ZIP and not streaming history (PDFs, Userdata.json ...)
        Cancelled // not finished because the user cancelled; nothing stored
    };

    std::string name;
    Outcome outcome = Outcome::Imported;
    std::string shape;
    std::string error; // for Rejected/Ignored/Cancelled: what happened and where
    std::size_t rowsRead = 0;
    std::size_t playsAdded = 0;
    std::size_t duplicates = 0;
    std::map<std::string, std::size_t> skipped; // reason -> rows
    std::map<PlayKind, std::size_t> addedByKind;
};

struct ImportReport {
    std::vector<FileReport> files;
    bool dryRun = false;
    bool cancelled = false;

    [[nodiscard]] bool anyRejected() const;
    [[nodiscard]] std::size_t totalAdded() const;
    [[nodiscard]] std::size_t totalDuplicates() const;
    [[nodiscard]] std::size_t totalRows() const;
};

std::string_view outcomeName(FileReport::Outcome outcome);
std::string_view kindName(PlayKind kind);

} // namespace tunescope::ingest
