#include "store/Catalog.h"

#include "util/Text.h"

namespace tunescope::store {

void Catalog::forget()
{
    loaded_ = false;
    lastCreator_ = {};
    lastAlbum_ = {};
    creators_.clear();
    albums_.clear();
    itemIndex_.clear();
    itemsByUri_.clear();
    items_.clear();
    platforms_.clear();
}

Status Catalog::prepareStatements()
{
    auto prepare = [this](Statement& target, std::string_view sql) -> Status {
        auto stmt = db_->prepare(sql);
        if (!stmt) {
            return stmt.error();
        }
        target = std::move(stmt).value();
        return {};
    };
    if (auto s = prepare(insertCreator_, "INSERT INTO creators(kind, name, match_key) VALUES(?, ?, ?)"); !s) {
        return s;
    }
    if (auto s = prepare(insertAlbum_, "INSERT INTO albums(creator_id, name, match_key) VALUES(?, ?, ?)"); !s) {
        return s;
    }
    if (auto s = prepare(insertItem_, "INSERT INTO items(creator_id, album_id, name, match_key, spotify_uri) "
                                      "VALUES(?, NULLIF(?, 0), ?, ?, NULLIF(?, ''))");
        !s) {
        return s;
    }
    if (auto s = prepare(updateItem_, "UPDATE items SET album_id = COALESCE(album_id, NULLIF(?, 0)), "
                                      "spotify_uri = COALESCE(spotify_uri, NULLIF(?, '')) WHERE id = ?");
        !s) {
        return s;
    }
    return prepare(insertPlatform_, "INSERT INTO platforms(raw) VALUES(?)");
}

Status Catalog::load()
{
    if (loaded_) {
        return {};
    }
    if (auto s = prepareStatements(); !s) {
        return s;
    }
    auto creators = db_->prepare("SELECT id, kind, match_key FROM creators");
    if (!creators) {
        return creators.error();
    }
    while (creators->step()) {
        creators_.insert(creators->int64(1), creators->textView(2), creators->int64(0));
    }
    auto albums = db_->prepare("SELECT id, creator_id, match_key FROM albums");
    if (!albums) {
        return albums.error();
    }
    while (albums->step()) {
        albums_.insert(albums->int64(1), albums->textView(2), albums->int64(0));
    }
    auto items = db_->prepare("SELECT id, creator_id, match_key, album_id IS NOT NULL, spotify_uri IS NOT NULL "
                              "FROM items");
    if (!items) {
        return items.error();
    }
    while (items->step()) {
        itemIndex_.insert(items->int64(1), items->textView(2), static_cast<std::uint32_t>(items_.size()));
        items_.push_back(ItemEntry{items->int64(0), items->int64(3) != 0, items->int64(4) != 0});
    }
    auto platforms = db_->prepare("SELECT id, raw FROM platforms");
    if (!platforms) {
        return platforms.error();
    }
    while (platforms->step()) {
        platforms_.emplace(platforms->text(1), platforms->int64(0));
    }
    loaded_ = true;
    return {};
}

// Exact spellings are cached under a key whose owner is negated, so "Björk" in NFC and NFD
// both land on one id while the common case never normalises. `insert` takes (owner, name, key).
Result<std::int64_t> Catalog::intern(NameMap& map, Memo& memo, Statement& insert, std::int64_t owner,
                                     std::string_view name)
{
    if (memo.matches(owner, name)) {
        return memo.id;
    }
    if (const auto* known = map.find(-owner, name)) {
        memo.remember(owner, name, *known);
        return *known;
    }
    const std::string matchKey = text::matchKey(name);
    std::int64_t id = 0;
    if (const auto* known = map.find(owner, matchKey)) {
        id = *known;
    } else {
        if (auto s = insert.bind(1, owner).bind(2, name).bind(3, matchKey).run(); !s) {
            return s.error();
        }
        id = db_->lastInsertId();
        map.insert(owner, matchKey, id);
    }
    map.insert(-owner, name, id);
    memo.remember(owner, name, id);
    return id;
}

Result<std::int64_t> Catalog::creatorId(ingest::PlayKind kind, std::string_view name)
{
    if (auto s = load(); !s) {
        return s.error();
    }
    return intern(creators_, lastCreator_, insertCreator_, static_cast<std::int64_t>(kind), name);
}

Result<std::int64_t> Catalog::albumId(std::int64_t creatorId, std::string_view name)
{
    if (name.empty()) {
        return std::int64_t{0};
    }
    if (auto s = load(); !s) {
        return s.error();
    }
    return intern(albums_, lastAlbum_, insertAlbum_, creatorId, name);
}

Result<std::int64_t> Catalog::itemId(std::int64_t creatorId, std::int64_t albumId, std::string_view name,
                                     std::string_view uri)
{
    const std::uint32_t* position = itemIndex_.find(-creatorId, name);
    if (!position) {
        const std::string matchKey = text::matchKey(name);
        position = itemIndex_.find(creatorId, matchKey);
        if (!position) {
            if (auto s =
                    insertItem_.bind(1, creatorId).bind(2, albumId).bind(3, name).bind(4, matchKey).bind(5, uri).run();
                !s) {
                return s.error();
            }
            const auto next = static_cast<std::uint32_t>(items_.size());
            items_.push_back(ItemEntry{db_->lastInsertId(), albumId != 0, !uri.empty()});
            position = &itemIndex_.insert(creatorId, matchKey, next);
        }
        const std::uint32_t found = *position;
        position = &itemIndex_.insert(-creatorId, name, found);
    }
    ItemEntry& entry = items_[*position];
    if ((!entry.hasAlbum && albumId != 0) || (!entry.hasUri && !uri.empty())) {
        if (auto s = updateItem_.bind(1, albumId).bind(2, uri).bind(3, entry.id).run(); !s) {
            return s.error();
        }
        entry.hasAlbum = entry.hasAlbum || albumId != 0;
        entry.hasUri = entry.hasUri || !uri.empty();
    }
    return entry.id;
}

Result<std::int64_t> Catalog::itemFor(const ingest::PlayRecord& record)
{
    const bool music = record.kind == ingest::PlayKind::Music;
    if (!record.uri.empty()) {
        if (const auto* known = itemsByUri_.find(0, record.uri)) {
            return *known;
        }
    }
    auto creator = creatorId(record.kind, record.creator);
    if (!creator) {
        return creator.error();
    }
    auto album = music ? albumId(*creator, record.album) : Result<std::int64_t>(std::int64_t{0});
    if (!album) {
        return album.error();
    }
    auto item = itemId(*creator, *album, record.title, record.uri);
    if (item && !record.uri.empty() && (*album != 0 || !music)) {
        itemsByUri_.insert(0, record.uri, *item);
    }
    return item;
}

Result<std::int64_t> Catalog::platformId(std::string_view raw)
{
    if (raw.empty()) {
        return std::int64_t{0};
    }
    if (auto s = load(); !s) {
        return s.error();
    }
    if (auto it = platforms_.find(raw); it != platforms_.end()) {
        return it->second;
    }
    if (auto s = insertPlatform_.bind(1, raw).run(); !s) {
        return s.error();
    }
    const auto id = db_->lastInsertId();
    platforms_.emplace(std::string(raw), id);
    return id;
}

} // namespace tunescope::store
