#pragma once

#include "ingest/PlayRecord.h"
#include "util/Result.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::ingest {

// Which export a file came from, recognised by its content.
enum class HistoryShape {
    Empty,            // "[]"
    AccountMusic,     // StreamingHistoryN / StreamingHistory_music_N
    AccountPodcast,   // StreamingHistory_podcast_N
    AccountAudiobook, // StreamingHistory_audiobook_N
    Extended2020,     // endsong_N without username/ip fields
    Extended2021,     // endsong_N with username, ip_addr_decrypted, user_agent_decrypted
    Extended2024,     // Streaming_History_Audio/Video_* with ip_addr and audiobook_* fields
};

std::string_view shapeName(HistoryShape shape);

struct ParsedHistory {
    HistoryShape shape = HistoryShape::Empty;
    std::size_t rowsRead = 0;
    std::vector<PlayRecord> records;
    std::map<std::string, std::size_t> skipped; // reason -> rows
};

// Parses one streaming-history JSON file. Fails (with byte offset and entry number) on malformed
// or truncated JSON; fails with ErrorCode::Unsupported when the JSON is not streaming history.
Result<ParsedHistory> parseHistory(std::string_view bytes);

// Cheap look at the start of a buffer: could this be streaming history? (Used to tell history
// files from the other JSON files of an export without parsing them.)
bool looksLikeHistory(std::string_view bytes);

} // namespace tunescope::ingest
