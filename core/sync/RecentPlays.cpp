#include "sync/RecentPlays.h"

#include "util/Text.h"

namespace tunescope::sync {

std::vector<ingest::PlayRecord> recentPlaysAsRecords(const std::vector<spotify::RecentPlay>& plays)
{
    std::vector<ingest::PlayRecord> records;
    records.reserve(plays.size());
    for (const auto& play : plays) {
        const auto& track = play.track;
        if (track.artists.empty() || track.name.empty()) {
            continue; // nothing to file it under
        }
        ingest::PlayRecord record;
        record.endedAt = play.playedAtMs;
        record.msPlayed = track.durationMs;
        record.kind = ingest::PlayKind::Music;
        record.source = ingest::PlaySource::RecentlyPlayedApi;
        record.creator = text::toNfc(track.artists.front().name);
        record.title = text::toNfc(track.name);
        record.album = track.album ? text::toNfc(track.album->name) : std::string();
        record.uri = track.uri.empty() ? "spotify:track:" + track.id : track.uri;
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace tunescope::sync
