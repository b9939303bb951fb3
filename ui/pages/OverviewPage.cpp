#include "pages/OverviewPage.h"

#include "charts/ChartBuilders.h"
#include "charts/ChartPanel.h"
#include "pages/GenreLine.h"
#include "widgets/KpiCard.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace tunescope::ui {

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent), cards_(new QHBoxLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(cards_);
    plays_ = addKpiCard(cards_, this, QStringLiteral("kpiPlays"), tr("Plays"));
    listening_ = addKpiCard(cards_, this, QStringLiteral("kpiListening"), tr("Listening time"));
    artists_ = addKpiCard(cards_, this, QStringLiteral("kpiArtists"), tr("Artists"));
    tracks_ = addKpiCard(cards_, this, QStringLiteral("kpiTracks"), tr("Tracks"));
    topArtist_ = addKpiCard(cards_, this, QStringLiteral("kpiTopArtist"), tr("Top artist"));

    auto* grid = new QGridLayout;
    // Created in reading order (the grid below), which is the Tab order.
    topArtists_ = new ChartPanel(QStringLiteral("topArtistsChart"), content);
    topTracks_ = new ChartPanel(QStringLiteral("topTracksChart"), content);
    timeline_ = new ChartPanel(QStringLiteral("timelineChart"), content);
    heatmap_ = new ChartPanel(QStringLiteral("heatmapChart"), content);
    topAlbums_ = new ChartPanel(QStringLiteral("topAlbumsChart"), content);
    for (auto* panel : {topArtists_, topTracks_, topAlbums_, timeline_, heatmap_}) {
        panel->setMinimumHeight(330);
    }
    grid->addWidget(topArtists_, 0, 0);
    grid->addWidget(topTracks_, 0, 1);
    grid->addWidget(timeline_, 1, 0, 1, 2);
    grid->addWidget(heatmap_, 2, 0);
    grid->addWidget(topAlbums_, 2, 1);
    layout->addLayout(grid, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QList<ChartPanel*> OverviewPage::chartPanels() const
{
    return {topArtists_, topTracks_, topAlbums_, timeline_, heatmap_};
}

void OverviewPage::connectBars(ChartPanel* panel, const std::vector<analytics::TopEntry>& entries,
                               analytics::Subject::Kind kind,
                               const std::map<std::int64_t, std::vector<std::string>>& genres)
{
    auto* view = qobject_cast<QChartView*>(panel->view());
    if (!view || view->chart()->series().isEmpty()) {
        return;
    }
    auto* series = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().front());
    if (!series) {
        return;
    }
    view->setToolTip(tr("Click a bar for details"));
    const int count = static_cast<int>(entries.size());
    // Bars run bottom-up (best at the top), so bar i is entry count - 1 - i.
    connect(series, &QHorizontalBarSeries::clicked, this, [this, entries, kind, count](int index, QBarSet*) {
        const int entry = count - 1 - index;
        if (entry >= 0 && entry < count) {
            emit subjectActivated(analytics::Subject{kind, entries[static_cast<std::size_t>(entry)].id});
        }
    });
    connect(series, &QHorizontalBarSeries::hovered, view, [view, entries, count, genres](bool on, int index, QBarSet*) {
        const int entry = count - 1 - index;
        if (!on || entry < 0 || entry >= count) {
            view->setToolTip(QObject::tr("Click a bar for details"));
            return;
        }
        const auto& e = entries[static_cast<std::size_t>(entry)];
        QString name = QString::fromStdString(e.name);
        if (!e.artist.empty()) {
            name += QStringLiteral(" — ") + QString::fromStdString(e.artist);
        }
        QString tip = QObject::tr("%1\n%2 plays, %3 h %4 min")
                          .arg(name, QLocale().toString(static_cast<qlonglong>(e.plays)))
                          .arg(e.msPlayed / 3'600'000)
                          .arg(e.msPlayed / 60'000 % 60);
        if (const auto found = genres.find(e.id); found != genres.end() && !found->second.empty()) {
            tip += QLatin1Char('\n') + genreLine(found->second);
        }
        view->setToolTip(tip);
    });
}

void OverviewPage::show(const analytics::Overview& overview, analytics::Metric metric, analytics::Bucket bucket,
                        const std::map<std::int64_t, std::vector<std::string>>& artistGenres)
{
    const QLocale locale;
    const auto& t = overview.totals;
    plays_->setText(locale.toString(static_cast<qlonglong>(t.plays)));
    listening_->setText(tr("%1 h").arg(locale.toString(static_cast<qlonglong>(t.msPlayed / 3'600'000))));
    artists_->setText(locale.toString(static_cast<qlonglong>(t.uniqueArtists)));
    tracks_->setText(locale.toString(static_cast<qlonglong>(t.uniqueTracks)));
    topArtist_->setText(overview.topArtists.empty() ? QStringLiteral("—")
                                                    : QString::fromStdString(overview.topArtists.front().name));
    topArtists_->setContent(buildTopChart(analytics::TopKind::Artists, overview.topArtists, metric));
    topTracks_->setContent(buildTopChart(analytics::TopKind::Tracks, overview.topTracks, metric));
    timeline_->setContent(buildTimelineChart(overview.timeline, metric, bucket));
    connectBars(topArtists_, overview.topArtists, analytics::Subject::Kind::Creator, artistGenres);
    connectBars(topTracks_, overview.topTracks, analytics::Subject::Kind::Item);
    emit firstScreenFilled();

    const bool queued = pendingBottomRow_.has_value();
    pendingBottomRow_ = BottomRow{overview.topAlbums, overview.heatmap, metric};
    if (!queued) {
        QMetaObject::invokeMethod(this, "fillBottomRow", Qt::QueuedConnection);
    }
}

void OverviewPage::fillBottomRow()
{
    if (!pendingBottomRow_) {
        return;
    }
    const BottomRow row = *std::exchange(pendingBottomRow_, std::nullopt);
    topAlbums_->setContent(buildTopChart(analytics::TopKind::Albums, row.topAlbums, row.metric));
    heatmap_->setContent(buildHeatmapChart(row.heatmap, row.metric));
    connectBars(topAlbums_, row.topAlbums, analytics::Subject::Kind::Album);
    emit filled();
}

} // namespace tunescope::ui
