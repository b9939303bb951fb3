#include "enrich/FeatureChain.h"

#include "enrich/FeatureCache.h"
#include "enrich/ReccoBeatsClient.h"
#include "spotify/SpotifyApi.h"
#include "spotify/SpotifyUrls.h"
#include "store/SyncState.h"

#include <algorithm>
#include <set>

namespace tunescope::enrich {
namespace {

using Batch = std::vector<std::string>;

std::vector<Batch> batchesOf(const std::vector<std::string>& ids, std::size_t size)
{
    std::vector<Batch> batches;
    for (std::size_t from = 0; from < ids.size(); from += size) {
        const auto to = std::min(ids.size(), from + size);
        batches.emplace_back(ids.begin() + static_cast<std::ptrdiff_t>(from),
                             ids.begin() + static_cast<std::ptrdiff_t>(to));
    }
    return batches;
}

Result<std::vector<std::string>> distinctValidIds(const std::vector<std::string>& ids)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& id : ids) {
        if (!spotify::isSpotifyId(id)) {
            return makeError(ErrorCode::InvalidInput, "\"" + id + "\" is not a Spotify track id.");
        }
        if (seen.insert(id).second) {
            out.push_back(id);
        }
    }
    return out;
}

// One call of fetchFeatures: the ids still open, the counters, the writes.
class ChainRun {
public:
    ChainRun(store::Database& db, const FeatureFetchOptions& options, FeatureFetchReport& report,
             const std::function<void(int, int)>& progress, int total)
        : db_(db), cache_(db), options_(options), report_(report), progress_(progress), total_(total)
    {
    }

    FeatureCache& cache() { return cache_; }

    void resolved(int count)
    {
        done_ += count;
        if (progress_) {
            progress_(done_, total_);
        }
    }

    // Stores one provider's answer for a batch in one transaction: features found, and (when
    // `last` says no provider comes after this one) a miss for the rest. The ids with features.
    Result<std::set<std::string>> store(const Batch& batch, const FeaturesById& found, FeatureSource source, bool last)
    {
        auto tx = store::Transaction::begin(db_);
        if (!tx) {
            return tx.error();
        }
        const UtcMs now = options_.clock->now();
        std::set<std::string> stored;
        for (const auto& id : batch) {
            const auto it = found.find(id);
            if (it != found.end()) {
                if (auto s = cache_.put(TrackFeatures{id, it->second, source, now}); !s) {
                    return s.error();
                }
                stored.insert(id);
            } else if (last) {
                if (auto s = cache_.putMiss(id, now); !s) {
                    return s.error();
                }
            }
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
        return stored;
    }

    // Asks Spotify for `open` ids; returns the ids still open afterwards.
    Result<std::vector<std::string>> askSpotify(spotify::SpotifyApi& api, std::vector<std::string> open, bool last,
                                                std::stop_token stop)
    {
        store::SyncState facts(db_);
        auto refusedAt = facts.number(kSpotifyFeaturesRefusedAt);
        if (!refusedAt) {
            return refusedAt.error();
        }
        const UtcMs now = options_.clock->now();
        if (*refusedAt && now - **refusedAt < options_.spotifyRecheckAfter.count()) {
            report_.spotifyNote = "Spotify does not give this app audio features (checked " +
                                  formatIsoUtc(**refusedAt).substr(0, 10) + ").";
            return open;
        }
        std::vector<std::string> stillOpen;
        bool answered = false;
        for (const auto& batch : batchesOf(open, spotify::SpotifyApi::kMaxAudioFeatureIds)) {
            if (!report_.spotifyNote.empty()) {
                stillOpen.insert(stillOpen.end(), batch.begin(), batch.end());
                continue;
            }
            auto found = api.audioFeatures(batch, stop);
            if (!found) {
                const Error& error = found.error();
                if (error.code == ErrorCode::Cancelled) {
                    return error;
                }
                if (error.code == ErrorCode::Forbidden) {
                    if (auto s = facts.set(kSpotifyFeaturesRefusedAt, options_.clock->now()); !s) {
                        return s.error();
                    }
                }
                report_.spotifyNote = error.message;
                stillOpen.insert(stillOpen.end(), batch.begin(), batch.end());
                continue;
            }
            answered = true;
            auto stored = store(batch, *found, FeatureSource::Spotify, last);
            if (!stored) {
                return stored.error();
            }
            report_.fromSpotify += static_cast<int>(stored->size());
            for (const auto& id : batch) {
                if (stored->count(id) == 0) {
                    stillOpen.push_back(id);
                }
            }
            resolved(static_cast<int>(last ? batch.size() : stored->size()));
        }
        if (answered && *refusedAt) {
            if (auto s = facts.erase(kSpotifyFeaturesRefusedAt); !s) { // the app was granted access since
                return s.error();
            }
        }
        return stillOpen;
    }

    Status askReccoBeats(ReccoBeatsClient& client, const std::vector<std::string>& open, std::stop_token stop)
    {
        for (const auto& batch : batchesOf(open, ReccoBeatsClient::kMaxIdsPerRequest)) {
            auto found = client.audioFeatures(batch, stop);
            if (!found) {
                return found.error();
            }
            auto stored = store(batch, *found, FeatureSource::ReccoBeats, /*last=*/true);
            if (!stored) {
                return stored.error();
            }
            report_.fromReccoBeats += static_cast<int>(stored->size());
            resolved(static_cast<int>(batch.size()));
        }
        return {};
    }

private:
    store::Database& db_;
    FeatureCache cache_;
    const FeatureFetchOptions& options_;
    FeatureFetchReport& report_;
    const std::function<void(int, int)>& progress_;
    int total_;
    int done_ = 0;
};

} // namespace

Result<std::map<std::string, TrackFeatures>> fetchFeatures(store::Database& db, const FeatureProviders& providers,
                                                           const std::vector<std::string>& spotifyIds,
                                                           const std::function<void(int done, int total)>& progress,
                                                           std::stop_token stop, FeatureFetchReport* report)
{
    return fetchFeatures(db, providers, FeatureFetchOptions{}, spotifyIds, progress, std::move(stop), report);
}

Result<std::map<std::string, TrackFeatures>> fetchFeatures(store::Database& db, const FeatureProviders& providers,
                                                           const FeatureFetchOptions& options,
                                                           const std::vector<std::string>& spotifyIds,
                                                           const std::function<void(int done, int total)>& progress,
                                                           std::stop_token stop, FeatureFetchReport* report)
{
    auto ids = distinctValidIds(spotifyIds);
    if (!ids) {
        return ids.error();
    }
    FeatureFetchReport local;
    FeatureFetchReport& counts = report != nullptr ? *report : local;
    counts = FeatureFetchReport{};
    ChainRun run(db, options, counts, progress, static_cast<int>(ids->size()));

    auto cached = run.cache().lookUp(*ids);
    if (!cached) {
        return cached.error();
    }
    const UtcMs freshSince = options.clock->now() - options.missFreshFor.count();
    std::vector<std::string> open;
    for (const auto& id : *ids) {
        const auto miss = cached->misses.find(id);
        if (cached->found.count(id) == 0 && (miss == cached->misses.end() || miss->second < freshSince)) {
            open.push_back(id);
        }
    }
    counts.fromCache = static_cast<int>(cached->found.size());
    run.resolved(static_cast<int>(ids->size() - open.size()));

    if (providers.spotify != nullptr && !open.empty()) {
        auto stillOpen = run.askSpotify(*providers.spotify, std::move(open), providers.reccoBeats == nullptr, stop);
        if (!stillOpen) {
            return stillOpen.error();
        }
        open = std::move(stillOpen).value();
    }
    if (providers.reccoBeats != nullptr && !open.empty()) {
        if (auto s = run.askReccoBeats(*providers.reccoBeats, open, stop); !s) {
            return s.error();
        }
    }

    auto known = cachedFeatures(db, *ids);
    if (!known) {
        return known.error();
    }
    counts.missing = static_cast<int>(ids->size() - known->size());
    return known;
}

} // namespace tunescope::enrich
