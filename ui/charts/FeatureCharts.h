#pragma once

#include "charts/ChartContent.h"
#include "enrich/TrackFeatures.h"

#include <QString>

#include <optional>
#include <vector>

namespace tunescope::ui {

// One track of an artist's discography with whatever features are known for it. A track nobody
// measured has all its features empty: it counts in "38 of 45 tracks" but is drawn nowhere.
struct FeaturedTrack {
    QString name;
    QString album;
    std::optional<int> releaseYear;
    enrich::TrackFeatures features;
};

// The tracks of one artist; the charts compare two or three of these side by side.
struct ArtistFeatures {
    QString artistName;
    std::vector<FeaturedTrack> tracks; // tracks may lack features
};

enum class FeatureKind {
    Tempo,
    Energy,
    Danceability,
    Valence,
    Acousticness,
    Instrumentalness,
    Speechiness,
    Liveness,
    Loudness,
    Duration,
};

// Every chart names the source of its numbers and how many tracks it covers, and leaves out a
// track whose value is missing (never drawn as zero). With several artists each gets its own
// series, in the same order and so the same colour in every chart, and a legend.

// How the tracks spread over the feature's range: bars per bin, one bar per artist.
ChartContent buildFeatureHistogram(const std::vector<ArtistFeatures>& artists, FeatureKind kind);
// The mean of each 0-to-1 feature (danceability, energy, valence...) as grouped bars.
ChartContent buildFeatureAverages(const std::vector<ArtistFeatures>& artists);
// Valence across, energy up, a dot per track; hovering a dot names the track(s) under it.
ChartContent buildEnergyValenceScatter(const std::vector<ArtistFeatures>& artists);
// The mean of a feature per release year, a line per artist.
ChartContent buildFeaturesOverYears(const std::vector<ArtistFeatures>& artists, FeatureKind kind);

// "Tempo (BPM)", "Energy", "Loudness (dB)", "Duration (min)"...: axis titles and menus.
QString featureLabel(FeatureKind kind);
// The value charted for a feature (duration in minutes), or nothing when the source gave none.
std::optional<double> featureValue(const enrich::AudioFeatures& features, FeatureKind kind);

} // namespace tunescope::ui
