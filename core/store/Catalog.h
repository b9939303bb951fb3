#pragma once

#include "ingest/PlayRecord.h"
#include "store/Database.h"
#include "store/NameIndex.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tunescope::store {

// Finds or creates creators (artists, shows, audiobooks), albums, items (tracks, episodes,
// chapters) and platforms, keeping their ids in memory so an import costs one hash lookup per
// name. Names are matched by text::matchKey; the first spelling seen is the one shown.
// Call forget() after a rolled-back transaction: ids created inside it no longer exist.
class Catalog {
public:
    explicit Catalog(Database& db) : db_(&db) {}

    Result<std::int64_t> creatorId(ingest::PlayKind kind, std::string_view name);
    Result<std::int64_t> albumId(std::int64_t creatorId, std::string_view name);
    // album 0 means unknown; uri may be empty. Fills in album and uri on an existing item that
    // lacked them.
    Result<std::int64_t> itemId(std::int64_t creatorId, std::int64_t albumId, std::string_view name,
                                std::string_view uri);
    Result<std::int64_t> platformId(std::string_view raw);
    // The item a record plays, creating its creator and album as needed. A URI seen before on a
    // complete item (album and URI known) finds it in one lookup.
    Result<std::int64_t> itemFor(const ingest::PlayRecord& record);

    void forget();

private:
    struct ItemEntry {
        std::int64_t id = 0;
        bool hasAlbum = false;
        bool hasUri = false;
    };

    Status load();
    Status prepareStatements();

    // The last answer of each lookup: rows of an export come in runs of one artist and album.
    struct Memo {
        std::int64_t owner = 0;
        std::string name;
        std::int64_t id = 0;
        [[nodiscard]] bool matches(std::int64_t o, std::string_view n) const
        {
            return id != 0 && owner == o && name == n;
        }
        void remember(std::int64_t o, std::string_view n, std::int64_t i)
        {
            owner = o;
            name.assign(n);
            id = i;
        }
    };

    // Both the exact spelling (under the negated owner) and the match key point at an id: the
    // exact one spares normalising names already seen.
    using NameMap = NameIndex<std::int64_t>;
    Result<std::int64_t> intern(NameMap& map, Memo& memo, Statement& insert, std::int64_t owner, std::string_view name);

    Database* db_;
    bool loaded_ = false;
    Memo lastCreator_;
    Memo lastAlbum_;
    NameMap creators_;
    NameMap albums_;
    NameIndex<std::uint32_t> itemIndex_; // -> position in items_
    NameIndex<std::int64_t> itemsByUri_; // complete items only
    std::vector<ItemEntry> items_;
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::int64_t, TransparentHash, std::equal_to<>> platforms_;
    Statement insertCreator_;
    Statement insertAlbum_;
    Statement insertItem_;
    Statement updateItem_;
    Statement insertPlatform_;
};

} // namespace tunescope::store
