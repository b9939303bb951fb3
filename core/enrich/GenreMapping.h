#pragma once

#include "store/Database.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::enrich {

// One line of the user's genre mapping: `genre` is shown as `target` (a fold into another genre
// or a new name), or left out of everything when hidden.
struct GenreRule {
    std::string genre;
    std::optional<std::string> target;
    bool hidden = false;

    bool operator==(const GenreRule&) const = default;
};

// The mapping in memory, resolving chains (a -> b -> c shows a as c). Loops cannot be stored
// through mapGenre; a loop written by hand resolves to the genre where it closes.
class GenreResolver {
public:
    GenreResolver() = default;
    explicit GenreResolver(const std::vector<GenreRule>& rules);

    // What a stored genre is shown as; nothing when it, or a genre its chain passes, is hidden.
    [[nodiscard]] std::optional<std::string> resolve(const std::string& genre) const;
    // The genres from `genre` to where its chain ends, `genre` first.
    [[nodiscard]] std::vector<std::string> chain(const std::string& genre) const;

private:
    std::map<std::string, GenreRule, std::less<>> rules_;
};

// Genre names as the mapping keeps them: trimmed, ASCII lower case (sources spell genres in lower
// case, so "Alternative Rock" folds into the stored "alternative rock").
std::string normalizedGenre(std::string_view name);

Result<std::vector<GenreRule>> loadGenreMapping(store::Database& db);
Result<GenreResolver> loadGenreResolver(store::Database& db);

// Shows `genre` as `target` from now on: a fold when `target` is another genre, else a rename.
// Refused with a message naming the chain when `target` already leads back to `genre`.
Status mapGenre(store::Database& db, const std::string& genre, const std::string& target);
// Hides or shows a genre again (its fold or rename stays).
Status setGenreHidden(store::Database& db, const std::string& genre, bool hidden);
// Forgets everything the mapping says about `genre`.
Status resetGenre(store::Database& db, const std::string& genre);
// Puts back a mapping read earlier with loadGenreMapping, whole (undo), in one transaction.
Status restoreGenreMapping(store::Database& db, const std::vector<GenreRule>& rules);

} // namespace tunescope::enrich
