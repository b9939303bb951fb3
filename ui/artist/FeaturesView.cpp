#include "artist/FeaturesView.h"

#include "charts/ChartPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace tunescope::ui {
namespace {

bool hasAny(const enrich::AudioFeatures& f)
{
    return f.tempo || f.energy || f.danceability || f.valence || f.acousticness || f.instrumentalness ||
           f.speechiness || f.liveness || f.loudness;
}

QComboBox* kindChooser(QWidget* parent, const char* objectName, std::initializer_list<FeatureKind> kinds)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    for (const auto kind : kinds) {
        box->addItem(featureLabel(kind), static_cast<int>(kind));
    }
    return box;
}

} // namespace

FeaturesView::FeaturesView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)),
      histogramKind_(
          kindChooser(this, "featureHistogramKind",
                      {FeatureKind::Tempo, FeatureKind::Energy, FeatureKind::Danceability, FeatureKind::Valence,
                       FeatureKind::Acousticness, FeatureKind::Loudness, FeatureKind::Duration})),
      yearsKind_(kindChooser(this, "featureYearsKind",
                             {FeatureKind::Energy, FeatureKind::Valence, FeatureKind::Danceability, FeatureKind::Tempo,
                              FeatureKind::Acousticness, FeatureKind::Duration})),
      histogram_(new ChartPanel(QStringLiteral("featureHistogramChart"), this)),
      averages_(new ChartPanel(QStringLiteral("featureAveragesChart"), this)),
      scatter_(new ChartPanel(QStringLiteral("featureScatterChart"), this)),
      years_(new ChartPanel(QStringLiteral("featureYearsChart"), this))
{
    setObjectName(QStringLiteral("featuresView"));
    summary_->setObjectName(QStringLiteral("featureSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Distribution of:"), this));
    controls->addWidget(histogramKind_);
    controls->addSpacing(24);
    controls->addWidget(new QLabel(tr("Over the years:"), this));
    controls->addWidget(yearsKind_);
    controls->addStretch();

    auto* grid = new QGridLayout;
    for (auto* panel : {histogram_, averages_, scatter_, years_}) {
        panel->setMinimumSize(420, 300);
    }
    grid->addWidget(histogram_, 0, 0);
    grid->addWidget(averages_, 0, 1);
    grid->addWidget(scatter_, 1, 0);
    grid->addWidget(years_, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);
    connect(histogramKind_, &QComboBox::currentIndexChanged, this, &FeaturesView::rebuild);
    connect(yearsKind_, &QComboBox::currentIndexChanged, this, &FeaturesView::rebuild);
    showMessage(tr("Open an artist to see the features of their tracks."));
}

QString FeaturesView::coverage(const ArtistFeatures& artist)
{
    int known = 0;
    std::map<enrich::FeatureSource, int> sources;
    for (const auto& track : artist.tracks) {
        if (hasAny(track.features.features)) {
            ++known;
            ++sources[track.features.source];
        }
    }
    QStringList named;
    for (const auto& [source, count] : sources) {
        const auto label = enrich::sourceLabel(source);
        named << (sources.size() == 1 ? QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()))
                                      : QStringLiteral("%1 %2")
                                            .arg(QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size())))
                                            .arg(count));
    }
    QString text = tr("%1: features for %2 of %3 tracks").arg(artist.artistName).arg(known).arg(artist.tracks.size());
    if (!named.isEmpty()) {
        text +=
            (sources.size() == 1 ? tr(" · Source: %1") : tr(" · Sources: %1")).arg(named.join(QStringLiteral(", ")));
    }
    return text;
}

void FeaturesView::show(std::vector<ArtistFeatures> artists)
{
    artists_ = std::move(artists);
    QStringList lines;
    for (const auto& artist : artists_) {
        lines << coverage(artist);
    }
    summary_->setText(lines.join(QLatin1Char('\n')));
    rebuild();
}

void FeaturesView::showMessage(const QString& message)
{
    artists_.clear();
    summary_->setText(message);
    for (auto* panel : {histogram_, averages_, scatter_, years_}) {
        panel->setVisible(false);
    }
}

QString FeaturesView::summary() const
{
    return summary_->text();
}

void FeaturesView::rebuild()
{
    if (artists_.empty()) {
        return;
    }
    const auto histogramKind = static_cast<FeatureKind>(histogramKind_->currentData().toInt());
    const auto yearsKind = static_cast<FeatureKind>(yearsKind_->currentData().toInt());
    histogram_->setContent(buildFeatureHistogram(artists_, histogramKind));
    averages_->setContent(buildFeatureAverages(artists_));
    scatter_->setContent(buildEnergyValenceScatter(artists_));
    years_->setContent(buildFeaturesOverYears(artists_, yearsKind));
    for (auto* panel : {histogram_, averages_, scatter_, years_}) {
        panel->setVisible(true);
    }
}

} // namespace tunescope::ui
