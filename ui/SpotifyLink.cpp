#include "SpotifyLink.h"

#include "SpotifyJobs.h"
#include "SpotifySettings.h"
#include "async/RunAsync.h"
#include "platform/KeychainSecretStore.h"
#include "sync/SpotifyErrorText.h"

#include <QTimer>

#include <utility>

namespace tunescope::ui {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;

} // namespace

sync::KeychainOpener SpotifyLink::openKeychain = [] { return KeychainSecretStore::open(); };
std::chrono::milliseconds SpotifyLink::pollMinute = std::chrono::minutes(1);

SpotifyLink::SpotifyLink(QObject* parent, Clock& clock)
    : QObject(parent), clock_(clock), facts_(std::make_unique<spotify_jobs::Facts>()), feedTimer_(new QTimer(this)),
      pollTimer_(new QTimer(this))
{
    feedTimer_->setInterval(50);
    connect(feedTimer_, &QTimer::timeout, this, &SpotifyLink::deliverFeed);
    connect(pollTimer_, &QTimer::timeout, this, [this] { runAutomatic(false); });
}

SpotifyLink::~SpotifyLink()
{
    cancel(); // a worker still running ends soon and drops its answer
}

void SpotifyLink::setProfile(const ProfileSession& session)
{
    cancel();
    ++generation_;
    job_ = Job::None;
    feedTimer_->stop();
    pollTimer_->stop();
    backend_.reset();
    *facts_ = {};
    pendingStart_ = false;
    session_ = std::make_unique<ProfileSession>(session);
    endpoints_ = spotify_settings::endpoints();
    if (session.isDemo()) {
        state_ = State::Unavailable;
        emit stateChanged();
        emit busyChanged(busy());
        return;
    }
    state_ = State::Opening;
    emit stateChanged();
    startJob<Result<spotify_jobs::Opened>>(
        Job::Open,
        [session, endpoints = endpoints_, opener = openKeychain, clock = &clock_](spotify_jobs::Feed&,
                                                                                  const std::stop_token&) {
            return spotify_jobs::open(session, endpoints, opener, *clock);
        },
        [this](const Result<spotify_jobs::Opened>& opened) {
            if (!opened) {
                state_ = State::LoggedOut;
                emit stateChanged();
                emit syncFinished(describe(opened.error()), true);
                return;
            }
            adopt(opened->backend, opened->facts);
            runAutomatic(true);
        });
}

template <class Outcome, class Work, class Done>
void SpotifyLink::startJob(Job kind, Work work, Done done)
{
    job_ = kind;
    ++running_;
    stop_ = std::make_shared<std::stop_source>();
    feed_ = std::make_shared<spotify_jobs::Feed>();
    feedTimer_->start();
    emit busyChanged(true);
    runAsync(
        this,
        [work = std::move(work), feed = feed_, stop = stop_->get_token()]() -> Outcome { return work(*feed, stop); },
        [this, generation = generation_, done = std::move(done)](const Outcome& outcome) {
            --running_;
            if (generation == generation_) {
                deliverFeed();
                feedTimer_->stop();
                job_ = Job::None;
                done(outcome);
            }
            jobEnded();
        });
}

void SpotifyLink::jobEnded()
{
    if (!busy() && std::exchange(pendingStart_, false)) {
        runAutomatic(true);
    }
    emit busyChanged(busy());
}

void SpotifyLink::deliverFeed()
{
    if (!feed_) {
        return;
    }
    std::optional<sync::SyncProgress> progress;
    std::optional<std::string> url;
    {
        const std::lock_guard lock(feed_->mutex);
        progress = std::exchange(feed_->progress, std::nullopt);
        url = std::exchange(feed_->authorizeUrl, std::nullopt);
    }
    if (url) {
        emit authorizeUrlReady(QUrl(QString::fromStdString(*url)));
    }
    if (progress) {
        emit syncProgress(QString::fromStdString(progress->step), progress->done, progress->total);
    }
}

void SpotifyLink::adopt(std::shared_ptr<spotify_jobs::Backend> backend, const spotify_jobs::Facts& facts)
{
    backend_ = std::move(backend);
    remember(facts);
    state_ = facts.account ? State::LoggedIn : State::LoggedOut;
    applySettings();
    emit stateChanged();
}

void SpotifyLink::remember(const spotify_jobs::Facts& facts)
{
    *facts_ = facts;
}

void SpotifyLink::applySettings()
{
    if (session_ && !busy() && spotify_settings::endpoints() != endpoints_) {
        setProfile(*session_); // Spotify moved (a proxy): connect again; the login stays
        return;
    }
    const int minutes = spotify_settings::pollMinutes();
    if (state_ == State::LoggedIn && minutes > 0) {
        pollTimer_->start(minutes * pollMinute);
    } else {
        pollTimer_->stop();
    }
}

void SpotifyLink::runAutomatic(bool starting)
{
    if (state_ != State::LoggedIn) {
        return;
    }
    if (busy()) {
        pendingStart_ = pendingStart_ || starting;
        return; // a poll tick simply waits for the next one
    }
    const UtcMs now = clock_.now();
    if (now < notBefore_) {
        return; // Spotify asked us to wait
    }
    const int hours = spotify_settings::autoSyncHours();
    // At start: the last sync of any kind. While running: polls keep the last sync fresh, so the
    // full sync (profile, top lists) follows the age of the top lists.
    const auto since = starting ? facts_->lastSyncAt : facts_->topListsAt;
    if (hours > 0 && (!since || now - *since >= hours * kHourMs)) {
        startSync(false);
    } else if (!starting) {
        startSync(true);
    }
}

std::shared_ptr<sync::SpotifyConnection> SpotifyLink::connection() const
{
    if (state_ != State::LoggedIn || !backend_) {
        return nullptr;
    }
    return {backend_, backend_->connection.get()}; // shares the backend's lifetime
}

void SpotifyLink::syncNow()
{
    startSync(false);
}

void SpotifyLink::startSync(bool recentOnly)
{
    if (!backend_ || state_ != State::LoggedIn || busy()) {
        return;
    }
    sync::SyncOptions options;
    options.recentOnly = recentOnly;
    startJob<spotify_jobs::SyncOutcome>(
        recentOnly ? Job::Poll : Job::Sync,
        [backend = backend_, session = *session_, options, clock = &clock_](spotify_jobs::Feed& feed,
                                                                            const std::stop_token& stop) {
            return spotify_jobs::synchronize(*backend, session, options, *clock, feed, stop);
        },
        [this](const spotify_jobs::SyncOutcome& outcome) {
            remember(outcome.facts);
            const auto noteCooldown = [this](const Error& error) {
                if (error.code == ErrorCode::RateLimited && error.retryAtMs > 0) {
                    notBefore_ = std::max(notBefore_, error.retryAtMs);
                }
            };
            if (!outcome.report) {
                const auto& error = outcome.report.error();
                noteCooldown(error);
                if (error.code == ErrorCode::LoginRequired) {
                    state_ = State::LoggedOut; // expired or revoked: the user logs in again
                    applySettings();
                }
                emit stateChanged();
                emit syncFinished(describe(error), error.code != ErrorCode::Cancelled); // a cancel is no failure
                return;
            }
            const auto& report = *outcome.report;
            emit stateChanged();
            if (report.recentAdded > 0 || report.topListsTaken) {
                emit dataChanged();
            }
            if (report.stoppedEarly) {
                noteCooldown(*report.stoppedEarly);
                emit syncFinished(tr("Synced part of your Spotify data (kept). %1").arg(describe(*report.stoppedEarly)),
                                  true);
                return;
            }
            emit syncFinished(tr("Synced with Spotify: %n new play(s).", nullptr, static_cast<int>(report.recentAdded)),
                              false);
        });
}

void SpotifyLink::logIn(const QString& clientId, bool storeInFile)
{
    if (!session_ || session_->isDemo()) {
        emit loginFinished(LoginResult::Failed,
                           tr("The demo profile is an invented listener and cannot log in to Spotify. Switch to your "
                              "own profile first (File › Show the demo profile)."));
        return;
    }
    if (busy()) {
        emit loginFinished(LoginResult::Failed,
                           tr("Tunescope is busy talking to Spotify. Try again when the sync has finished."));
        return;
    }
    const QString id = clientId.trimmed();
    startJob<spotify_jobs::LoginOutcome>(
        Job::Login,
        [session = *session_, endpoints = endpoints_, id = id.toStdString(), storeInFile, opener = openKeychain,
         clock = &clock_](spotify_jobs::Feed& feed, const std::stop_token& stop) {
            return spotify_jobs::logIn(session, endpoints, id, storeInFile, opener, *clock, feed, stop);
        },
        [this, id](const spotify_jobs::LoginOutcome& outcome) {
            switch (outcome.kind) {
            case spotify_jobs::LoginOutcome::Kind::LoggedIn:
                spotify_settings::setClientId(id);
                notBefore_ = 0;
                adopt(outcome.opened.backend, outcome.opened.facts);
                emit loginFinished(LoginResult::LoggedIn, {});
                runAutomatic(true); // the first sync follows the login
                break;
            case spotify_jobs::LoginOutcome::Kind::NeedsStorageChoice:
                emit loginFinished(LoginResult::NeedsStorageChoice, QString::fromStdString(outcome.loginFile));
                break;
            case spotify_jobs::LoginOutcome::Kind::Failed:
                emit loginFinished(LoginResult::Failed,
                                   outcome.error ? describe(*outcome.error) : tr("The login did not finish."));
                break;
            }
        });
}

void SpotifyLink::logOut()
{
    if (!backend_ || busy()) {
        return;
    }
    startJob<Result<spotify_jobs::Facts>>(
        Job::Logout,
        [backend = backend_, session = *session_](spotify_jobs::Feed&, const std::stop_token&) {
            return spotify_jobs::logOut(*backend, session);
        },
        [this](const Result<spotify_jobs::Facts>& facts) {
            if (!facts) {
                emit loggedOut(describe(facts.error()));
                return;
            }
            remember(*facts);
            state_ = State::LoggedOut;
            applySettings();
            emit stateChanged();
            emit loggedOut({});
        });
}

void SpotifyLink::cancel()
{
    if (stop_) {
        stop_->request_stop();
    }
}

QString SpotifyLink::clientId() const
{
    if (facts_->account && !facts_->account->clientId.empty()) {
        return QString::fromStdString(facts_->account->clientId);
    }
    return spotify_settings::clientId();
}

std::optional<UtcMs> SpotifyLink::lastSyncAt() const
{
    return facts_->lastSyncAt;
}

QString SpotifyLink::statusText() const
{
    switch (state_) {
    case State::Unavailable: return tr("Spotify: not available in the demo profile");
    case State::Opening: return tr("Spotify: …");
    case State::LoggedOut: return tr("Spotify: not logged in");
    case State::LoggedIn: break;
    }
    const auto& account = facts_->account;
    QString name = tr("your account");
    if (account && account->displayName && !account->displayName->empty()) {
        name = QString::fromStdString(*account->displayName);
    } else if (account && account->userId) {
        name = QString::fromStdString(*account->userId);
    }
    QString text = tr("Spotify: logged in as %1").arg(name);
    if (facts_->lastSyncAt) {
        text += tr(" · synced %1").arg(localTime(*facts_->lastSyncAt));
    }
    return text;
}

QString SpotifyLink::describe(const Error& error) const
{
    if (error.code == ErrorCode::RateLimited && error.retryAtMs > 0) {
        return tr("Spotify asks us to wait until %1. Tunescope tries again after that.")
            .arg(localTime(error.retryAtMs));
    }
    return QString::fromStdString(error.message);
}

QString SpotifyLink::localTime(UtcMs instant) const
{
    const TimeZone& zone = session_ ? session_->zone() : TimeZone::utc();
    const auto text = sync::formatLocalMinute(instant, zone);
    const auto today = sync::formatLocalMinute(clock_.now(), zone);
    // Today needs only the time: "14:05"; another day keeps its date.
    return QString::fromStdString(text.substr(0, 10) == today.substr(0, 10) ? text.substr(11) : text);
}

} // namespace tunescope::ui
