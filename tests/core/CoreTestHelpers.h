#pragma once

// Small builders shared by the core tests: plays written straight through PlayWriter, history
// files written as JSON text, and one-number SQL queries. Everything here is fictional.

#include "TestSupport.h"

#include "ingest/PlayRecord.h"
#include "store/PlayWriter.h"
#include "util/CivilTime.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::testing {

// "2024-03-10T04:30:00Z" -> UTC ms; fails the test on a typo.
inline UtcMs utc(std::string_view iso)
{
    const auto t = parseIsoTimestamp(iso);
    EXPECT_TRUE(t.has_value()) << iso;
    return t.value_or(0);
}

inline ingest::PlayRecord musicPlay(std::string artist, std::string track, std::string album, std::string_view endIso,
                                    std::int64_t msPlayed)
{
    ingest::PlayRecord r;
    r.kind = ingest::PlayKind::Music;
    r.source = ingest::PlaySource::ExtendedHistory;
    r.creator = std::move(artist);
    r.title = std::move(track);
    r.album = std::move(album);
    r.endedAt = utc(endIso);
    r.msPlayed = msPlayed;
    return r;
}

inline ingest::PlayRecord podcastPlay(std::string show, std::string episode, std::string_view endIso,
                                      std::int64_t msPlayed)
{
    ingest::PlayRecord r;
    r.kind = ingest::PlayKind::Podcast;
    r.source = ingest::PlaySource::ExtendedHistory;
    r.creator = std::move(show);
    r.title = std::move(episode);
    r.endedAt = utc(endIso);
    r.msPlayed = msPlayed;
    return r;
}

// Writes records as one "file" and returns what the writer reported.
inline store::WriteOutcome storePlays(store::Database& db, const std::vector<ingest::PlayRecord>& records,
                                      const std::string& name = "test plays")
{
    store::PlayWriter writer(db);
    auto outcome = writer.write(records, store::ImportedFileInfo{name, "test", "test:" + name, records.size()});
    EXPECT_TRUE(outcome.ok()) << (outcome ? "" : outcome.error().message);
    return outcome ? outcome.value() : store::WriteOutcome{};
}

// The first column of the first row of `sql`, as an integer.
inline std::int64_t queryInt(store::Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt.ok()) << sql;
    if (!stmt || !stmt->step()) {
        ADD_FAILURE() << "no row from " << sql;
        return -1;
    }
    return stmt->int64(0);
}

// JSON string literal with the escapes JSON requires.
inline std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

// One account-data row: endTime "YYYY-MM-DD HH:MM" (UTC).
inline std::string accountRow(std::string_view endTime, std::string_view artist, std::string_view track,
                              std::int64_t msPlayed)
{
    return "{\"endTime\":" + jsonString(endTime) + ",\"artistName\":" + jsonString(artist) +
           ",\"trackName\":" + jsonString(track) + ",\"msPlayed\":" + std::to_string(msPlayed) + "}";
}

// One 2021-23 extended-history music row (with the personal fields a real export has).
inline std::string extendedRow(std::string_view ts, std::string_view artist, std::string_view track,
                               std::string_view album, std::string_view uri, std::int64_t msPlayed)
{
    return "{\"ts\":" + jsonString(ts) +
           ",\"username\":\"fictional-listener\",\"platform\":\"android\",\"ms_played\":" + std::to_string(msPlayed) +
           ",\"conn_country\":\"DE\",\"ip_addr_decrypted\":\"192.0.2.1\",\"user_agent_decrypted\":\"unknown\","
           "\"master_metadata_track_name\":" +
           jsonString(track) + ",\"master_metadata_album_artist_name\":" + jsonString(artist) +
           ",\"master_metadata_album_album_name\":" + jsonString(album) + ",\"spotify_track_uri\":" + jsonString(uri) +
           ",\"episode_name\":null,\"episode_show_name\":null,\"spotify_episode_uri\":null,"
           "\"reason_start\":\"clickrow\",\"reason_end\":\"trackdone\",\"shuffle\":false,\"skipped\":null,"
           "\"offline\":false,\"offline_timestamp\":0,\"incognito_mode\":false}";
}

inline std::string jsonArray(const std::vector<std::string>& rows)
{
    std::string out = "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += (i == 0 ? "\n  " : ",\n  ") + rows[i];
    }
    return out + "\n]\n";
}

} // namespace tunescope::testing
