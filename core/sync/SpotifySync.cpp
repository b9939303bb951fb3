#include "sync/SpotifySync.h"

#include "store/MusicChunks.h"
#include "store/PlayWriter.h"
#include "store/SpotifyAccount.h"
#include "store/SpotifyCache.h"
#include "store/SyncState.h"
#include "store/TopSnapshots.h"
#include "sync/RecentPlays.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <type_traits>
#include <vector>

namespace tunescope::sync {
namespace {

struct TopList {
    store::TopListKind kind;
    spotify::TimeRange range;
    store::TopListRange storedRange;
    const char* label;
};

constexpr std::array<TopList, 6> kTopLists = {{
    {store::TopListKind::Artists, spotify::TimeRange::ShortTerm, store::TopListRange::ShortTerm,
     "Top artists (last 4 weeks)"},
    {store::TopListKind::Artists, spotify::TimeRange::MediumTerm, store::TopListRange::MediumTerm,
     "Top artists (last 6 months)"},
    {store::TopListKind::Artists, spotify::TimeRange::LongTerm, store::TopListRange::LongTerm,
     "Top artists (last year)"},
    {store::TopListKind::Tracks, spotify::TimeRange::ShortTerm, store::TopListRange::ShortTerm,
     "Top tracks (last 4 weeks)"},
    {store::TopListKind::Tracks, spotify::TimeRange::MediumTerm, store::TopListRange::MediumTerm,
     "Top tracks (last 6 months)"},
    {store::TopListKind::Tracks, spotify::TimeRange::LongTerm, store::TopListRange::LongTerm, "Top tracks (last year)"},
}};

// Errors after which the sync stops but keeps what it stored; the rest end it with an error.
bool endsEarly(const Error& error)
{
    return error.code == ErrorCode::RateLimited || error.code == ErrorCode::Network || error.code == ErrorCode::Remote;
}

class SyncRun {
public:
    SyncRun(store::Database& db, spotify::SpotifyApi& api, Clock& clock, const SyncOptions& options,
            const SyncProgressFn& progress, std::stop_token stop)
        : db_(db), api_(api), clock_(clock), options_(options), progress_(progress), stop_(std::move(stop)), cache_(db),
          state_(db), requestsAtStart_(api.requestsSent())
    {
    }

    Result<SyncReport> run()
    {
        if (auto s = loadPendingArtists(); !s) {
            return s.error();
        }
        std::vector<Status (SyncRun::*)()> steps;
        if (!options_.recentOnly) {
            const bool topListsDue = topListsAreDue();
            // The profile rarely changes: ask with the top lists, or when we do not know it yet.
            if (topListsDue || !profileKnown()) {
                steps.push_back(&SyncRun::profile);
            }
            if (topListsDue) {
                steps.push_back(&SyncRun::topLists);
                total_ += static_cast<int>(kTopLists.size()) - 1;
            }
        }
        steps.push_back(&SyncRun::recent);
        if (!options_.recentOnly) {
            steps.push_back(&SyncRun::artistDetails);
        }
        total_ += static_cast<int>(steps.size());
        for (auto step : steps) {
            if (auto s = (this->*step)(); !s) {
                return finish(s.error());
            }
        }
        if (auto s = state_.set(store::SyncState::kLastSyncAt, clock_.now()); !s) {
            return s.error();
        }
        return finish();
    }

private:
    Result<SyncReport> finish()
    {
        report_.requests = api_.requestsSent() - requestsAtStart_;
        return report_;
    }

    Result<SyncReport> finish(const Error& error)
    {
        if (!endsEarly(error)) {
            return error;
        }
        report_.stoppedEarly.emplace(error);
        return finish();
    }

    void announce(const std::string& step)
    {
        if (progress_) {
            progress_(SyncProgress{step, done_, total_});
        }
        ++done_;
    }

    [[nodiscard]] bool topListsAreDue()
    {
        const auto last = state_.number(store::SyncState::kTopListsAt);
        return !last || !last->has_value() || clock_.now() - **last >= options_.topListsInterval.count();
    }

    [[nodiscard]] bool profileKnown()
    {
        const auto account = store::loadSpotifyAccount(db_);
        return account && account->has_value() && (*account)->userId.has_value();
    }

    Status profile()
    {
        announce("Your Spotify profile");
        auto account = store::loadSpotifyAccount(db_);
        if (!account) {
            return account.error();
        }
        auto me = api_.me(stop_);
        if (!me) {
            return me.error();
        }
        if (!account->has_value()) {
            return {}; // a scripted run (TUNESCOPE_SPOTIFY_TOKEN) without a stored login
        }
        store::SpotifyAccount updated = **account;
        updated.userId = me->id;
        updated.displayName = me->displayName;
        updated.accountId = me->accountId;
        return store::saveSpotifyAccount(db_, updated);
    }

    Status topLists()
    {
        const UtcMs takenAt = clock_.now();
        for (const auto& list : kTopLists) {
            announce(list.label);
            auto taken = takenRecently(list);
            if (!taken) {
                return taken.error();
            }
            if (*taken) {
                continue; // by a sync that stopped before the other lists: at most one snapshot per interval
            }
            if (list.kind == store::TopListKind::Artists) {
                auto page = api_.topArtists(list.range, stop_);
                if (!page) {
                    return page.error();
                }
                if (auto s = storeTopList(list, takenAt, page->items); !s) {
                    return s;
                }
            } else {
                auto page = api_.topTracks(list.range, stop_);
                if (!page) {
                    return page.error();
                }
                if (auto s = storeTopList(list, takenAt, page->items); !s) {
                    return s;
                }
            }
        }
        report_.topListsTaken = true;
        return state_.set(store::SyncState::kTopListsAt, takenAt);
    }

    [[nodiscard]] Result<bool> takenRecently(const TopList& list)
    {
        auto latest = store::latestTopSnapshot(db_, list.kind, list.storedRange);
        if (!latest) {
            return latest.error();
        }
        return latest->has_value() && clock_.now() - (*latest)->takenAt < options_.topListsInterval.count();
    }

    // The artists noted so far, kept in the profile with what names them (call inside the step's
    // transaction): a sync that stops before the details step leaves them to the next one.
    Status keepPendingArtists()
    {
        return state_.set(store::SyncState::kArtistsPending, nlohmann::json(mentioned_).dump());
    }

    Status loadPendingArtists()
    {
        auto pending = state_.text(store::SyncState::kArtistsPending);
        if (!pending) {
            return pending.error();
        }
        const auto ids = nlohmann::json::parse(pending->value_or("[]"), nullptr, /*allow_exceptions=*/false);
        if (!ids.is_array()) {
            return {}; // unreadable: the details of those artists wait for the lists that name them
        }
        for (const auto& id : ids) {
            if (id.is_string()) {
                mentioned_.insert(id.get<std::string>());
            }
        }
        return {};
    }

    // One list's snapshot and the entities it names, in one transaction (no network inside).
    template <class Entity>
    Status storeTopList(const TopList& list, UtcMs takenAt, const std::vector<Entity>& entities)
    {
        auto tx = store::Transaction::begin(db_);
        if (!tx) {
            return tx.error();
        }
        std::vector<std::string> ids;
        for (const auto& entity : entities) {
            ids.push_back(entity.id);
            if constexpr (std::is_same_v<Entity, spotify::Artist>) {
                if (auto s = cache_.putArtist(entity, takenAt); !s) {
                    return s;
                }
            } else {
                noteArtists(entity);
                if (auto s = cache_.putTrack(entity, takenAt); !s) {
                    return s;
                }
            }
        }
        (list.kind == store::TopListKind::Artists ? report_.topArtists : report_.topTracks) += ids.size();
        if (auto id = store::recordTopSnapshot(db_, list.kind, list.storedRange, takenAt, ids); !id) {
            return id.error();
        }
        if (auto s = keepPendingArtists(); !s) {
            return s;
        }
        return tx->commit();
    }

    Status recent()
    {
        announce("Recently played");
        auto cursor = state_.number(store::SyncState::kRecentCursor);
        if (!cursor) {
            return cursor.error();
        }
        auto recent = api_.recentlyPlayed(*cursor, stop_);
        if (!recent) {
            return recent.error();
        }
        report_.recentFetched = recent->items.size();
        if (recent->items.empty()) {
            return {};
        }
        auto tx = store::Transaction::begin(db_);
        if (!tx) {
            return tx.error();
        }
        const UtcMs now = clock_.now();
        UtcMs newest = cursor->value_or(0);
        for (const auto& play : recent->items) {
            newest = std::max(newest, play.playedAtMs);
            noteArtists(play.track);
            if (auto s = cache_.putTrack(play.track, now); !s) {
                return s;
            }
        }
        store::PlayWriter writer(db_);
        const auto records = recentPlaysAsRecords(recent->items);
        auto outcome = writer.write(records,
                                    store::ImportedFileInfo{"Spotify: recently played", "web-api",
                                                            "web-api:recently-played", records.size(), now},
                                    stop_);
        if (!outcome) {
            return outcome.error();
        }
        report_.recentAdded = outcome->added;
        if (auto s = store::refreshMusicChunks(db_); !s) {
            return s;
        }
        if (auto s = state_.set(store::SyncState::kRecentCursor, newest); !s) {
            return s;
        }
        if (auto s = keepPendingArtists(); !s) {
            return s;
        }
        return tx->commit();
    }

    Status artistDetails()
    {
        announce("Artist details");
        const UtcMs now = clock_.now();
        auto stale = cache_.artistsToRefresh(std::vector<std::string>(mentioned_.begin(), mentioned_.end()),
                                             now - options_.metadataFreshness.count());
        if (!stale) {
            return stale.error();
        }
        for (const auto& id : *stale) {
            if (stop_.stop_requested()) {
                return makeError(ErrorCode::Cancelled, "Sync stopped; what was fetched so far is kept.");
            }
            auto artist = api_.artist(id, stop_);
            if (!artist) {
                if (artist.error().code == ErrorCode::NotFound) {
                    continue; // gone from Spotify: nothing to ask again
                }
                return artist.error();
            }
            if (auto s = cache_.putArtist(*artist, clock_.now()); !s) {
                return s;
            }
            ++report_.artistsFetched;
        }
        return state_.erase(store::SyncState::kArtistsPending);
    }

    void noteArtists(const spotify::Track& track)
    {
        for (const auto& artist : track.artists) {
            mentioned_.insert(artist.id);
        }
    }

    store::Database& db_;
    spotify::SpotifyApi& api_;
    Clock& clock_;
    const SyncOptions& options_;
    const SyncProgressFn& progress_;
    std::stop_token stop_;
    store::SpotifyCache cache_;
    store::SyncState state_;
    std::size_t requestsAtStart_;
    std::set<std::string> mentioned_;
    SyncReport report_;
    int done_ = 0;
    int total_ = 0;
};

} // namespace

Result<SyncReport> syncSpotify(store::Database& db, spotify::SpotifyApi& api, Clock& clock, const SyncOptions& options,
                               const SyncProgressFn& progress, std::stop_token stop)
{
    return SyncRun(db, api, clock, options, progress, std::move(stop)).run();
}

} // namespace tunescope::sync
