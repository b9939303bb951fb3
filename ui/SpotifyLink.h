#pragma once

#include "ProfileSession.h"
#include "sync/LoginStorage.h"
#include "sync/SpotifyConnection.h"
#include "util/Clock.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>
#include <stop_token>

class QTimer;

namespace tunescope::ui {

namespace spotify_jobs {
struct Backend;
struct Facts;
struct Feed;
} // namespace spotify_jobs

// The window's link to Spotify for the profile on screen. Owns the profile's SpotifyConnection
// (built and used on worker threads) and runs one job at a time on it: a login, a logout, a sync
// or a poll of recently played. Syncs on its own: at start when the last sync is older than
// "spotify/autoSyncHours" (default 12, 0 = never), and every "spotify/pollMinutes" (default 30,
// 0 = off) while logged in, because Spotify remembers only the last 50 plays. A rate-limit
// cooldown holds the automatic syncs back until it ends. The demo profile cannot log in.
class SpotifyLink : public QObject {
    Q_OBJECT
public:
    enum class State { Unavailable, Opening, LoggedOut, LoggedIn };
    enum class Job { None, Open, Login, Logout, Sync, Poll };
    enum class LoginResult { LoggedIn, NeedsStorageChoice, Failed };
    Q_ENUM(LoginResult)

    explicit SpotifyLink(QObject* parent = nullptr, Clock& clock = systemClock());
    ~SpotifyLink() override;
    SpotifyLink(const SpotifyLink&) = delete;
    SpotifyLink& operator=(const SpotifyLink&) = delete;

    // Shows this profile: drops the old connection (a running job is cancelled) and opens its own.
    void setProfile(const ProfileSession& session);

    [[nodiscard]] State state() const { return state_; }
    // The profile's connection to Spotify while logged in (the artist window shares it, so one
    // token refresh and one request gate serve both); null otherwise.
    [[nodiscard]] std::shared_ptr<sync::SpotifyConnection> connection() const;
    [[nodiscard]] Job job() const { return job_; }
    // A job runs, or one of an earlier profile is still ending: no new job starts.
    [[nodiscard]] bool busy() const { return job_ != Job::None || running_ > 0; }
    // "Spotify: logged in as Mira · synced 14:05" / "Spotify: not logged in"
    [[nodiscard]] QString statusText() const;
    // The Client ID to offer: the logged-in account's, else the one last used on this computer.
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] std::optional<UtcMs> lastSyncAt() const;

    void syncNow();
    // Starts the login; the browser part follows through authorizeUrlReady and loginFinished.
    void logIn(const QString& clientId, bool storeInFile);
    void logOut();
    void cancel();
    // Re-reads the poll interval, the auto-sync setting and Spotify's addresses (changed
    // addresses reconnect the profile when no job runs; the login stays).
    void applySettings();

    // Tests replace the system keychain.
    static sync::KeychainOpener openKeychain;
    // How long one minute of the poll setting lasts; tests make it short.
    static std::chrono::milliseconds pollMinute;

signals:
    void stateChanged();
    void busyChanged(bool busy);
    void syncProgress(const QString& step, int done, int total);
    // After a sync or poll: what it did, or what went wrong (failed).
    void syncFinished(const QString& message, bool failed);
    // Plays or top lists were added: the pages should reload.
    void dataChanged();
    void authorizeUrlReady(const QUrl& url);
    // Failed: `message` says why; NeedsStorageChoice: `message` is the file the login would go to.
    void loginFinished(tunescope::ui::SpotifyLink::LoginResult result, const QString& message);
    void loggedOut(const QString& error);

private:
    template <class Outcome, class Work, class Done>
    void startJob(Job kind, Work work, Done done);
    void startSync(bool recentOnly);
    void runAutomatic(bool starting);
    void deliverFeed();
    void adopt(std::shared_ptr<spotify_jobs::Backend> backend, const spotify_jobs::Facts& facts);
    void remember(const spotify_jobs::Facts& facts);
    void jobEnded();
    [[nodiscard]] QString describe(const Error& error) const;
    [[nodiscard]] QString localTime(UtcMs instant) const;

    Clock& clock_;
    std::unique_ptr<ProfileSession> session_;
    sync::SpotifyEndpoints endpoints_; // where this profile's connection reaches Spotify
    std::shared_ptr<spotify_jobs::Backend> backend_;
    std::unique_ptr<spotify_jobs::Facts> facts_;
    std::shared_ptr<spotify_jobs::Feed> feed_;
    std::shared_ptr<std::stop_source> stop_;
    QTimer* feedTimer_;
    QTimer* pollTimer_;
    State state_ = State::Unavailable;
    Job job_ = Job::None;
    int running_ = 0;           // workers still running, of this profile or an earlier one
    quint64 generation_ = 0;    // bumped by setProfile: answers about an earlier profile are dropped
    UtcMs notBefore_ = 0;       // a cooldown: no automatic sync before
    bool pendingStart_ = false; // the start-up check waits for an earlier profile's job to end
};

} // namespace tunescope::ui
