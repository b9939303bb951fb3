#pragma once

#include "analytics/Overview.h"
#include "analytics/PlayHistory.h"

#include <QWidget>

#include <map>
#include <optional>

class QHBoxLayout;
class QLabel;

namespace tunescope::ui {

class ChartPanel;

// KPI cards, top artists, tracks and albums, listening over time, and when you listen.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    // Fills the cards and the charts a default-sized window shows at once (top artists, top
    // tracks, the timeline), then emits firstScreenFilled; the bottom row (heatmap, top albums)
    // follows on the next turn of the event loop, after the first frame, then filled().
    // `artistGenres`: the genres of the top artists, for their tooltips.
    void show(const analytics::Overview& overview, analytics::Metric metric, analytics::Bucket bucket,
              const std::map<std::int64_t, std::vector<std::string>>& artistGenres = {});
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;

signals:
    // A bar was clicked: show that artist or track.
    void subjectActivated(const analytics::Subject& subject);
    void firstScreenFilled();
    void filled();

private:
    Q_INVOKABLE void fillBottomRow(); // queued by name
    void connectBars(ChartPanel* panel, const std::vector<analytics::TopEntry>& entries, analytics::Subject::Kind kind,
                     const std::map<std::int64_t, std::vector<std::string>>& genres = {});

    QHBoxLayout* cards_;
    QLabel* plays_;
    QLabel* listening_;
    QLabel* artists_;
    QLabel* tracks_;
    QLabel* topArtist_;
    ChartPanel* topArtists_;
    ChartPanel* topTracks_;
    ChartPanel* topAlbums_;
    ChartPanel* timeline_;
    ChartPanel* heatmap_;

    struct BottomRow {
        std::vector<analytics::TopEntry> topAlbums;
        analytics::Heatmap heatmap;
        analytics::Metric metric;
    };
    std::optional<BottomRow> pendingBottomRow_;
};

} // namespace tunescope::ui
