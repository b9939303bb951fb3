#pragma once

#include "ProfileSession.h"
#include "artist/ArtistJobs.h"
#include "enrich/ReccoBeatsAccess.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tunescope::ui {

class ArtistPage;
class ArtistResultsModel;
class BackgroundJob;
class SpotifyLink;

// The Artist Search window (Ctrl+F): type-ahead search over the user's own artists and Spotify's
// catalogue, "more" pages on demand, and the artist page. Long work (a big discography, track
// features) runs off the GUI thread with progress and Cancel (Esc).
class ArtistSearchWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ArtistSearchWindow(SpotifyLink* link, QWidget* parent = nullptr);
    ~ArtistSearchWindow() override;

    void setProfile(const ProfileSession& session);
    // Shows the window with the search field focused and its text selected.
    void focusSearch();
    void openArtist(const browse::ArtistHit& artist);

    [[nodiscard]] ArtistResultsModel* results() const { return results_; }
    [[nodiscard]] ArtistPage* page() const { return page_; }

    // Quiet time after the last keystroke before searching.
    static std::chrono::milliseconds debounce;

signals:
    void searched(int rows);
    void artistShown();

private:
    void search(int offset);
    void openRow(const QModelIndex& index);
    void loadImage(const std::string& url, bool forPage);
    void setBusy(bool busy);
    [[nodiscard]] artist_jobs::Services services();

    SpotifyLink* link_;
    std::unique_ptr<ProfileSession> session_;
    std::shared_ptr<enrich::ReccoBeatsAccess> reccoBeats_; // null until first needed
    QString reccoBeatsConfigured_;                         // the Settings address it was opened with
    std::shared_ptr<artist_jobs::ImageStore> images_;
    QLineEdit* query_;
    QListView* list_;
    ArtistResultsModel* results_;
    QPushButton* more_;
    QLabel* searchNote_;
    ArtistPage* page_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QTimer* debounceTimer_;
    BackgroundJob* searchJob_;
    BackgroundJob* artistJob_;
    std::optional<int> nextOffset_;
    quint64 imageGeneration_ = 0;
};

} // namespace tunescope::ui
