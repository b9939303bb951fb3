#include "store/SpotifyAccount.h"

namespace tunescope::store {
namespace {

std::optional<std::string> optionalText(const Statement& stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<std::string>(stmt.text(column));
}

} // namespace

Result<std::optional<SpotifyAccount>> loadSpotifyAccount(Database& db)
{
    auto stmt = db.prepare("SELECT client_id, user_id, account_id, display_name, secret_key, logged_in_at "
                           "FROM spotify_account WHERE id = 1");
    if (!stmt) {
        return stmt.error();
    }
    if (!stmt->step()) {
        if (stmt->failed()) {
            return stmt->error();
        }
        return std::optional<SpotifyAccount>();
    }
    return std::optional<SpotifyAccount>(SpotifyAccount{stmt->text(0), optionalText(*stmt, 1), optionalText(*stmt, 2),
                                                        optionalText(*stmt, 3), stmt->text(4), stmt->int64(5)});
}

Status saveSpotifyAccount(Database& db, const SpotifyAccount& account)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO spotify_account"
                           "(id, client_id, user_id, account_id, display_name, secret_key, logged_in_at) "
                           "VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!stmt) {
        return stmt.error();
    }
    return stmt->bind(1, account.clientId)
        .bind(2, account.userId)
        .bind(3, account.accountId)
        .bind(4, account.displayName)
        .bind(5, account.secretKey)
        .bind(6, account.loggedInAt)
        .run();
}

Status removeSpotifyAccount(Database& db)
{
    return db.exec("DELETE FROM spotify_account");
}

} // namespace tunescope::store
