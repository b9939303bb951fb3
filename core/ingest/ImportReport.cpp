#include "ingest/ImportReport.h"

#include <algorithm>
#include <numeric>

namespace tunescope::ingest {

bool ImportReport::anyRejected() const
{
    return std::any_of(files.begin(), files.end(),
                       [](const FileReport& f) { return f.outcome == FileReport::Outcome::Rejected; });
}

std::size_t ImportReport::totalAdded() const
{
    return std::accumulate(files.begin(), files.end(), std::size_t{0},
                           [](std::size_t sum, const FileReport& f) { return sum + f.playsAdded; });
}

std::size_t ImportReport::totalDuplicates() const
{
    return std::accumulate(files.begin(), files.end(), std::size_t{0},
                           [](std::size_t sum, const FileReport& f) { return sum + f.duplicates; });
}

std::size_t ImportReport::totalRows() const
{
    return std::accumulate(files.begin(), files.end(), std::size_t{0},
                           [](std::size_t sum, const FileReport& f) { return sum + f.rowsRead; });
}

std::string_view outcomeName(FileReport::Outcome outcome)
{
    switch (outcome) {
    case FileReport::Outcome::Imported: return "imported";
    case FileReport::Outcome::Rejected: return "rejected";
    case FileReport::Outcome::Ignored: return "ignored";
    case FileReport::Outcome::Cancelled: return "cancelled";
    }
    return "unknown";
}

std::string_view kindName(PlayKind kind)
{
    switch (kind) {
    case PlayKind::Music: return "music";
    case PlayKind::Podcast: return "podcast";
    case PlayKind::Audiobook: return "audiobook";
    case PlayKind::Video: return "video";
    }
    return "unknown";
}

} // namespace tunescope::ingest
