#include "pages/InsightsPage.h"

#include "async/RunAsync.h"
#include "charts/ChartPanel.h"
#include "charts/InsightsCharts.h"
#include "models/SpotifyTopModel.h"
#include "pages/EmptyState.h"
#include "pages/InsightsLoad.h"
#include "widgets/KpiCard.h"

#include <QDate>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace tunescope::ui {
namespace {

constexpr int kCardsPerRow = 4;

QWidget* makeEmptyState(InsightsPage* page)
{
    auto* empty = new QWidget(page);
    empty->setObjectName(QStringLiteral("insightsEmpty"));
    auto* text = new QLabel(empty);
    text->setObjectName(QStringLiteral("insightsEmptyText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(QObject::tr("<h2>Nothing to look into yet</h2>"
                              "<p>Insights read your streaming history: your listening sessions, your longest "
                              "streaks, what you skip, and a calendar of your year in music.</p>"
                              "<p>Import the export from Spotify's privacy page (<b>File › Import</b>, Ctrl+I), "
                              "or choose a period with music in it.</p>"));
    auto* import = new QPushButton(QObject::tr("Import my export…"), empty);
    import->setObjectName(QStringLiteral("insightsImport"));
    import->setDefault(true);
    QObject::connect(import, &QPushButton::clicked, page, &InsightsPage::importRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addStretch();
    placeInCentredColumn(empty, text, buttons);
    return empty;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(2, 10, 0, 2);
    return label;
}

QString daysText(int days)
{
    return QObject::tr("%Ln days", nullptr, days);
}

QString dateText(CivilDate day)
{
    return QLocale().toString(QDate(day.year, static_cast<int>(day.month), static_cast<int>(day.day)),
                              QStringLiteral("d MMM yyyy"));
}

// "Sat 9 Mar 2024, 23:46" in the period's zone.
QString localDateTimeText(UtcMs instant, const TimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(instant + zone.offsetMsAt(instant), QTimeZone::utc());
    return QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString streakDates(const analytics::Streak& streak)
{
    return streak.days <= 1 ? dateText(streak.first)
                            : QObject::tr("%1 – %2").arg(dateText(streak.first), dateText(streak.last));
}

} // namespace

void InsightsPage::Kpi::show(const QString& valueText, const QString& detailText) const
{
    value->setText(valueText);
    detail->setText(detailText);
    detail->setToolTip(detailText); // an elided detail can still be read in full
}

InsightsPage::Kpi InsightsPage::addCard(const QString& objectName, const QString& caption)
{
    const int index = cards_->count();
    auto* cell = new QHBoxLayout;
    cards_->addLayout(cell, index / kCardsPerRow, index % kCardsPerRow);
    Kpi kpi;
    kpi.value = addKpiCard(cell, content_, objectName, caption);
    kpi.detail = new QLabel(kpi.value->parentWidget());
    kpi.detail->setObjectName(objectName + QStringLiteral("Detail"));
    kpi.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    kpi.detail->setForegroundRole(QPalette::PlaceholderText);
    kpi.detail->setMinimumWidth(1); // long artist names must not widen the card
    kpi.value->parentWidget()->layout()->addWidget(kpi.detail);
    return kpi;
}

InsightsPage::InsightsPage(QWidget* parent)
    : QWidget(parent), stack_(new QStackedWidget(this)), content_(new QWidget(this)), empty_(makeEmptyState(this)),
      status_(new QLabel(this)), loadingHint_(new QTimer(this))
{
    setObjectName(QStringLiteral("insightsPage"));
    auto* scroll = new QScrollArea(content_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);

    cards_ = new QGridLayout;
    for (int column = 0; column < kCardsPerRow; ++column) {
        cards_->setColumnStretch(column, 1); // equal cards, in line from row to row
    }
    sessions_ = addCard(QStringLiteral("kpiSessions"), tr("Listening sessions"));
    typicalSession_ = addCard(QStringLiteral("kpiTypicalSession"), tr("Typical session"));
    longestSession_ = addCard(QStringLiteral("kpiLongestSession"), tr("Longest session"));
    listeningStreak_ = addCard(QStringLiteral("kpiListeningStreak"), tr("Longest streak"));
    artistStreak_ = addCard(QStringLiteral("kpiArtistStreak"), tr("Longest one-artist streak"));
    skipRate_ = addCard(QStringLiteral("kpiSkipRate"), tr("Skip rate"));
    shuffle_ = addCard(QStringLiteral("kpiShuffle"), tr("On shuffle"));
    newMusic_ = addCard(QStringLiteral("kpiNewMusic"), tr("New music"));
    layout->addLayout(cards_);

    calendar_ = new ChartPanel(QStringLiteral("calendarHeatmapChart"), inner);
    calendar_->setMinimumHeight(270);
    sessionLengths_ = new ChartPanel(QStringLiteral("sessionLengthChart"), inner);
    skippedArtists_ = new ChartPanel(QStringLiteral("mostSkippedArtistsChart"), inner);
    skipsByHour_ = new ChartPanel(QStringLiteral("skipRateByHourChart"), inner);
    discovery_ = new ChartPanel(QStringLiteral("discoveryChart"), inner);
    newArtists_ = new ChartPanel(QStringLiteral("newArtistsChart"), inner);
    spokenSection_ = new QWidget(inner);
    spokenSummary_ = new QLabel(spokenSection_);
    spokenSummary_->setObjectName(QStringLiteral("spokenSummary"));
    spokenSummary_->setWordWrap(true);
    shows_ = new ChartPanel(QStringLiteral("topShowsChart"), spokenSection_);
    books_ = new ChartPanel(QStringLiteral("topAudiobooksChart"), spokenSection_);
    countries_ = new ChartPanel(QStringLiteral("countriesChart"), inner);
    platforms_ = new ChartPanel(QStringLiteral("platformFamiliesChart"), inner);
    for (auto* panel : {sessionLengths_, skippedArtists_, skipsByHour_, discovery_, newArtists_, countries_, platforms_,
                        shows_, books_}) {
        panel->setMinimumHeight(330);
    }
    layout->addWidget(sectionTitle(tr("Your listening days"), inner));
    layout->addWidget(calendar_);
    layout->addWidget(sectionTitle(tr("Sessions and skips"), inner));
    auto* grid = new QGridLayout;
    grid->addWidget(sessionLengths_, 0, 0);
    grid->addWidget(skippedArtists_, 0, 1);
    grid->addWidget(skipsByHour_, 1, 0, 1, 2);
    layout->addLayout(grid);
    layout->addWidget(sectionTitle(tr("New music"), inner));
    auto* discovered = new QGridLayout;
    discovered->addWidget(discovery_, 0, 0);
    discovered->addWidget(newArtists_, 0, 1);
    layout->addLayout(discovered);
    layout->addWidget(sectionTitle(tr("Where and on what"), inner));
    auto* places = new QGridLayout;
    places->addWidget(countries_, 0, 0);
    places->addWidget(platforms_, 0, 1);
    layout->addLayout(places);
    auto* spoken = new QGridLayout(spokenSection_);
    spoken->setContentsMargins(0, 0, 0, 0);
    spoken->addWidget(sectionTitle(tr("Podcasts and audiobooks"), spokenSection_), 0, 0, 1, 2);
    spoken->addWidget(spokenSummary_, 1, 0, 1, 2);
    spoken->addWidget(shows_, 2, 0);
    spoken->addWidget(books_, 2, 1);
    layout->addWidget(spokenSection_);
    layout->addStretch(1);
    scroll->setWidget(inner);

    status_->setObjectName(QStringLiteral("insightsStatus"));
    status_->setWordWrap(true);
    status_->setContentsMargins(9, 6, 9, 0);
    status_->hide();
    // A big history takes a while for all time: say so, but not for the quick loads.
    loadingHint_->setSingleShot(true);
    loadingHint_->setInterval(400);
    connect(loadingHint_, &QTimer::timeout, this, [this] {
        status_->setText(tr("Reading your listening for this period…"));
        status_->show();
    });
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(status_);
    contentLayout->addWidget(scroll, 1);

    stack_->addWidget(content_);
    stack_->addWidget(empty_);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(stack_);
}

QList<ChartPanel*> InsightsPage::chartPanels() const
{
    QList<ChartPanel*> panels{calendar_,  sessionLengths_, skippedArtists_, skipsByHour_,
                              discovery_, newArtists_,     countries_,      platforms_};
    if (!spokenSection_->isHidden()) {
        panels << shows_ << books_;
    }
    return panels;
}

bool InsightsPage::showsEmptyState() const
{
    return stack_->currentWidget() == empty_;
}

void InsightsPage::setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    session_ = session;
    period_ = period;
    metric_ = metric;
    reload();
}

void InsightsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        reload();
    }
}

void InsightsPage::reload()
{
    if (!session_) {
        return;
    }
    if (!isVisible()) {
        stale_ = true; // nobody looks: no scan until the page is shown
        return;
    }
    stale_ = false;
    const quint64 generation = ++generation_;
    loadingHint_->start();
    runAsync(
        this,
        [session = *session_, period = period_, metric = metric_] { return loadInsights(session, period, metric); },
        [this, generation](const Result<InsightsData>& result) {
            if (generation != generation_) {
                return; // the period changed meanwhile; a newer answer is coming
            }
            loadingHint_->stop();
            if (!result) {
                stack_->setCurrentWidget(content_);
                status_->setText(
                    tr("Cannot read the insights: %1").arg(QString::fromStdString(result.error().message)));
                status_->show();
                return;
            }
            status_->hide();
            fill(*result);
        });
}

void InsightsPage::fill(const InsightsData& insights)
{
    if (insights.empty()) {
        stack_->setCurrentWidget(empty_);
        emit filled();
        return;
    }
    stack_->setCurrentWidget(content_);
    fillCards(insights);
    calendar_->setContent(buildCalendarChart(insights.calendar));
    sessionLengths_->setContent(buildSessionLengthChart(insights.sessions.lengthsMs));
    skippedArtists_->setContent(buildMostSkippedArtistsChart(insights.skips.mostSkippedArtists));
    skipsByHour_->setContent(buildSkipRateByHourChart(insights.skips.byHour));
    discovery_->setContent(buildDiscoveryChart(insights.discovery.months));
    newArtists_->setContent(buildNewArtistsChart(insights.discovery.topNewArtists, insights.metric));
    const bool plays = insights.metric == analytics::Metric::Plays;
    countries_->setContent(buildPlacesChart(plays ? tr("Countries by plays") : tr("Countries by listening time"),
                                            insights.places.countries, insights.metric));
    platforms_->setContent(buildPlacesChart(plays ? tr("Devices by plays") : tr("Devices by listening time"),
                                            insights.places.platformFamilies, insights.metric));
    fillSpoken(insights);
    emit filled();
}

void InsightsPage::fillSpoken(const InsightsData& insights)
{
    const auto& spoken = insights.spoken;
    spokenSection_->setHidden(spoken.shows.empty() && spoken.books.empty());
    if (spokenSection_->isHidden()) {
        return;
    }
    QString summary =
        tr("Podcasts %1, audiobooks %2.").arg(listeningTime(spoken.podcastMs), listeningTime(spoken.audiobookMs));
    if (spoken.finishedKnown) {
        summary += QLatin1Char(' ') + tr("Episodes and chapters heard to the end: %1.")
                                          .arg(QLocale().toString(static_cast<qlonglong>(spoken.episodesFinished)));
    }
    spokenSummary_->setText(summary);
    const bool plays = insights.metric == analytics::Metric::Plays;
    shows_->setContent(buildSpokenChart(plays ? tr("Top podcasts by plays") : tr("Top podcasts by listening time"),
                                        spoken.shows, insights.metric));
    books_->setContent(buildSpokenChart(plays ? tr("Top audiobooks by plays") : tr("Top audiobooks by listening time"),
                                        spoken.books, insights.metric));
}

void InsightsPage::fillCards(const InsightsData& insights)
{
    const QLocale locale;
    const auto& s = insights.sessions;
    const bool any = s.count > 0;
    const QString none = QStringLiteral("—");
    sessions_.show(locale.toString(static_cast<qulonglong>(s.count)), tr("a gap of 30 min ends one"));
    typicalSession_.show(any ? listeningTime(s.medianMs) : none, tr("median length"));
    longestSession_.show(any ? listeningTime(s.longest.lengthMs()) : none,
                         any ? localDateTimeText(s.longest.start, period_.zone) : QString());
    const auto& streaks = insights.streaks;
    listeningStreak_.show(streaks.listening.days > 0 ? daysText(streaks.listening.days) : none,
                          streaks.listening.days > 0 ? streakDates(streaks.listening) : tr("days with music in a row"));
    artistStreak_.show(streaks.artist.days > 0 ? daysText(streaks.artist.days) : none,
                       streaks.artist.days > 0 ? QString::fromStdString(streaks.artistName) : QString());
    const auto& skips = insights.skips;
    skipRate_.show(skips.overall.rows > 0 ? percentText(skips.overall.rate()) : none,
                   tr("of %1 tracks started").arg(locale.toString(static_cast<qlonglong>(skips.overall.rows))));
    shuffle_.show(skips.rowsWithFlags > 0 ? percentText(skips.shuffleShare) : none,
                  skips.rowsWithFlags > 0 ? tr("offline %1").arg(percentText(skips.offlineShare))
                                          : tr("the export does not say"));
    const auto& discovery = insights.discovery;
    const bool anyNew = !discovery.topNewArtists.empty();
    newMusic_.show(percentText(discovery.newShare(insights.metric)),
                   anyNew ? tr("top new: %1").arg(QString::fromStdString(discovery.topNewArtists.front().name))
                          : tr("tracks first heard in their month"));
}

} // namespace tunescope::ui
