#include "enrich/GenreMapping.h"

#include "util/Text.h"

#include <algorithm>
#include <set>

namespace tunescope::enrich {

GenreResolver::GenreResolver(const std::vector<GenreRule>& rules)
{
    for (const auto& rule : rules) {
        rules_[rule.genre] = rule;
    }
}

std::vector<std::string> GenreResolver::chain(const std::string& genre) const
{
    std::vector<std::string> steps{genre};
    std::set<std::string, std::less<>> seen{genre};
    for (auto rule = rules_.find(genre); rule != rules_.end() && rule->second.target;
         rule = rules_.find(steps.back())) {
        if (!seen.insert(*rule->second.target).second) {
            break; // a loop written by hand: stop where it closes
        }
        steps.push_back(*rule->second.target);
    }
    return steps;
}

std::optional<std::string> GenreResolver::resolve(const std::string& genre) const
{
    if (rules_.empty()) {
        return genre;
    }
    auto steps = chain(genre);
    for (const auto& step : steps) {
        const auto rule = rules_.find(step);
        if (rule != rules_.end() && rule->second.hidden) {
            return std::nullopt;
        }
    }
    return std::move(steps.back());
}

std::string normalizedGenre(std::string_view name)
{
    std::string out(text::trimmed(name));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

Result<std::vector<GenreRule>> loadGenreMapping(store::Database& db)
{
    auto stmt = db.prepare("SELECT genre, target, hidden FROM genre_mapping ORDER BY genre");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<GenreRule> rules;
    while (stmt->step()) {
        GenreRule rule;
        rule.genre = stmt->text(0);
        if (!stmt->isNull(1)) {
            rule.target = stmt->text(1);
        }
        rule.hidden = stmt->int64(2) != 0;
        rules.push_back(std::move(rule));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return rules;
}

Result<GenreResolver> loadGenreResolver(store::Database& db)
{
    auto rules = loadGenreMapping(db);
    if (!rules) {
        return rules.error();
    }
    return GenreResolver(*rules);
}

namespace {

std::string joinChain(const std::vector<std::string>& steps)
{
    std::string out;
    for (const auto& step : steps) {
        out += (out.empty() ? "" : " -> ") + step;
    }
    return out;
}

Status runOne(store::Database& db, std::string_view sql, const std::string& genre,
              const std::optional<std::string>& value = std::nullopt)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, genre);
    if (value) {
        stmt->bind(2, *value);
    }
    return stmt->run();
}

} // namespace

Status mapGenre(store::Database& db, const std::string& genre, const std::string& target)
{
    const std::string from = normalizedGenre(genre);
    const std::string to = normalizedGenre(target);
    if (from.empty() || to.empty()) {
        return makeError(ErrorCode::InvalidInput, "A genre needs a name.");
    }
    if (from == to) {
        return makeError(ErrorCode::InvalidInput, "\"" + from + "\" cannot be folded into itself.");
    }
    auto resolver = loadGenreResolver(db);
    if (!resolver) {
        return resolver.error();
    }
    const auto steps = resolver->chain(to);
    if (std::find(steps.begin(), steps.end(), from) != steps.end()) {
        return makeError(ErrorCode::InvalidInput, "Cannot fold \"" + from + "\" into \"" + to + "\": \"" + to +
                                                      "\" is already shown as \"" + from + "\" (" + joinChain(steps) +
                                                      "), so the two would loop.");
    }
    return runOne(db,
                  "INSERT INTO genre_mapping (genre, target, hidden) VALUES (?, ?, 0) "
                  "ON CONFLICT (genre) DO UPDATE SET target = excluded.target",
                  from, to);
}

Status setGenreHidden(store::Database& db, const std::string& genre, bool hidden)
{
    const std::string name = normalizedGenre(genre);
    if (name.empty()) {
        return makeError(ErrorCode::InvalidInput, "A genre needs a name.");
    }
    return runOne(db,
                  hidden ? "INSERT INTO genre_mapping (genre, hidden) VALUES (?, 1) "
                           "ON CONFLICT (genre) DO UPDATE SET hidden = 1"
                         : "UPDATE genre_mapping SET hidden = 0 WHERE genre = ?",
                  name);
}

Status resetGenre(store::Database& db, const std::string& genre)
{
    return runOne(db, "DELETE FROM genre_mapping WHERE genre = ?", normalizedGenre(genre));
}

Status restoreGenreMapping(store::Database& db, const std::vector<GenreRule>& rules)
{
    auto transaction = store::Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    if (auto cleared = db.exec("DELETE FROM genre_mapping"); !cleared) {
        return cleared;
    }
    auto insert = db.prepare("INSERT INTO genre_mapping (genre, target, hidden) VALUES (?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    for (const auto& rule : rules) {
        insert->bind(1, rule.genre).bind(2, rule.target).bind(3, rule.hidden ? 1 : 0);
        if (auto s = insert->run(); !s) {
            return s;
        }
    }
    return transaction->commit();
}

} // namespace tunescope::enrich
