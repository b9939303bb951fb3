#pragma once

#include "charts/FeatureCharts.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace tunescope::ui {

class ChartPanel;

// The track features of an artist's releases, alone or beside up to two pinned artists: how many
// tracks have numbers and from which source, then the distribution, the averages, energy against
// valence, and a feature over the release years.
class FeaturesView : public QWidget {
    Q_OBJECT
public:
    explicit FeaturesView(QWidget* parent = nullptr);

    // The first artist is the one on the page; the others are compared with it.
    void show(std::vector<ArtistFeatures> artists);
    void showMessage(const QString& message);
    [[nodiscard]] ChartPanel* histogram() const { return histogram_; }
    [[nodiscard]] ChartPanel* scatter() const { return scatter_; }
    [[nodiscard]] QString summary() const;

    // "Features for 38 of 45 tracks · Source: ReccoBeats" for one artist.
    static QString coverage(const ArtistFeatures& artist);

private:
    void rebuild();

    QLabel* summary_;
    QComboBox* histogramKind_;
    QComboBox* yearsKind_;
    ChartPanel* histogram_;
    ChartPanel* averages_;
    ChartPanel* scatter_;
    ChartPanel* years_;
    std::vector<ArtistFeatures> artists_;
};

} // namespace tunescope::ui
