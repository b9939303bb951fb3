#include "MainWindow.h"

#include "HelpActions.h"
#include "SpotifyActions.h"
#include "SpotifyLink.h"
#include "artist/ArtistSearchWindow.h"
#include "async/RunAsync.h"
#include "dialogs/ChartImportController.h"
#include "dialogs/ImportController.h"
#include "dialogs/ProfileDataActions.h"
#include "dialogs/ProfileDeletion.h"
#include "enrich/GenreLookupStatus.h"
#include "pages/ChartsPage.h"
#include "pages/DetailsPane.h"
#include "pages/EmptyState.h"
#include "pages/OverviewPage.h"
#include "pages/QueryPage.h"
#include "pages/SpotifyTopPage.h"
#include "recap/RecapDialog.h"
#include "tray/TrayIcon.h"
#include "widgets/RangeBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <utility>

namespace tunescope::ui {
namespace {

const QString kTravelAwareKey = QStringLiteral("view/travelAware");

// The period every page shows: the dates in the profile's zone, hours and days in the zone of
// each play's country when the user asked for travel-aware hours (View menu).
analytics::Period periodOf(const ProfileSession& session, const analytics::DateRange& range)
{
    auto period = analytics::resolvePeriod(range, session.zone());
    period.travelAware = QSettings().value(kTravelAwareKey, false).toBool();
    return period;
}

} // namespace

std::function<QStringList(QWidget*, bool)> MainWindow::chooseImportPaths = [](QWidget* parent, bool folder) {
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(parent, QObject::tr("Import a folder of Spotify data"));
        return dir.isEmpty() ? QStringList() : QStringList{dir};
    }
    return QFileDialog::getOpenFileNames(parent, QObject::tr("Import Spotify streaming history"), QString(),
                                         QObject::tr("Spotify export (*.zip *.json);;All files (*)"));
};

MainWindow::MainWindow(ProfileSession session, QWidget* parent)
    : QMainWindow(parent), session_(std::move(session)), firstFetch_(fetchSavedOverview(session_)),
      navigation_(new QListWidget(this)), pages_(new QStackedWidget(this)), overviewStack_(new QStackedWidget(this)),
      rangeBar_(new RangeBar(this)), overview_(new OverviewPage(this)), empty_(new EmptyState(this)),
      details_(new DetailsPane(this)), detailsDock_(new QDockWidget(tr("Details"), this)),
      import_(new ImportController(this)), spotify_(new SpotifyLink(this)),
      chartImport_(new ChartImportController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    navigation_->setObjectName(QStringLiteral("navigation"));
    pages_->setObjectName(QStringLiteral("pages"));
    navigation_->addItems({tr("Overview"), tr("History"), tr("Spotify top"), tr("Genres"), tr("Charts"), tr("Insights"),
                           tr("Compare"), tr("Query")});
    navigation_->setFixedWidth(150);
    overviewStack_->addWidget(overview_);
    overviewStack_->addWidget(empty_);
    pages_->addWidget(overviewStack_);
    for (int page = History; page <= Query; ++page) {
        pages_->addWidget(new QWidget(this)); // the page's place until it is first opened
    }
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(navigation_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Period"));
    toolbar->setObjectName(QStringLiteral("periodToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(rangeBar_);

    detailsDock_->setObjectName(QStringLiteral("detailsDock"));
    detailsDock_->setWidget(details_);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock_);
    detailsDock_->hide();

    buildMenus();
    connect(navigation_, &QListWidget::currentRowChanged, this, [this](int row) {
        buildPage(row);
        pages_->setCurrentIndex(std::max(0, row));
        // Spotify's lists come with their own ranges, queries with their own WHERE: the period
        // does not apply there.
        findChild<QToolBar*>(QStringLiteral("periodToolbar"))->setEnabled(row != SpotifyTop && row != Query);
    });
    connect(rangeBar_, &RangeBar::changed, this, &MainWindow::refresh);
    connect(overview_, &OverviewPage::subjectActivated, this, &MainWindow::showSubject);
    connect(overview_, &OverviewPage::filled, this, &MainWindow::overviewShown);
    connect(empty_, &EmptyState::importRequested, this, [this] { importPaths(chooseImportPaths(this, false)); });
    connect(empty_, &EmptyState::demoRequested, this, [this] { switchProfile(session_.demoProfile()); });
    connect(import_, &ImportController::finished, this, [this](const ingest::ImportReport& report) {
        if (report.totalAdded() > 0 && session_.isDemo()) {
            switchProfile(session_.ownProfile()); // the import went into the user's own profile
        } else {
            refresh();
        }
    });
    connect(spotify_, &SpotifyLink::dataChanged, this, &MainWindow::refresh);
    const auto reloadSpotifyTop = [this] {
        if (spotifyTop_ != nullptr) {
            spotifyTop_->reload();
        }
    };
    connect(spotify_, &SpotifyLink::dataChanged, this, reloadSpotifyTop);
    connect(import_, &ImportController::finished, this, reloadSpotifyTop);
    genreLookup_ = new GenreLookupStatus(this);
    statusBar()->addPermanentWidget(genreLookup_);
    genreLookup_->setProfile(session_);
    connect(genreLookup_, &GenreLookupStatus::message, this, [this](const QString& text) {
        notice_ = text;
        statusBar()->showMessage(text, 20'000);
    });
    connect(genreLookup_, &GenreLookupStatus::genresChanged, this, &MainWindow::refresh);
    connect(chartImport_, &ChartImportController::finished, this, [this](const ingest::ChartImportReport& report) {
        if (report.totalAdded() > 0 && session_.isDemo()) {
            switchProfile(session_.ownProfile()); // the charts went into the user's own profile
        } else if (charts_ != nullptr) {
            charts_->reload();
        }
    });
    restoreSettings();
    refresh();
    spotify_->setProfile(session_);
}

MainWindow::~MainWindow() = default;

void MainWindow::importCharts()
{
    chartImport_->start(session_.ownProfile(), ChartImportController::choosePaths(this));
}

OverviewFetch MainWindow::fetchSavedOverview(const ProfileSession& session)
{
    const auto selection = RangeSelection::load(QSettings());
    return fetchOverviewAtStart(session, periodOf(session, selection.range(QDate::currentDate())), selection.metric);
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* importFiles =
        file->addAction(tr("&Import files or ZIP…"), this, [this] { importPaths(chooseImportPaths(this, false)); });
    importFiles->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    importFiles->setObjectName(QStringLiteral("actionImport"));
    file->addAction(tr("Import a &folder…"), this, [this] { importPaths(chooseImportPaths(this, true)); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    auto* importCharts = file->addAction(tr("Import Spotify &Charts…"), this, &MainWindow::importCharts);
    importCharts->setObjectName(QStringLiteral("actionImportCharts"));
    importCharts->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+I")));
    auto* findGenres =
        file->addAction(tr("Look up artist &genres (MusicBrainz)"), this, [this] { genreLookup_->start(); });
    findGenres->setObjectName(QStringLiteral("actionFindGenres"));
    findGenres->setToolTip(
        tr("Find the genres of your artists on MusicBrainz, one artist a second, most played first"));
    file->addSeparator();
    auto* demo = file->addAction(tr("Show the &demo profile"), this, [this] {
        switchProfile(session_.isDemo() ? session_.ownProfile() : session_.demoProfile());
    });
    demo->setObjectName(QStringLiteral("actionToggleDemo"));
    file->addSeparator();
    auto* dataActions = new ProfileDataActions(this);
    connect(dataActions, &ProfileDataActions::finished, this,
            [this](const QString& notice) { statusBar()->showMessage(notice, 20'000); });
    connect(dataActions, &ProfileDataActions::restored, this, [this] { switchProfile(session_.ownProfile()); });
    file->addAction(tr("&Export plays…"), this,
                    [this, dataActions] { dataActions->exportPlays(session_, periodOf(session_, rangeBar_->range())); })
        ->setObjectName(QStringLiteral("actionExportPlays"));
    file->addAction(tr("&Back up profile…"), this, [this, dataActions] { dataActions->backUp(session_); })
        ->setObjectName(QStringLiteral("actionBackUpProfile"));
    file->addAction(tr("&Restore profile…"), this, [this, dataActions] { dataActions->restore(session_); })
        ->setObjectName(QStringLiteral("actionRestoreProfile"));
    (new ProfileDeletion(this))->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::quit)->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Overview"), this, [this] { showPage(Overview); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    view->addAction(tr("&History"), this, [this] { showPage(History); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+2")));
    view->addAction(tr("&Spotify top"), this, [this] { showPage(SpotifyTop); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+3")));
    view->addAction(tr("&Genres"), this, [this] { showPage(Genres); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+4")));
    view->addAction(tr("&Charts"), this, [this] { showPage(Charts); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+5")));
    view->addAction(tr("&Insights"), this, [this] { showPage(Insights); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+6")));
    view->addAction(tr("Co&mpare"), this, [this] { showPage(Compare); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+7")));
    view->addAction(tr("&Query (SQL)"), this, [this] { showPage(Query); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+8")));
    view->addAction(tr("&Period…"), this,
                    [this] { rangeBar_->findChild<QWidget*>(QStringLiteral("rangePreset"))->setFocus(); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    view->addAction(detailsDock_->toggleViewAction());
    auto* travelAware = view->addAction(tr("Hours Where I &Listened (Travel-Aware)"));
    travelAware->setObjectName(QStringLiteral("actionTravelAware"));
    travelAware->setCheckable(true);
    travelAware->setChecked(QSettings().value(kTravelAwareKey, false).toBool());
    travelAware->setToolTip(tr("Hours and days in the time zone of the country each play happened in, "
                               "instead of %1")
                                .arg(QString::fromStdString(session_.zone().name())));
    connect(travelAware, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kTravelAwareKey, on);
        refresh();
    });
    view->addSeparator();
    auto* artists = view->addAction(tr("&Artist Search…"), this, [this] { artistSearch()->focusSearch(); });
    artists->setObjectName(QStringLiteral("actionArtistSearch"));
    artists->setShortcut(QKeySequence::Find);
    artists->setToolTip(tr("Search artists: discography, track features, your listening (Ctrl+F)"));
    auto* recap = view->addAction(tr("&Recap…"), this, [this] {
        auto* dialog = new RecapDialog(session_, periodOf(session_, rangeBar_->range()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    recap->setObjectName(QStringLiteral("actionRecap"));
    recap->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    auto* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolbar"));
    tools->setMovable(false);
    tools->addAction(artists);
    spotifyActions_ = new SpotifyActions(this, spotify_);
    new HelpActions(this, QString::fromStdString(session_.dataDir().string()));
    auto* tray = new TrayIcon(this, spotify_, session_.zone());
    connect(spotifyActions_, &SpotifyActions::settingsApplied, tray, &TrayIcon::applySettings);
}

void MainWindow::showWhenFilled(std::chrono::milliseconds patience)
{
    showPending_ = true;
    auto* fallback = new QTimer(this);
    fallback->setSingleShot(true);
    connect(fallback, &QTimer::timeout, this, &MainWindow::showIfPending);
    connect(fallback, &QTimer::timeout, fallback, &QObject::deleteLater);
    fallback->start(patience);
}

void MainWindow::showIfPending()
{
    if (std::exchange(showPending_, false)) {
        show();
    }
}

void MainWindow::showPage(int page)
{
    navigation_->setCurrentRow(page);
}

ArtistSearchWindow* MainWindow::artistSearch()
{
    if (artistSearch_ == nullptr) {
        artistSearch_ = new ArtistSearchWindow(spotify_, this);
        artistSearch_->setProfile(session_);
    }
    return artistSearch_;
}

void MainWindow::switchProfile(const ProfileSession& session)
{
    session_ = session;
    if (artistSearch_ != nullptr) {
        artistSearch_->setProfile(session_);
    }
    spotify_->setProfile(session_);
    if (spotifyTop_ != nullptr) {
        spotifyTop_->setSource(session_);
    }
    if (charts_ != nullptr) {
        charts_->setSource(session_);
    }
    if (query_ != nullptr) {
        query_->setSource(session_);
    }
    genreLookup_->setProfile(session_);
    refresh();
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!paths.isEmpty()) {
        import_->start(session_.ownProfile(), paths);
    }
}

void MainWindow::refresh()
{
    setWindowTitle(session_.isDemo() ? tr("Tunescope — demo profile (fictional listener)") : tr("Tunescope"));
    const auto period = periodOf(session_, rangeBar_->range());
    const auto metric = rangeBar_->metric();
    const quint64 generation = ++generation_;
    statusBar()->showMessage(session_.isDemo() ? tr("Preparing the demo profile…") : tr("Loading…"));
    period_ = period;
    updatePages();
    auto first = std::exchange(firstFetch_, std::nullopt);
    auto fetch = first && first->answers(period, metric) ? *std::move(first) : fetchOverview(session_, period, metric);
    std::optional<OverviewResult> shown = std::move(fetch.cached);
    if (shown) {
        // What the last session showed, on the first turn of the event loop (the window is not
        // built yet during start-up's refresh); the fresh answer follows.
        QMetaObject::invokeMethod(
            this,
            [this, generation, shown] {
                if (generation == generation_) {
                    showOverview(*shown);
                }
            },
            Qt::QueuedConnection);
    }
    whenReady(this, std::move(fetch.result),
              [this, generation, shown = std::move(shown)](const Result<OverviewResult>& result) {
                  if (generation != generation_) {
                      return; // the range changed meanwhile; a newer answer is coming
                  }
                  if (!result) {
                      statusBar()->showMessage(QString::fromStdString(result.error().message));
                      showIfPending();
                      return;
                  }
                  if (!shown || !(*result == *shown)) {
                      showOverview(*result);
                  }
              });
}

void MainWindow::showOverview(const OverviewResult& result)
{
    const bool empty =
        result.overview.totals.msPlayed == 0 && !session_.isDemo() && rangeBar_->preset() == RangeSelection::AllTime;
    overviewStack_->setCurrentWidget(empty ? static_cast<QWidget*>(empty_) : overview_);
    overview_->show(result.overview, result.metric, result.bucket, result.artistGenres);
    if (const QString notice = std::exchange(notice_, QString()); !notice.isEmpty()) {
        statusBar()->showMessage(notice, 20'000); // what a background job said outlives the reload
    } else {
        statusBar()->showMessage(tr("%Ln plays in this period · times in %1", nullptr,
                                    static_cast<int>(std::min<std::int64_t>(result.overview.totals.plays, INT_MAX)))
                                     .arg(period_ && period_->travelAware
                                              ? tr("the country of each play")
                                              : QString::fromStdString(session_.zone().name())));
    }
    showIfPending(); // overviewShown follows once the page's bottom row is in
}

void MainWindow::showSubject(const analytics::Subject& subject)
{
    const auto period = periodOf(session_, {});
    const ProfileSession session = session_;
    const auto metric = rangeBar_->metric();
    runAsync(
        this,
        [session, subject, period]() -> Result<analytics::SubjectDetails> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::querySubjectDetails(*db, subject, period);
        },
        [this, metric](const Result<analytics::SubjectDetails>& details) {
            if (!details) {
                statusBar()->showMessage(QString::fromStdString(details.error().message));
                return;
            }
            details_->show(*details, metric, session_.zone());
            detailsDock_->show();
            detailsDock_->raise();
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1280, 860);
    }
    showPage(settings.value(QStringLiteral("window/page"), Overview).toInt());
    const QSignalBlocker quiet(rangeBar_); // the constructor refreshes once, right after
    rangeBar_->setSelection(RangeSelection::load(settings));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), navigation_->currentRow());
    rangeBar_->selection().save(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (import_->busy()) {
        import_->cancel();
    }
    chartImport_->cancel();
    genreLookup_->cancel();
    spotify_->cancel();
    if (query_ != nullptr) {
        query_->cancel();
    }
    saveSettings();
    event->accept();
}

} // namespace tunescope::ui
