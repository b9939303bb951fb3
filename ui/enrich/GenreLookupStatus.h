#pragma once

#include "ProfileSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tunescope::ui {

class GenreEnrichmentController;

// The genre lookups of the window's profile, shown in the status bar while they run: the artist
// being looked up, a progress bar and a Cancel button. Hidden when nothing runs.
class GenreLookupStatus : public QWidget {
    Q_OBJECT
public:
    explicit GenreLookupStatus(QWidget* parent = nullptr);

    // The profile to look up; a run for another profile is cancelled (what it found stays).
    void setProfile(const ProfileSession& session);
    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    // Genres were stored: charts that show genres should reload.
    void genresChanged();
    // A sentence for the status bar: how the run went.
    void message(const QString& text);

private:
    void attach(GenreEnrichmentController* controller);

    GenreEnrichmentController* controller_ = nullptr;
    QLabel* text_;
    QProgressBar* bar_;
    QToolButton* cancel_;
    int reloadedAt_ = 0; // artists done at the last genresChanged()
};

} // namespace tunescope::ui
