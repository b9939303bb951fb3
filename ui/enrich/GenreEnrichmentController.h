#pragma once

#include "ProfileSession.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>

namespace tunescope::ui {

class BackgroundJob;

// Looks up the genres of the current profile's artists in the background (core's enrichGenres on
// the thread pool), for the window's menu and status bar: start(), cancel(), progress as it goes,
// and a sentence about the outcome at the end. MusicBrainz's address comes from Settings (or
// TUNESCOPE_MUSICBRAINZ_URL). The demo profile's artists are made up: it is refused.
class GenreEnrichmentController : public QObject {
    Q_OBJECT
public:
    explicit GenreEnrichmentController(ProfileSession session, QObject* parent = nullptr);
    ~GenreEnrichmentController() override;

    // Starts (or restarts) the lookups, at most `limit` artists; false for the demo profile, which
    // is then said through finished().
    bool start(std::optional<std::size_t> limit = std::nullopt);
    // Stops at once; what was looked up stays stored, and finished() says so.
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    // `done` of `total` artists so far; `text` names the one being looked up.
    void progress(int done, int total, const QString& text);
    // What came of it, in a sentence; `changed`: genres were stored (charts may want a refresh).
    void finished(const QString& summary, bool changed);

private:
    ProfileSession session_;
    BackgroundJob* job_;
    std::shared_ptr<std::atomic<std::size_t>> stored_; // artists stored by the running job so far
};

} // namespace tunescope::ui
