// Genre enrichment of a history against the fake MusicBrainz: Spotify-linked artists, name
// matches, tags, ambiguous names, Spotify's own genres, listening order, resuming after a stop,
// freshness, a busy server and hostile answers. The client runs at the real one-second pace on a
// fast-forward clock shared with the fake, which answers 503 to anything faster (never allowed).

#include "CoreTestHelpers.h"
#include "ManualClock.h"
#include "MusicBrainzFixture.h"

#include "enrich/GenreEnrichment.h"
#include "store/SpotifyCache.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace tunescope::enrich {
namespace {

using namespace std::chrono_literals;
using fakes::FakeMusicBrainz;

// "0Artist00000000000007"-style Spotify ids (22 base62 characters).
std::string spotifyIdFor(const std::string& prefix, int number)
{
    const std::string digits = std::to_string(number);
    return prefix + std::string(22 - prefix.size() - digits.size(), '0') + digits;
}

// What enrichment wrote: every genre row and every lookup row, in a stable order.
std::string genreTables(store::Database& db)
{
    std::ostringstream out;
    for (const char* sql : {"SELECT creator_id, genre, source, round(weight, 6) FROM artist_genres ORDER BY 1, 2",
                            "SELECT * FROM artist_genre_lookups ORDER BY 1"}) {
        auto stmt = db.prepare(sql);
        while (stmt && stmt->step()) {
            for (int c = 0; c < stmt->columnCount(); ++c) {
                out << stmt->textView(c) << '|';
            }
            out << '\n';
        }
        out << "--\n";
    }
    return out.str();
}

struct StoredGenre {
    std::string name;
    int source = 0;
    double weight = 0;
};

class GenreEnrichment : public testing::MusicBrainzFixture {
protected:
    // `minutes` of listening to one track of the artist; with a Spotify track id when `spotifyArtist`
    // is given, and that track in the Spotify cache credited to it.
    void listen(store::Database& target, const std::string& artist, int minutes,
                const std::optional<std::string>& spotifyArtist = std::nullopt)
    {
        auto play = testing::musicPlay(artist, artist + " song", artist + " album", "2024-03-10T20:00:00Z",
                                       std::int64_t{minutes} * 60'000);
        if (spotifyArtist) {
            const std::string trackId = spotifyIdFor("0Track", ++tracks);
            play.uri = "spotify:track:" + trackId;
            spotify::Track track;
            track.id = trackId;
            track.name = play.title;
            track.artists = {spotify::ArtistRef{*spotifyArtist, artist}};
            ASSERT_TRUE(store::SpotifyCache(target).putTrack(track, stamp.now()).ok());
        }
        testing::storePlays(target, {play}, artist);
    }

    GenreEnrichmentSummary run(store::Database& target, GenreEnrichmentOptions options = {},
                               const GenreProgressFn& progress = {}, std::stop_token stop = {})
    {
        return enrichGenres(target, *client, options, progress, std::move(stop), stamp);
    }

    std::vector<StoredGenre> genresOf(const std::string& artist)
    {
        auto stmt =
            db.prepare("SELECT g.genre, g.source, g.weight FROM artist_genres g "
                       "JOIN creators c ON c.id = g.creator_id WHERE c.name = ? ORDER BY g.weight DESC, g.genre");
        EXPECT_TRUE(stmt.ok());
        std::vector<StoredGenre> genres;
        stmt->bind(1, artist);
        while (stmt->step()) {
            genres.push_back(StoredGenre{stmt->text(0), static_cast<int>(stmt->int64(1)), stmt->real(2)});
        }
        return genres;
    }

    std::int64_t outcomeOf(const std::string& artist)
    {
        return testing::queryInt(db, "SELECT coalesce(max(l.outcome), 0) FROM artist_genre_lookups l JOIN creators c "
                                     "ON c.id = l.creator_id WHERE c.name = '" +
                                         artist + "'");
    }

    testing::ManualClock stamp; // when lookups happen, for freshness
    store::Database db = testing::freshDatabase();
    int tracks = 0;
};

TEST_F(GenreEnrichment, ASpotifyLinkedArtistGetsMusicBrainzGenresWeightedByVotes)
{
    const std::string spotifyArtist = spotifyIdFor("0Artist", 1);
    fake.addArtist({FakeMusicBrainz::mbidFor(1),
                    "Velvet Harbour",
                    {{"Indie Rock", 3}, {"dream pop", 1}},
                    {{"seen live", 12}},
                    "",
                    100});
    fake.linkSpotifyArtist(spotifyArtist, FakeMusicBrainz::mbidFor(1));
    listen(db, "Velvet Harbour", 30, spotifyArtist);

    const auto summary = run(db);
    ASSERT_FALSE(summary.error) << summary.error->message;
    EXPECT_EQ(summary.lookedUp, 1U);
    EXPECT_EQ(summary.found, 1U);
    EXPECT_EQ(summary.requests, 2U); // the url lookup, then the artist
    const auto genres = genresOf("Velvet Harbour");
    ASSERT_EQ(genres.size(), 2U);
    EXPECT_EQ(genres[0].name, "indie rock"); // lower case; the tag is not used beside genres
    EXPECT_DOUBLE_EQ(genres[0].weight, 0.75);
    EXPECT_EQ(genres[0].source, 2);
    EXPECT_DOUBLE_EQ(genres[1].weight, 0.25);
    EXPECT_EQ(outcomeOf("Velvet Harbour"), 1);
    EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genre_lookups WHERE spotify_id = '" + spotifyArtist +
                                        "' AND mbid = '" + FakeMusicBrainz::mbidFor(1) + "'"),
              1);
}

TEST_F(GenreEnrichment, AnArtistKnownOnlyByNameIsMatchedOnlyWhenTheNameIsUnmistakable)
{
    fake.addArtist({FakeMusicBrainz::mbidFor(2), "Noor & The Quiet", {{"folk", 2}}, {}, "", 100});
    fake.addArtist({FakeMusicBrainz::mbidFor(3), "Nova", {{"techno", 5}}, {}, "German DJ", 100});
    fake.addArtist({FakeMusicBrainz::mbidFor(4), "Nova", {{"samba", 5}}, {}, "Brazilian band", 100});
    fake.addArtist({FakeMusicBrainz::mbidFor(5), "Unknown Pleasures Tribute", {{"post-punk", 5}}, {}, "", 100});
    listen(db, "Noor & the Quiet", 50); // the export's spelling differs in case only
    listen(db, "Nova", 40);
    listen(db, "Unknown Pleasures", 30); // only a longer name exists: no match

    const auto summary = run(db);
    ASSERT_FALSE(summary.error) << summary.error->message;
    EXPECT_EQ(summary.found, 1U);
    EXPECT_EQ(summary.ambiguous, 1U);
    EXPECT_EQ(summary.none, 1U);
    EXPECT_EQ(summary.requests, 4U); // three searches, one artist lookup: no guess is ever fetched
    ASSERT_EQ(genresOf("Noor & the Quiet").size(), 1U);
    EXPECT_DOUBLE_EQ(genresOf("Noor & the Quiet")[0].weight, 1.0);
    EXPECT_EQ(outcomeOf("Nova"), 3);
    EXPECT_TRUE(genresOf("Nova").empty());
    EXPECT_EQ(outcomeOf("Unknown Pleasures"), 2);
}

TEST_F(GenreEnrichment, TagsAreAWeakerSignalUsedOnlyWhenThereAreNoGenres)
{
    fake.addArtist({FakeMusicBrainz::mbidFor(6),
                    "Static Orchard",
                    {{"never voted", 0}},
                    {{"lo-fi", 4}, {"bedroom pop", 2}, {"Lo-Fi", 2}, {"hated", -3}},
                    "",
                    100});
    listen(db, "Static Orchard", 20);
    ASSERT_FALSE(run(db).error);
    const auto genres = genresOf("Static Orchard");
    ASSERT_EQ(genres.size(), 2U);
    EXPECT_EQ(genres[0].name, "lo-fi"); // "Lo-Fi" folded in: 4 + 2 votes of 8
    EXPECT_EQ(genres[0].source, 3);
    EXPECT_DOUBLE_EQ(genres[0].weight, 0.75);
    EXPECT_DOUBLE_EQ(genres[0].weight + genres[1].weight, 1.0);
}

TEST_F(GenreEnrichment, SpotifysOwnGenresAreUsedWithoutAskingMusicBrainz)
{
    const std::string spotifyArtist = spotifyIdFor("0Artist", 7);
    listen(db, "Lunar Kite", 25, spotifyArtist);
    spotify::Artist artist;
    artist.id = spotifyArtist;
    artist.name = "Lunar Kite";
    artist.genres = std::vector<std::string>{"Shoegaze", "dream pop"};
    ASSERT_TRUE(store::SpotifyCache(db).putArtist(artist, stamp.now()).ok());
    // An artist Spotify sends an empty list for is asked about as usual.
    const std::string quietArtist = spotifyIdFor("0Artist", 8);
    listen(db, "Quiet Comet", 5, quietArtist);
    spotify::Artist quiet;
    quiet.id = quietArtist;
    quiet.name = "Quiet Comet";
    quiet.genres = std::vector<std::string>{};
    ASSERT_TRUE(store::SpotifyCache(db).putArtist(quiet, stamp.now()).ok());

    const auto summary = run(db);
    ASSERT_FALSE(summary.error) << summary.error->message;
    EXPECT_EQ(summary.fromSpotify, 1U);
    const auto genres = genresOf("Lunar Kite");
    ASSERT_EQ(genres.size(), 2U);
    EXPECT_EQ(genres[0].source, 1);
    EXPECT_DOUBLE_EQ(genres[0].weight, 0.5);
    EXPECT_EQ(genres[1].name, "shoegaze");
    for (const auto& request : fake.requests()) {
        EXPECT_EQ(fakes::paramValue(request.query, "resource").value_or("").find(spotifyArtist), std::string::npos);
    }
    EXPECT_EQ(fake.requestCount(), 2); // Quiet Comet: url lookup (not linked), then the name search
}

TEST_F(GenreEnrichment, ArtistsGoInOrderOfListeningTimeAndTheLimitTakesTheTop)
{
    listen(db, "Small", 1);
    listen(db, "Biggest", 90);
    listen(db, "Middle", 20);
    const auto due = artistsDueForGenreLookup(db, {}, stamp);
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 3U);
    EXPECT_EQ((*due)[0].name, "Biggest");
    EXPECT_EQ((*due)[2].name, "Small");

    std::vector<std::string> seen;
    GenreEnrichmentOptions options;
    options.limit = 2;
    const auto summary = run(db, options, [&](std::size_t done, std::size_t total, const std::string& name) {
        EXPECT_EQ(total, 2U);
        if (!name.empty()) {
            EXPECT_EQ(done, seen.size());
            seen.push_back(name);
        }
    });
    EXPECT_EQ(summary.due, 3U);
    EXPECT_EQ(summary.lookedUp, 2U);
    EXPECT_EQ(seen, (std::vector<std::string>{"Biggest", "Middle"}));
    EXPECT_EQ(outcomeOf("Small"), 0); // next time
}

TEST_F(GenreEnrichment, AStopMidwayLosesNothingAndARerunEndsWhereAnUninterruptedRunDoes)
{
    auto history = [&](store::Database& target) {
        for (int i = 1; i <= 5; ++i) {
            const std::string name = "Artist " + std::to_string(i);
            fake.addArtist({FakeMusicBrainz::mbidFor(10 + i), name, {{"genre " + std::to_string(i), i}}, {}, "", 100});
            listen(target, name, 60 - i, i % 2 == 0 ? std::optional(spotifyIdFor("0Artist", 10 + i)) : std::nullopt);
            fake.linkSpotifyArtist(spotifyIdFor("0Artist", 10 + i), FakeMusicBrainz::mbidFor(10 + i));
        }
    };
    history(db);
    std::stop_source stop;
    const auto first = run(
        db, {},
        [&](std::size_t done, std::size_t, const std::string&) {
            if (done == 2) {
                stop.request_stop(); // while the third artist is being looked up
            }
        },
        stop.get_token());
    EXPECT_TRUE(first.stoppedEarly);
    EXPECT_FALSE(first.error);
    EXPECT_EQ(first.lookedUp, 2U);
    EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genre_lookups"), 2);

    const auto second = run(db);
    EXPECT_TRUE(second.complete());
    EXPECT_EQ(second.due, 3U); // only the rest
    EXPECT_EQ(second.lookedUp, 3U);

    store::Database uninterrupted = testing::freshDatabase();
    history(uninterrupted);
    EXPECT_TRUE(run(uninterrupted).complete());
    EXPECT_EQ(genreTables(db), genreTables(uninterrupted));
    EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genres"), 5);
}

TEST_F(GenreEnrichment, FoundArtistsRestNinetyDaysAndTheOthersThirty)
{
    fake.addArtist({FakeMusicBrainz::mbidFor(20), "Found", {{"jazz", 1}}, {}, "", 100});
    listen(db, "Found", 30);
    listen(db, "Nobody Knows", 20);
    ASSERT_TRUE(run(db).complete());
    const int asked = fake.requestCount();

    auto again = run(db);
    EXPECT_EQ(again.due, 0U);
    EXPECT_EQ(fake.requestCount(), asked); // nothing asked within the freshness time

    stamp.advance(std::chrono::hours(24 * 31));
    again = run(db);
    EXPECT_EQ(again.due, 1U);
    EXPECT_EQ(again.none, 1U);

    auto dueNames = [&] {
        std::vector<std::string> names;
        const auto due = artistsDueForGenreLookup(db, {}, stamp);
        EXPECT_TRUE(due.ok());
        if (due) {
            for (const auto& target : *due) {
                names.push_back(target.name);
            }
        }
        return names;
    };
    stamp.advance(std::chrono::hours(24 * 58)); // day 89: the found one still holds
    EXPECT_EQ(dueNames(), std::vector<std::string>{"Nobody Knows"});
    stamp.advance(std::chrono::hours(24 * 2)); // day 91
    EXPECT_EQ(dueNames(), (std::vector<std::string>{"Found", "Nobody Knows"}));
}

TEST_F(GenreEnrichment, ABusyMusicBrainzIsWaitedOutAndOneThatStaysBusyStopsTheRunKeepingWhatWasStored)
{
    fake.addArtist({FakeMusicBrainz::mbidFor(30), "First", {{"ska", 1}}, {}, "", 100});
    fake.addArtist({FakeMusicBrainz::mbidFor(31), "Second", {{"soul", 1}}, {}, "", 100});
    listen(db, "First", 30);
    listen(db, "Second", 20);
    listen(db, "Third", 10);
    fake.refuseNext(2, 503); // waited out
    GenreEnrichmentOptions options;
    options.limit = 1;
    auto summary = run(db, options);
    ASSERT_FALSE(summary.error) << summary.error->message;
    EXPECT_EQ(summary.found, 1U);

    fake.refuseNext(1000, 503, std::nullopt, "/ws/2/artist/"); // the search answers, the lookup never does
    summary = run(db);
    ASSERT_TRUE(summary.error.has_value());
    EXPECT_NE(summary.error->message.find("MusicBrainz is busy"), std::string::npos) << summary.error->message;
    EXPECT_EQ(summary.lookedUp, 0U);
    EXPECT_EQ(outcomeOf("First"), 1); // kept
    EXPECT_EQ(outcomeOf("Second"), 0);
    EXPECT_EQ(outcomeOf("Third"), 0); // never reached
}

TEST_F(GenreEnrichment, HostileAnswersLeaveTheDatabaseAsItWas)
{
    fake.addArtist({FakeMusicBrainz::mbidFor(40), "Target", {{"rock", 1}}, {}, "", 100});
    listen(db, "Target", 30);
    const std::string before = genreTables(db) + testing::databaseContentDigest(db);
    for (const std::string& body :
         {std::string("{\"artists\":[{\"id\":\"") + FakeMusicBrainz::mbidFor(40) + "\",\"name\":\"Target\",\"score\":",
          std::string("{\"artists\":\"all of them\"}"), std::string("\xff\xfe garbage"), std::string("[1,2,3]")}) {
        fake.answerNext(fakes::Reply{200, body, "application/json", {}});
        const auto summary = run(db);
        ASSERT_TRUE(summary.error.has_value()) << body;
        EXPECT_EQ(summary.error->code, ErrorCode::Remote);
        EXPECT_EQ(genreTables(db) + testing::databaseContentDigest(db), before) << body;
    }
    // An artist answer without a usable genre is "none found", not garbage stored.
    fake.answerNext(fakes::jsonReply(
        nlohmann::json{{"artists", {{{"id", FakeMusicBrainz::mbidFor(40)}, {"name", "Target"}, {"score", 100}}}}}));
    fake.answerNext(fakes::Reply{200,
                                 R"({"id":")" + FakeMusicBrainz::mbidFor(40) +
                                     R"(","genres":[{"name":"","count":9},{"name":{"x":1},"count":9}]})",
                                 "application/json",
                                 {}});
    const auto summary = run(db);
    ASSERT_FALSE(summary.error) << summary.error->message;
    EXPECT_EQ(summary.none, 1U);
    EXPECT_TRUE(genresOf("Target").empty());
}

} // namespace
} // namespace tunescope::enrich
