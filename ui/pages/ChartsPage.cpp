#include "pages/ChartsPage.h"

#include "analytics/ChartTaste.h"
#include "async/RunAsync.h"
#include "charts/ChartPanel.h"
#include "charts/SpotifyChartsCharts.h"
#include "ingest/ChartRegions.h"
#include "models/ChartEntriesModel.h"
#include "pages/ChartTasteView.h"
#include "widgets/KpiCard.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tunescope::ui {
namespace {

enum Stack { Content = 0, Empty = 1 };

struct ChartData {
    std::vector<analytics::ChartEntry> entries;
    analytics::ChartKpis kpis;
};

// Refills a combo with (label, data) pairs, keeping the current choice when it is still there.
void refill(QComboBox* combo, const std::vector<std::pair<QString, QVariant>>& items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto& [label, data] : items) {
        combo->addItem(label, data);
    }
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

QWidget* emptyState(ChartsPage* page)
{
    auto* empty = new QWidget(page);
    auto* text = new QLabel(
        ChartsPage::tr("<h3>No Spotify Charts imported yet</h3>"
                       "<p>Download chart CSVs from <b>charts.spotify.com</b> (Charts → a region → the download "
                       "button), or use the old spotifycharts.com files or a public dataset such as Kaggle's "
                       "“Spotify Charts”. Tunescope reads all of them; region and date come from the file "
                       "name, or you say them.</p>"),
        empty);
    text->setObjectName(QStringLiteral("chartsEmpty"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    auto* import = new QPushButton(ChartsPage::tr("Import chart files…"), empty);
    import->setObjectName(QStringLiteral("chartsEmptyImport"));
    QObject::connect(import, &QPushButton::clicked, page, &ChartsPage::importRequested);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(import, 0, Qt::AlignHCenter);
    layout->addStretch();
    return empty;
}

} // namespace

ChartsPage::ChartsPage(QWidget* parent)
    : QWidget(parent), region_(new QComboBox(this)), periodChoice_(new QComboBox(this)), kind_(new QComboBox(this)),
      date_(new QComboBox(this)), stack_(new QStackedWidget(this)),
      topSongs_(new ChartPanel(QStringLiteral("chartsTopSongs"), this)), search_(new QLineEdit(this)),
      table_(new QTableView(this)), model_(new ChartEntriesModel(this)), proxy_(new QSortFilterProxyModel(this)),
      tabs_(new QTabWidget(this)), trajectory_(new ChartPanel(QStringLiteral("chartsTrajectory"), this)),
      presence_(new ChartPanel(QStringLiteral("chartsArtistPresence"), this)), taste_(new ChartTasteView(this))
{
    setObjectName(QStringLiteral("chartsPage"));
    region_->setObjectName(QStringLiteral("chartsRegion"));
    periodChoice_->setObjectName(QStringLiteral("chartsPeriod"));
    kind_->setObjectName(QStringLiteral("chartsKind"));
    date_->setObjectName(QStringLiteral("chartsDate"));
    region_->setToolTip(tr("Region"));
    date_->setToolTip(tr("Chart date: only the dates you imported for this region"));
    date_->setMinimumContentsLength(12);
    auto* import = new QPushButton(tr("Import charts…"), this);
    import->setObjectName(QStringLiteral("chartsImport"));
    auto* pickers = new QHBoxLayout;
    for (auto* combo : {region_, periodChoice_, kind_, date_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        pickers->addWidget(combo);
    }
    pickers->addStretch();
    pickers->addWidget(import);

    auto* content = new QWidget(this);
    auto* cards = new QHBoxLayout;
    totalStreams_ = addKpiCard(cards, content, QStringLiteral("chartsKpiStreams"), tr("Total streams"));
    entries_ = addKpiCard(cards, content, QStringLiteral("chartsKpiEntries"), tr("Entries"));
    artists_ = addKpiCard(cards, content, QStringLiteral("chartsKpiArtists"), tr("Unique artists"));
    average_ = addKpiCard(cards, content, QStringLiteral("chartsKpiAverage"), tr("Average streams per song"));
    topSong_ = addKpiCard(cards, content, QStringLiteral("chartsKpiTopSong"), tr("Top song"));
    topSong_->setWordWrap(true);

    search_->setObjectName(QStringLiteral("chartsSearch"));
    search_->setPlaceholderText(tr("Search track or artist"));
    search_->setClearButtonEnabled(true);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    table_->setObjectName(QStringLiteral("chartsTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(ChartEntriesModel::Rank, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ChartEntriesModel::Track, QHeaderView::Stretch);
    auto* tableSide = new QWidget(content);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(search_);
    tableLayout->addWidget(table_, 1);

    auto* top = new QSplitter(Qt::Horizontal, content);
    top->addWidget(topSongs_);
    top->addWidget(tableSide);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    topSongs_->setMinimumSize(560, 360);

    tabs_->setObjectName(QStringLiteral("chartsTabs"));
    tabs_->addTab(trajectory_, tr("Song over time"));
    tabs_->addTab(presence_, tr("Artist over time"));
    tabs_->addTab(taste_, tr("You and the charts"));
    trajectory_->setMinimumHeight(280);
    auto* split = new QSplitter(Qt::Vertical, content);
    split->addWidget(top);
    split->addWidget(tabs_);
    split->setChildrenCollapsible(false);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(cards);
    contentLayout->addWidget(split, 1);

    stack_->addWidget(content);
    stack_->addWidget(emptyState(this));
    stack_->setCurrentIndex(Empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(stack_, 1);

    connect(import, &QPushButton::clicked, this, &ChartsPage::importRequested);
    connect(region_, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriodsAndKinds();
        loadTaste();
    });
    connect(periodChoice_, &QComboBox::currentIndexChanged, this, [this] {
        fillDates();
        loadTaste();
    });
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        fillDates();
        loadTaste();
    });
    connect(date_, &QComboBox::currentIndexChanged, this, &ChartsPage::loadChart);
    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                loadTrajectory(proxy_->mapToSource(current).row());
                loadPresence(proxy_->mapToSource(current).row());
            });
}

QList<ChartPanel*> ChartsPage::chartPanels() const
{
    return {topSongs_, trajectory_, presence_};
}

void ChartsPage::setSource(const ProfileSession& session)
{
    session_ = std::make_unique<ProfileSession>(session);
    reload();
}

void ChartsPage::setRange(const analytics::Period& period, analytics::Metric metric)
{
    period_ = period;
    metric_ = metric;
    if (isVisible() && !charts_.empty()) {
        loadTaste();
    }
}

void ChartsPage::reload()
{
    stale_ = true;
    if (isVisible()) {
        load();
    }
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        load();
    }
}

void ChartsPage::load()
{
    if (!session_) {
        return;
    }
    stale_ = false;
    const ProfileSession session = *session_;
    const quint64 generation = ++generation_;
    runAsync(
        this,
        [session]() -> Result<std::vector<analytics::ChartSummary>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::listCharts(*db);
        },
        [this, generation](const Result<std::vector<analytics::ChartSummary>>& charts) {
            if (generation != generation_) {
                return;
            }
            charts_ = charts ? *charts : std::vector<analytics::ChartSummary>{};
            stack_->setCurrentIndex(charts_.empty() ? Empty : Content);
            if (!charts) {
                taste_->showMessage(QString::fromStdString(charts.error().message));
            }
            fillRegions();
            loadTaste();
        });
}

void ChartsPage::fillRegions()
{
    std::set<std::string> codes;
    for (const auto& c : charts_) {
        codes.insert(c.identity.region);
    }
    std::vector<std::pair<QString, QVariant>> items;
    items.reserve(codes.size());
    for (const auto& code : codes) {
        items.emplace_back(QString::fromStdString(ingest::regionDisplayName(code)), QString::fromStdString(code));
    }
    // Global first, the countries by name.
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        const bool aGlobal = a.second.toString() == QLatin1String("global");
        const bool bGlobal = b.second.toString() == QLatin1String("global");
        return aGlobal != bGlobal ? aGlobal : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    refill(region_, items);
    fillPeriodsAndKinds();
}

void ChartsPage::fillPeriodsAndKinds()
{
    const std::string region = region_->currentData().toString().toStdString();
    std::set<int> periods;
    std::set<int> kinds;
    for (const auto& c : charts_) {
        if (c.identity.region == region) {
            periods.insert(static_cast<int>(c.identity.period));
            kinds.insert(static_cast<int>(c.identity.kind));
        }
    }
    std::vector<std::pair<QString, QVariant>> periodItems;
    periodItems.reserve(periods.size());
    for (const int p : periods) {
        periodItems.emplace_back(p == static_cast<int>(ingest::ChartPeriod::Weekly) ? tr("Weekly") : tr("Daily"), p);
    }
    std::vector<std::pair<QString, QVariant>> kindItems;
    kindItems.reserve(kinds.size());
    for (const int k : kinds) {
        kindItems.emplace_back(k == static_cast<int>(ingest::ChartKind::Viral50) ? tr("Viral 50") : tr("Top 200"), k);
    }
    refill(periodChoice_, periodItems);
    refill(kind_, kindItems);
    fillDates();
}

void ChartsPage::fillDates()
{
    const auto chosen = scope();
    std::vector<std::pair<QString, QVariant>> items;
    if (chosen) {
        // Newest first: the chart a user most likely wants.
        for (auto it = charts_.rbegin(); it != charts_.rend(); ++it) { // NOLINT(modernize-loop-convert)
            const auto& id = it->identity;
            if (id.region == chosen->region && id.period == chosen->period && id.kind == chosen->kind) {
                const QDate date(id.date.year, static_cast<int>(id.date.month), static_cast<int>(id.date.day));
                items.emplace_back(QLocale().toString(date, QLocale::ShortFormat),
                                   QString::fromStdString(formatCivilDate(id.date)));
            }
        }
    }
    refill(date_, items);
    loadChart();
}

std::optional<analytics::ChartScope> ChartsPage::scope() const
{
    if (region_->currentIndex() < 0 || periodChoice_->currentIndex() < 0 || kind_->currentIndex() < 0) {
        return std::nullopt;
    }
    return analytics::ChartScope{region_->currentData().toString().toStdString(),
                                 static_cast<ingest::ChartPeriod>(periodChoice_->currentData().toInt()),
                                 static_cast<ingest::ChartKind>(kind_->currentData().toInt())};
}

void ChartsPage::loadChart()
{
    const auto chosen = scope();
    const auto date = parseCivilDate(date_->currentData().toString().toStdString());
    if (!session_ || !chosen || !date) {
        return;
    }
    const ingest::ChartIdentity chart{chosen->region, chosen->period, chosen->kind, *date};
    const ProfileSession session = *session_;
    const quint64 generation = ++chartGeneration_;
    runAsync(
        this,
        [session, chart]() -> Result<ChartData> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            auto entries = analytics::chartEntries(*db, chart);
            if (!entries) {
                return entries.error();
            }
            const auto kpis = analytics::kpisOf(*entries); // read once, for the table and the cards
            return ChartData{std::move(*entries), kpis};
        },
        [this, generation, chart](const Result<ChartData>& loaded) {
            if (generation != chartGeneration_) {
                return;
            }
            if (!loaded) {
                topSong_->setText(QString::fromStdString(loaded.error().message));
                return;
            }
            const auto& kpis = loaded->kpis;
            const QLocale locale;
            totalStreams_->setText(kpis.totalStreams > 0 ? locale.toString(static_cast<qlonglong>(kpis.totalStreams))
                                                         : QStringLiteral("—"));
            entries_->setText(locale.toString(static_cast<qulonglong>(kpis.entries)));
            artists_->setText(locale.toString(static_cast<qulonglong>(kpis.uniqueArtists)));
            average_->setText(kpis.totalStreams > 0 ? locale.toString(kpis.averageStreamsPerSong, 'f', 0)
                                                    : QStringLiteral("—"));
            if (kpis.topSong) {
                const auto& song = kpis.topSong->song;
                topSong_->setText(QString::fromStdString(song.title) + QStringLiteral("\n") +
                                  QString::fromStdString(song.artists));
                topSong_->setToolTip(kpis.topSong->streams
                                         ? tr("%Ln streams", nullptr, static_cast<int>(*kpis.topSong->streams))
                                         : QString());
            }
            model_->setEntries(loaded->entries);
            topSongs_->setContent(buildChartTopSongs(chart, loaded->entries));
            if (proxy_->rowCount() > 0) {
                table_->selectRow(0);
            }
            emit chartShown(model_->rowCount());
        });
}

void ChartsPage::loadTrajectory(int sourceRow)
{
    const auto* entry = model_->entryAt(sourceRow);
    const auto chosen = scope();
    if (entry == nullptr || !chosen || !session_) {
        return;
    }
    const ProfileSession session = *session_;
    const analytics::ChartSong song = entry->song;
    const analytics::ChartScope& where = *chosen;
    const quint64 generation = ++trajectoryGeneration_;
    runAsync(
        this,
        [session, song, where]() -> Result<std::vector<analytics::TrajectoryPoint>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::songTrajectory(*db, song.trackId, where);
        },
        [this, generation, song, where](const Result<std::vector<analytics::TrajectoryPoint>>& points) {
            if (generation != trajectoryGeneration_ || !points) {
                return;
            }
            trajectory_->setContent(buildSongTrajectory(song, where, *points));
            emit trajectoryShown();
        });
}

void ChartsPage::loadPresence(int sourceRow)
{
    const auto* entry = model_->entryAt(sourceRow);
    const auto chosen = scope();
    if (entry == nullptr || !chosen || !session_) {
        return;
    }
    // The song's first credited artist: the one the chart is about.
    const auto names = analytics::splitArtists(entry->song.artists);
    if (names.empty()) {
        return;
    }
    const ProfileSession session = *session_;
    const std::string& artist = names.front();
    const analytics::ChartScope& where = *chosen;
    const quint64 generation = ++presenceGeneration_;
    runAsync(
        this,
        [session, artist, where]() -> Result<std::vector<analytics::PresencePoint>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::artistPresence(*db, artist, where);
        },
        [this, generation, artist, where](const Result<std::vector<analytics::PresencePoint>>& points) {
            if (generation != presenceGeneration_ || !points) {
                return;
            }
            presence_->setContent(buildArtistPresence(QString::fromStdString(artist), where, *points));
            emit presenceShown();
        });
}

void ChartsPage::loadTaste()
{
    const auto chosen = scope();
    if (!session_ || !chosen || !period_) {
        return;
    }
    const ProfileSession session = *session_;
    const analytics::ChartScope& where = *chosen;
    const analytics::Period period = *period_;
    const analytics::Metric metric = metric_;
    const quint64 generation = ++tasteGeneration_;
    runAsync(
        this,
        [session, where, period, metric]() -> Result<analytics::ChartTaste> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::chartTaste(*db, where, period, metric);
        },
        [this, generation, where, metric](const Result<analytics::ChartTaste>& taste) {
            if (generation != tasteGeneration_) {
                return;
            }
            if (!taste) {
                taste_->showMessage(QString::fromStdString(taste.error().message));
                return;
            }
            taste_->show(*taste, where, metric);
            emit tasteShown();
        });
}

} // namespace tunescope::ui
