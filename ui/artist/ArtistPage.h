#pragma once

#include "artist/ArtistJobs.h"
#include "charts/FeatureCharts.h"
#include "util/TimeZone.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace tunescope::ui {

class DetailsPane;
class DiscographyTree;
class FeaturesView;

// One artist: a header (image, name, facts), then tabs for the discography, the track features
// (with up to two pinned artists to compare) and the artist in the user's own history.
class ArtistPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { Discography, Features, Listening };
    explicit ArtistPage(QWidget* parent = nullptr);

    void showLoading(const browse::ArtistHit& artist);
    void show(const artist_jobs::ArtistOutcome& outcome, const TimeZone& zone);
    void setImage(const QPixmap& image);

    [[nodiscard]] DiscographyTree* discography() const { return discographyModel_; }
    [[nodiscard]] FeaturesView* features() const { return features_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] const std::vector<ArtistFeatures>& pinned() const { return pinned_; }

    // The artist's own tracks (not appears-on) with whatever features are known.
    static ArtistFeatures featuresOf(const browse::Discography& discography,
                                     const std::map<std::string, enrich::TrackFeatures>& features);

    static constexpr std::size_t kMaxCompared = 3;

private:
    void pinCurrent();
    void clearPinned();
    void showFeatures();

    QLabel* image_;
    QLabel* name_;
    QLabel* facts_;
    QLabel* note_;
    QPushButton* pin_;
    QPushButton* clearPins_;
    QTabWidget* tabs_;
    QTreeView* discographyView_;
    DiscographyTree* discographyModel_;
    FeaturesView* features_;
    DetailsPane* listening_;
    QLabel* share_;
    QTreeWidget* topTracks_;
    std::optional<ArtistFeatures> current_;
    std::vector<ArtistFeatures> pinned_;
};

} // namespace tunescope::ui
