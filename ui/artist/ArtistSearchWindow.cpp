#include "artist/ArtistSearchWindow.h"

#include "ServiceSettings.h"
#include "SpotifyLink.h"
#include "artist/ArtistPage.h"
#include "artist/ArtistResultsModel.h"
#include "async/BackgroundJob.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tunescope::ui {

std::chrono::milliseconds ArtistSearchWindow::debounce{300};

ArtistSearchWindow::ArtistSearchWindow(SpotifyLink* link, QWidget* parent)
    : QMainWindow(parent), link_(link), query_(new QLineEdit(this)), list_(new QListView(this)),
      results_(new ArtistResultsModel(this)), more_(new QPushButton(tr("More results"), this)),
      searchNote_(new QLabel(this)), page_(new ArtistPage(this)), progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), debounceTimer_(new QTimer(this)),
      searchJob_(new BackgroundJob(this)), artistJob_(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("artistSearchWindow"));
    setWindowTitle(tr("Artist Search — Tunescope"));
    setWindowFlag(Qt::Window);
    resize(1200, 800);

    query_->setObjectName(QStringLiteral("artistQuery"));
    query_->setPlaceholderText(tr("Search artists…"));
    query_->setClearButtonEnabled(true);
    list_->setObjectName(QStringLiteral("artistResults"));
    list_->setModel(results_);
    list_->setIconSize(QSize(ArtistResultsModel::kImageSize, ArtistResultsModel::kImageSize));
    list_->setUniformItemSizes(true);
    list_->setWordWrap(false);
    list_->setTextElideMode(Qt::ElideRight);
    more_->setObjectName(QStringLiteral("artistMore"));
    more_->setVisible(false);
    searchNote_->setObjectName(QStringLiteral("artistSearchNote"));
    searchNote_->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(query_);
    leftLayout->addWidget(searchNote_);
    leftLayout->addWidget(list_, 1);
    leftLayout->addWidget(more_);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(page_);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 860});
    setCentralWidget(split);

    progress_->setObjectName(QStringLiteral("artistProgress"));
    progress_->setMaximumWidth(260);
    progress_->setVisible(false);
    cancel_->setObjectName(QStringLiteral("artistCancel"));
    cancel_->setVisible(false);
    cancel_->setShortcut(QKeySequence(Qt::Key_Escape));
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);

    debounceTimer_->setSingleShot(true);
    connect(query_, &QLineEdit::textChanged, this, [this] { debounceTimer_->start(debounce); });
    connect(query_, &QLineEdit::returnPressed, this, [this] {
        debounceTimer_->stop();
        search(0);
    });
    connect(debounceTimer_, &QTimer::timeout, this, [this] { search(0); });
    connect(more_, &QPushButton::clicked, this, [this] {
        if (nextOffset_) {
            search(*nextOffset_);
        }
    });
    connect(list_, &QListView::activated, this, &ArtistSearchWindow::openRow);
    connect(list_, &QListView::clicked, this, &ArtistSearchWindow::openRow);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        artistJob_->cancel();
        statusBar()->showMessage(tr("Stopped. What was loaded is kept; open the artist again to go on."));
    });
    connect(artistJob_, &BackgroundJob::runningChanged, this, &ArtistSearchWindow::setBusy);
    connect(artistJob_, &BackgroundJob::progress, this, [this](int done, int total, const QString& step) {
        progress_->setRange(0, std::max(total, 0));
        progress_->setValue(done);
        statusBar()->showMessage(total > 0 ? tr("%1: %2 of %3").arg(step).arg(done).arg(total) : step);
    });
    auto* find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &ArtistSearchWindow::focusSearch);
    addAction(find);
}

ArtistSearchWindow::~ArtistSearchWindow() = default;

void ArtistSearchWindow::setProfile(const ProfileSession& session)
{
    searchJob_->cancel();
    artistJob_->cancel();
    session_ = std::make_unique<ProfileSession>(session);
    images_ = std::make_shared<artist_jobs::ImageStore>(session.location().directory() / "cache" / "images");
    reccoBeats_.reset(); // its waits are kept in the profile: open it again for this one
    results_->reset({});
    if (!query_->text().trimmed().isEmpty()) {
        search(0);
    }
}

void ArtistSearchWindow::focusSearch()
{
    show();
    raise();
    activateWindow();
    query_->setFocus();
    query_->selectAll();
}

artist_jobs::Services ArtistSearchWindow::services()
{
    // The environment (TUNESCOPE_RECCOBEATS_URL), the address in Settings or the public service,
    // opened again when Settings change it; a bad address leaves ReccoBeats out and the page says
    // why features are missing.
    const QString configured = service_settings::reccoBeatsUrl();
    if (session_ && (!reccoBeats_ || configured != reccoBeatsConfigured_)) {
        reccoBeats_.reset();
        reccoBeatsConfigured_ = configured;
        if (auto access = enrich::openReccoBeats(session_->location(), configured.toStdString()); access) {
            reccoBeats_ = std::make_shared<enrich::ReccoBeatsAccess>(std::move(access).value());
        }
    }
    // The client shares ownership of its access (and so of the cooldown store it writes to).
    std::shared_ptr<enrich::ReccoBeatsClient> client =
        reccoBeats_ ? std::shared_ptr<enrich::ReccoBeatsClient>(reccoBeats_, reccoBeats_->client.get()) : nullptr;
    return artist_jobs::Services{link_ ? link_->connection() : nullptr, std::move(client), images_};
}

void ArtistSearchWindow::search(int offset)
{
    const std::string query = query_->text().trimmed().toStdString();
    if (query.empty() || !session_) {
        searchJob_->cancel();
        results_->reset({});
        more_->setVisible(false);
        searchNote_->clear();
        return;
    }
    searchJob_->start<artist_jobs::SearchOutcome>(
        [session = *session_, services = services(), query, offset](JobProgress&, std::stop_token stop) {
            return artist_jobs::search(session, services, query, offset, std::move(stop));
        },
        [this, offset](const artist_jobs::SearchOutcome& outcome) {
            if (offset == 0) {
                results_->reset(outcome.hits);
            } else {
                results_->append(outcome.hits);
            }
            nextOffset_ = outcome.nextOffset;
            more_->setVisible(nextOffset_.has_value());
            searchNote_->setText(outcome.spotifyError ? QString::fromStdString(outcome.spotifyError->message)
                                                      : QString());
            searchNote_->setVisible(outcome.spotifyError.has_value());
            for (const auto& hit : outcome.hits) {
                if (hit.imageUrl) {
                    loadImage(*hit.imageUrl, false);
                }
            }
            emit searched(results_->rowCount());
        });
}

void ArtistSearchWindow::openRow(const QModelIndex& index)
{
    if (index.isValid()) {
        openArtist(results_->hit(index.row()));
    }
}

void ArtistSearchWindow::openArtist(const browse::ArtistHit& artist)
{
    if (!session_) {
        return;
    }
    page_->showLoading(artist);
    ++imageGeneration_;
    if (artist.imageUrl) {
        loadImage(*artist.imageUrl, true);
    }
    artistJob_->start<artist_jobs::ArtistOutcome>(
        [session = *session_, services = services(), artist](JobProgress& progress, std::stop_token stop) {
            return artist_jobs::openArtist(session, services, artist, progress, std::move(stop));
        },
        [this](const artist_jobs::ArtistOutcome& outcome) {
            page_->show(outcome, session_->zone());
            statusBar()->showMessage(outcome.discography ? tr("%Ln releases", nullptr,
                                                              static_cast<int>(outcome.discography->releases.size()))
                                                         : QString());
            emit artistShown();
        });
}

void ArtistSearchWindow::loadImage(const std::string& url, bool forPage)
{
    if (!images_) {
        return;
    }
    runAsync(
        this,
        [images = images_, url]() -> std::optional<QString> {
            auto file = images->cache.fetch(url, {});
            if (!file) {
                return std::nullopt; // no picture is no error worth a word
            }
            return QString::fromStdString(file->string());
        },
        [this, url, forPage, generation = imageGeneration_](const std::optional<QString>& file) {
            if (!file) {
                return;
            }
            const QPixmap image(*file);
            if (image.isNull()) {
                return;
            }
            if (forPage && generation == imageGeneration_) {
                page_->setImage(image);
            }
            results_->setImage(QString::fromStdString(url), image);
        });
}

void ArtistSearchWindow::setBusy(bool busy)
{
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
    if (busy) {
        progress_->setRange(0, 0);
    }
}

} // namespace tunescope::ui
