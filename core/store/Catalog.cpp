#include "store/Catalog.h"

#include "util/Text.h"

#include <cstring>

namespace tunescope::store {

const std::string& Catalog::composeKey(std::int64_t owner, std::string_view name)
{
    key_.resize(sizeof owner);
    std::memcpy(key_.data(), &owner, sizeof owner);
    key_.append(name);
    return key_;
}

void Catalog::forget()
{
    loaded_ = false;
    lastCreator_ = {};
    lastAlbum_ = {};
    creators_.clear();
    albums_.clear();
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
        creators_.emplace(composeKey(creators->int64(1), creators->textView(2)), creators->int64(0));
    }
    auto albums = db_->prepare("SELECT id, creator_id, match_key FROM albums");
    if (!albums) {
        return albums.error();
    }
    while (albums->step()) {
        albums_.emplace(composeKey(albums->int64(1), albums->textView(2)), albums->int64(0));
    }
    auto items = db_->prepare("SELECT id, creator_id, match_key, album_id IS NOT NULL, spotify_uri IS NOT NULL "
                              "FROM items");
    if (!items) {
        return items.error();
    }
    while (items->step()) {
        items_.emplace(composeKey(items->int64(1), items->textView(2)),
                       ItemEntry{items->int64(0), items->int64(3) != 0, items->int64(4) != 0});
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
    if (auto it = map.find(composeKey(-owner, name)); it != map.end()) {
        memo.remember(owner, name, it->second);
        return it->second;
    }
    const std::string matchKey = text::matchKey(name);
    std::int64_t id = 0;
    if (auto it = map.find(composeKey(owner, matchKey)); it != map.end()) {
        id = it->second;
    } else {
        if (auto s = insert.bind(1, owner).bind(2, name).bind(3, matchKey).run(); !s) {
            return s.error();
        }
        id = db_->lastInsertId();
        map.emplace(key_, id);
    }
    map.emplace(composeKey(-owner, name), id);
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
    auto it = items_.find(composeKey(-creatorId, name));
    if (it == items_.end()) {
        const std::string matchKey = text::matchKey(name);
        auto byKey = items_.find(composeKey(creatorId, matchKey));
        if (byKey == items_.end()) {
            if (auto s =
                    insertItem_.bind(1, creatorId).bind(2, albumId).bind(3, name).bind(4, matchKey).bind(5, uri).run();
                !s) {
                return s.error();
            }
            byKey = items_.emplace(key_, ItemEntry{db_->lastInsertId(), albumId != 0, !uri.empty()}).first;
        }
        const ItemEntry entry = byKey->second;
        it = items_.emplace(composeKey(-creatorId, name), entry).first;
    }
    ItemEntry& entry = it->second;
    if ((!entry.hasAlbum && albumId != 0) || (!entry.hasUri && !uri.empty())) {
        if (auto s = updateItem_.bind(1, albumId).bind(2, uri).bind(3, entry.id).run(); !s) {
            return s.error();
        }
        entry.hasAlbum = entry.hasAlbum || albumId != 0;
        entry.hasUri = entry.hasUri || !uri.empty();
        // The match-key entry learns it too, so other spellings do not update again.
        if (auto byKey = items_.find(composeKey(creatorId, text::matchKey(name))); byKey != items_.end()) {
            byKey->second = entry;
        }
    }
    return entry.id;
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
