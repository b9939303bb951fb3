#include "pages/ComparePage.h"

#include "async/RunAsync.h"
#include "charts/ChartPanel.h"
#include "charts/CompareCharts.h"
#include "models/RankChangesModel.h"
#include "pages/ComparePeriodsBar.h"
#include "widgets/KpiCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace tunescope::ui {
namespace {

struct CompareLoad {
    analytics::PeriodComparison compared;
    analytics::Metric metric = analytics::Metric::Plays;
};

QDate localDate(UtcMs instant, const TimeZone& zone)
{
    const CivilDate date = civilFromDays(floorDiv(instant + zone.offsetMsAt(instant), kMsPerDay));
    return {date.year, static_cast<int>(date.month), static_cast<int>(date.day)};
}

// "1,234 ▲ 12% from 1,100": B's figure big, the change and A's figure small, coloured like the
// tables' markers.
QString kpiText(const QString& valueB, const QString& valueA, std::int64_t a, std::int64_t b)
{
    const auto change = analytics::relativeChange(a, b);
    QString note;
    if (!change) {
        note = QObject::tr("none in A");
    } else {
        const long percent = std::lround(*change * 100.0);
        const auto status = percent > 0   ? analytics::RankStatus::Up
                            : percent < 0 ? analytics::RankStatus::Down
                                          : analytics::RankStatus::Same;
        const QString arrow = percent > 0   ? QStringLiteral("▲")
                              : percent < 0 ? QStringLiteral("▼")
                                            : QStringLiteral("=");
        note = QStringLiteral("<span style=\"color:%1\">%2 %3%</span> ")
                   .arg(rankMoveColour(status).name(), arrow, QLocale().toString(std::abs(percent)));
        note += QObject::tr("from %1").arg(valueA);
    }
    return QStringLiteral("%1 <span style=\"font-size:small; font-weight:normal\">%2</span>").arg(valueB, note);
}

// Whole hours, or minutes while under ten hours (a short period would read "0 h").
QString listeningTime(std::int64_t ms)
{
    if (ms < 10 * 3'600'000LL) {
        return QObject::tr("%1 min").arg(QLocale().toString(static_cast<qlonglong>(ms / 60'000)));
    }
    return QObject::tr("%1 h").arg(QLocale().toString(static_cast<qlonglong>(ms / 3'600'000)));
}

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QTableView* makeTable(const QString& name, RankChangesModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(320);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(RankChangesModel::Name, QHeaderView::Stretch);
    return table;
}

QWidget* titled(const QString& title, QWidget* body, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(body);
    return box;
}

} // namespace

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent), periods_(new ComparePeriodsBar(this)), status_(new QLabel(this)),
      artistsModel_(new RankChangesModel(false, this)), tracksModel_(new RankChangesModel(true, this))
{
    setObjectName(QStringLiteral("comparePage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);

    auto* cards = new QHBoxLayout;
    listening_ = addKpiCard(cards, content, QStringLiteral("compareListening"), tr("Listening time in B"));
    plays_ = addKpiCard(cards, content, QStringLiteral("comparePlays"), tr("Plays in B"));
    artists_ = addKpiCard(cards, content, QStringLiteral("compareArtists"), tr("Artists in B"));
    tracks_ = addKpiCard(cards, content, QStringLiteral("compareTracks"), tr("Tracks in B"));
    for (auto* value : {listening_, plays_, artists_, tracks_}) {
        value->setTextFormat(Qt::RichText);
    }

    artistsTable_ = makeTable(QStringLiteral("compareArtistsTable"), artistsModel_, content);
    tracksTable_ = makeTable(QStringLiteral("compareTracksTable"), tracksModel_, content);
    chart_ = new ChartPanel(QStringLiteral("compareArtistsChart"), content);
    chart_->setMinimumHeight(420);

    auto* grid = new QGridLayout;
    grid->addWidget(titled(tr("Top artists"), artistsTable_, content), 0, 0);
    grid->addWidget(titled(tr("Top tracks"), tracksTable_, content), 0, 1);
    grid->addWidget(chart_, 1, 0, 1, 2);

    status_->setObjectName(QStringLiteral("compareStatus"));
    status_->setWordWrap(true);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(periods_);
    contentLayout->addWidget(status_);
    contentLayout->addLayout(cards);
    contentLayout->addLayout(grid);
    contentLayout->addStretch();
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(periods_, &ComparePeriodsBar::changed, this, &ComparePage::reload);
}

QList<ChartPanel*> ComparePage::chartPanels() const
{
    return {chart_};
}

void ComparePage::setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    session_ = session;
    metric_ = metric;
    const bool open =
        period.begin == std::numeric_limits<UtcMs>::min() || period.end == std::numeric_limits<UtcMs>::max();
    if (open) {
        const QDate today = QDate::currentDate();
        periods_->setB(today.addYears(-1).addDays(1), today);
    } else {
        periods_->setB(localDate(period.begin, period.zone), localDate(period.end - 1, period.zone));
    }
    reload();
}

void ComparePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        reload();
    }
}

void ComparePage::reload()
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
    const analytics::Period a = analytics::resolvePeriod(periods_->a(), session_->zone());
    const analytics::Period b = analytics::resolvePeriod(periods_->b(), session_->zone());
    status_->setText(tr("Comparing…"));
    runAsync(
        this,
        [session = *session_, a, b, metric = metric_]() -> Result<CompareLoad> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            auto compared = analytics::queryComparison(*db, a, b, metric, 10);
            if (!compared) {
                return compared.error();
            }
            return CompareLoad{std::move(compared).value(), metric};
        },
        [this, generation](const Result<CompareLoad>& result) {
            if (generation != generation_) {
                return; // the periods changed meanwhile; a newer answer is coming
            }
            if (!result) {
                status_->setText(tr("Cannot compare: %1").arg(QString::fromStdString(result.error().message)));
                return;
            }
            fill(result->compared, result->metric);
        });
}

void ComparePage::fill(const analytics::PeriodComparison& compared, analytics::Metric metric)
{
    const auto& a = compared.a;
    const auto& b = compared.b;
    if (a.plays == 0 && b.plays == 0) {
        status_->setText(tr("No music plays in either period: choose other dates."));
    } else {
        status_->setText(tr("B: %1 compared with A: %2").arg(periods_->bText(), periods_->aText()));
    }
    listening_->setText(kpiText(listeningTime(b.msPlayed), listeningTime(a.msPlayed), a.msPlayed, b.msPlayed));
    plays_->setText(kpiText(count(b.plays), count(a.plays), a.plays, b.plays));
    artists_->setText(kpiText(count(b.uniqueArtists), count(a.uniqueArtists), a.uniqueArtists, b.uniqueArtists));
    tracks_->setText(kpiText(count(b.uniqueTracks), count(a.uniqueTracks), a.uniqueTracks, b.uniqueTracks));
    artistsModel_->setComparison(compared.artists, metric);
    tracksModel_->setComparison(compared.tracks, metric);
    chart_->setContent(buildCompareArtistsChart(compared.artists, metric, tr("A: %1").arg(periods_->aText()),
                                                tr("B: %1").arg(periods_->bText())));
    emit filled();
}

} // namespace tunescope::ui
