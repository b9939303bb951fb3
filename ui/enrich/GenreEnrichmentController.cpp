#include "enrich/GenreEnrichmentController.h"

#include "ServiceSettings.h"
#include "async/BackgroundJob.h"
#include "enrich/GenreEnrichment.h"
#include "enrich/MusicBrainzAccess.h"

namespace tunescope::ui {
namespace {

struct EnrichmentOutcome {
    std::optional<enrich::GenreEnrichmentSummary> summary;
    QString openError; // the profile or MusicBrainz could not be opened
};

QString describe(const enrich::GenreEnrichmentSummary& s)
{
    if (s.due == 0) {
        return GenreEnrichmentController::tr("Genres: every artist is up to date.");
    }
    QString text = GenreEnrichmentController::tr("Genres: %1 of %2 artists looked up, %3 found")
                       .arg(s.lookedUp)
                       .arg(s.due)
                       .arg(s.found);
    if (s.fromSpotify > 0) {
        text += GenreEnrichmentController::tr(" (%1 from Spotify)").arg(s.fromSpotify);
    }
    text += GenreEnrichmentController::tr(", %1 none, %2 names too ambiguous to guess.").arg(s.none).arg(s.ambiguous);
    if (s.error) {
        text += QLatin1Char(' ') + GenreEnrichmentController::tr("Stopped: %1 The genres found so far are kept.")
                                       .arg(QString::fromStdString(s.error->message));
    } else if (s.lookedUp < s.due) {
        text += QLatin1Char(' ') + GenreEnrichmentController::tr("%1 more to do.").arg(s.due - s.lookedUp);
    }
    return text;
}

} // namespace

GenreEnrichmentController::GenreEnrichmentController(ProfileSession session, QObject* parent)
    : QObject(parent), session_(std::move(session)), job_(new BackgroundJob(this)),
      stored_(std::make_shared<std::atomic<std::size_t>>(0))
{
    connect(job_, &BackgroundJob::progress, this, &GenreEnrichmentController::progress);
}

GenreEnrichmentController::~GenreEnrichmentController() = default;

bool GenreEnrichmentController::start(std::optional<std::size_t> limit)
{
    if (session_.isDemo()) {
        emit finished(tr("The demo profile's artists are made up: there are no genres to look up."), false);
        return false;
    }
    stored_ = std::make_shared<std::atomic<std::size_t>>(0);
    const std::string configuredUrl = service_settings::musicBrainzUrl().toStdString();
    job_->start<EnrichmentOutcome>(
        [session = session_, limit, configuredUrl, stored = stored_](JobProgress& progress, std::stop_token stop) {
            EnrichmentOutcome outcome;
            auto db = session.open();
            if (!db) {
                outcome.openError = QString::fromStdString(db.error().message);
                return outcome;
            }
            auto musicBrainz = enrich::openMusicBrainz(session.location(), configuredUrl);
            if (!musicBrainz) {
                outcome.openError = QString::fromStdString(musicBrainz.error().message);
                return outcome;
            }
            enrich::GenreEnrichmentOptions options;
            options.limit = limit;
            const enrich::GenreProgressFn report = [&progress, &stored](std::size_t done, std::size_t total,
                                                                        const std::string& name) {
                stored->store(done);
                progress.set(static_cast<int>(done), static_cast<int>(total), name);
            };
            outcome.summary =
                enrich::enrichGenres(*db, *musicBrainz->client, options, report, std::move(stop), systemClock());
            return outcome;
        },
        [this](const EnrichmentOutcome& outcome) {
            if (!outcome.summary) {
                emit finished(tr("Genres could not be looked up: %1").arg(outcome.openError), false);
                return;
            }
            emit finished(describe(*outcome.summary), outcome.summary->lookedUp > 0);
        });
    return true;
}

void GenreEnrichmentController::cancel()
{
    if (!job_->running()) {
        return;
    }
    job_->cancel();
    const std::size_t stored = stored_->load();
    emit finished(tr("Genre lookup stopped; the genres of %n artist(s) looked up so far are kept.", nullptr,
                     static_cast<int>(stored)),
                  stored > 0);
}

bool GenreEnrichmentController::isRunning() const
{
    return job_->running();
}

} // namespace tunescope::ui
