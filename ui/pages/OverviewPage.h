#pragma once

#include "analytics/Overview.h"
#include "analytics/PlayHistory.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace tunescope::ui {

class ChartPanel;

// KPI cards, top artists, tracks and albums, listening over time, and when you listen.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void show(const analytics::Overview& overview, analytics::Metric metric, analytics::Bucket bucket);
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;

signals:
    // A bar was clicked: show that artist or track.
    void subjectActivated(const analytics::Subject& subject);

private:
    QLabel* addCard(const QString& objectName, const QString& title);
    void connectBars(ChartPanel* panel, const std::vector<analytics::TopEntry>& entries, analytics::Subject::Kind kind);

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
};

} // namespace tunescope::ui
