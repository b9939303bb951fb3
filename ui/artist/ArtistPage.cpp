#include "artist/ArtistPage.h"

#include "artist/ArtistResultsModel.h"
#include "artist/DiscographyTree.h"
#include "artist/FeaturesView.h"
#include "pages/DetailsPane.h"
#include "pages/GenreLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace tunescope::ui {
namespace {

constexpr int kImageSize = 96;

QString errorText(const std::optional<Error>& error)
{
    return error ? QString::fromStdString(error->message) : QString();
}

} // namespace

ArtistPage::ArtistPage(QWidget* parent)
    : QWidget(parent), image_(new QLabel(this)), name_(new QLabel(this)), facts_(new QLabel(this)),
      note_(new QLabel(this)), pin_(new QPushButton(tr("Compare: pin this artist"), this)),
      clearPins_(new QPushButton(tr("Clear comparison"), this)), tabs_(new QTabWidget(this)),
      discographyView_(new QTreeView(this)), discographyModel_(new DiscographyTree(this)),
      features_(new FeaturesView(this)), listening_(new DetailsPane(this)), share_(new QLabel(this)),
      topTracks_(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("artistPage"));
    image_->setObjectName(QStringLiteral("artistImage"));
    image_->setFixedSize(kImageSize, kImageSize);
    image_->setAlignment(Qt::AlignCenter);
    image_->setFrameShape(QFrame::StyledPanel);
    name_->setObjectName(QStringLiteral("artistName"));
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name_->setFont(big);
    facts_->setObjectName(QStringLiteral("artistFacts"));
    facts_->setWordWrap(true);
    note_->setObjectName(QStringLiteral("artistNote"));
    note_->setWordWrap(true);
    pin_->setObjectName(QStringLiteral("artistPin"));
    pin_->setToolTip(tr("Keep this artist's features on the charts while you open another (up to three)."));
    clearPins_->setObjectName(QStringLiteral("artistClearPins"));
    connect(pin_, &QPushButton::clicked, this, &ArtistPage::pinCurrent);
    connect(clearPins_, &QPushButton::clicked, this, &ArtistPage::clearPinned);

    auto* text = new QVBoxLayout;
    text->addWidget(name_);
    text->addWidget(facts_);
    text->addWidget(note_);
    text->addStretch();
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(pin_);
    buttons->addWidget(clearPins_);
    buttons->addStretch();
    auto* header = new QHBoxLayout;
    header->addWidget(image_, 0, Qt::AlignTop);
    header->addLayout(text, 1);
    header->addLayout(buttons);

    discographyView_->setObjectName(QStringLiteral("discographyView"));
    discographyView_->setModel(discographyModel_);
    discographyView_->setUniformRowHeights(true);
    discographyView_->header()->setSectionResizeMode(DiscographyTree::Title, QHeaderView::Stretch);
    discographyView_->header()->setStretchLastSection(false);

    auto* listening = new QWidget(this);
    auto* listeningLayout = new QVBoxLayout(listening);
    share_->setObjectName(QStringLiteral("artistShare"));
    topTracks_->setObjectName(QStringLiteral("artistTopTracks"));
    topTracks_->setHeaderLabels({tr("Your top tracks of this artist"), tr("Plays")});
    topTracks_->setRootIsDecorated(false);
    topTracks_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    topTracks_->header()->setStretchLastSection(false);
    listeningLayout->addWidget(share_);
    listeningLayout->addWidget(listening_, 2);
    listeningLayout->addWidget(topTracks_, 1);

    tabs_->setObjectName(QStringLiteral("artistTabs"));
    tabs_->addTab(discographyView_, tr("&Discography"));
    tabs_->addTab(features_, tr("&Features"));
    tabs_->addTab(listening, tr("&Your listening"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs_, 1);
    clearPins_->setEnabled(false);
    pin_->setEnabled(false);
    name_->setText(tr("Search for an artist"));
    facts_->setText(tr("Type a name above: artists from your own history show at once, Spotify's catalogue "
                       "when you are logged in."));
}

void ArtistPage::showLoading(const browse::ArtistHit& artist)
{
    name_->setText(QString::fromStdString(artist.name));
    facts_->setText(ArtistResultsModel::facts(artist));
    note_->setText(tr("Loading…"));
    image_->clear();
    discographyModel_->show({});
    current_.reset();
    pin_->setEnabled(false);
}

ArtistFeatures ArtistPage::featuresOf(const browse::Discography& discography,
                                      const std::map<std::string, enrich::TrackFeatures>& features)
{
    ArtistFeatures out;
    out.artistName = QString::fromStdString(discography.artist.name);
    std::set<std::string> seen;
    for (const auto& release : discography.releases) {
        if (release.group == spotify::AlbumGroup::AppearsOn) {
            continue;
        }
        std::optional<int> year;
        if (release.releaseDate.size() >= 4) {
            year = QString::fromStdString(release.releaseDate.substr(0, 4)).toInt();
        }
        for (const auto& track : release.tracks) {
            if (!seen.insert(track.spotifyId).second) {
                continue; // the same recording on a compilation counts once
            }
            FeaturedTrack featured;
            featured.name = QString::fromStdString(track.name);
            featured.album = QString::fromStdString(release.name);
            featured.releaseYear = year;
            const auto found = features.find(track.spotifyId);
            if (found != features.end()) {
                featured.features = found->second;
            } else {
                featured.features.spotifyId = track.spotifyId;
            }
            out.tracks.push_back(std::move(featured));
        }
    }
    return out;
}

void ArtistPage::show(const artist_jobs::ArtistOutcome& outcome, const TimeZone& zone)
{
    const auto& artist = outcome.discography ? outcome.discography->artist : outcome.artist;
    name_->setText(QString::fromStdString(artist.name));
    facts_->setText(ArtistResultsModel::facts(outcome.artist));
    QStringList notes;
    if (outcome.discography) {
        discographyModel_->show(*outcome.discography);
        discographyView_->expandToDepth(0);
        if (!outcome.discography->complete) {
            notes << tr("Parts of the discography are not loaded yet (offline or stopped): open the artist again "
                        "to finish.");
        }
    } else if (outcome.artist.spotifyId.empty()) {
        notes << tr("Known from your history only: search Spotify by name to see the discography.");
    }
    if (outcome.discography && outcome.discography->stoppedEarly) {
        notes << QString::fromStdString(outcome.discography->stoppedEarly->message);
    } else if (outcome.discographyError && (!outcome.discography || !outcome.discography->complete)) {
        notes << errorText(outcome.discographyError);
    }
    if (outcome.featuresError) {
        notes << tr("Track features: %1").arg(errorText(outcome.featuresError));
    }
    note_->setText(notes.join(QLatin1Char('\n')));

    if (outcome.discography) {
        current_ = featuresOf(*outcome.discography, outcome.features);
        pin_->setEnabled(pinned_.size() + 1 < kMaxCompared);
        showFeatures();
    } else {
        current_.reset();
        pin_->setEnabled(false);
        features_->showMessage(tr("Track features need the artist's discography from Spotify."));
    }

    // The genres of the artist as the user's own history knows them (mapping applied).
    if (outcome.timeline && !outcome.timeline->genres.empty()) {
        facts_->setText(facts_->text() + QLatin1Char('\n') + genreLine(outcome.timeline->genres));
    }

    const QLocale locale;
    if (outcome.listening && outcome.listening->plays > 0) {
        share_->setText(
            tr("%1 of your listening time")
                .arg(locale.toString(outcome.listening->shareOfListening * 100.0, 'f', 2) + QLatin1Char('%')));
    } else {
        share_->setText(tr("Not in your listening history yet."));
    }
    if (outcome.timeline) {
        listening_->show(*outcome.timeline, analytics::Metric::Minutes, zone);
    }
    topTracks_->clear();
    if (outcome.listening) {
        for (const auto& [name, plays] : outcome.listening->topTracks) {
            topTracks_->addTopLevelItem(
                new QTreeWidgetItem({QString::fromStdString(name), locale.toString(static_cast<qlonglong>(plays))}));
        }
    }
}

void ArtistPage::setImage(const QPixmap& image)
{
    image_->setPixmap(image.scaled(kImageSize, kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ArtistPage::pinCurrent()
{
    if (!current_ || pinned_.size() + 1 >= kMaxCompared) {
        return;
    }
    pinned_.push_back(*current_);
    pin_->setEnabled(false);
    clearPins_->setEnabled(true);
    showFeatures();
}

void ArtistPage::clearPinned()
{
    pinned_.clear();
    clearPins_->setEnabled(false);
    pin_->setEnabled(current_.has_value());
    showFeatures();
}

void ArtistPage::showFeatures()
{
    std::vector<ArtistFeatures> shown;
    if (current_) {
        shown.push_back(*current_);
    }
    for (const auto& pinned : pinned_) {
        if (!current_ || pinned.artistName != current_->artistName) {
            shown.push_back(pinned);
        }
    }
    if (shown.empty()) {
        features_->showMessage(tr("Open an artist to see the features of their tracks."));
        return;
    }
    features_->show(std::move(shown));
}

} // namespace tunescope::ui
