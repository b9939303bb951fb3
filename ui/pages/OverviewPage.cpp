#include "pages/OverviewPage.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

#include <QValueAxis>
#include <ranges>

namespace tunescope::ui {
namespace {

constexpr int kNameWidthPx = 190;

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

// Top list as horizontal bars, best at the top; long names are elided.
QChart* topChart(const QString& title, const std::vector<analytics::TopEntry>& entries, const QFontMetrics& metrics)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(QObject::tr("Plays"));
    QStringList names;
    // Qt draws the last category at the top: add the best entry last.
    for (const auto& entry : std::ranges::reverse_view(entries)) {
        QString name = QString::fromStdString(entry.name);
        if (!entry.artist.empty()) {
            name += QStringLiteral(" — ") + QString::fromStdString(entry.artist);
        }
        // Categories must be unique: the rank makes them so, and tells the order at a glance.
        names << QStringLiteral("%1. %2").arg(entry.rank).arg(metrics.elidedText(name, Qt::ElideRight, kNameWidthPx));
        *set << static_cast<qreal>(entry.plays);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(QObject::tr("plays"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    return chart;
}

QChart* timelineChart(const std::vector<analytics::TimelinePoint>& points)
{
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Listening per month"));
    chart->legend()->hide();
    auto* upper = new QLineSeries;
    qreal maxHours = 0;
    for (const auto& p : points) {
        const QDateTime month(QDate(p.start.year, static_cast<int>(p.start.month), 1), QTime(0, 0), QTimeZone::utc());
        const qreal hours = static_cast<qreal>(p.msPlayed) / 3'600'000.0;
        upper->append(static_cast<qreal>(month.toMSecsSinceEpoch()), hours);
        maxHours = std::max(maxHours, hours);
    }
    auto* series = new QAreaSeries(upper);
    chart->addSeries(series);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    time->setTickCount(std::min<int>(9, std::max<int>(2, static_cast<int>(points.size()))));
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(QObject::tr("hours"));
    values->setRange(0, std::max<qreal>(1, maxHours));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent), cards_(new QHBoxLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(cards_);
    plays_ = addCard(QStringLiteral("kpiPlays"), tr("Plays"));
    listening_ = addCard(QStringLiteral("kpiListening"), tr("Listening time"));
    artists_ = addCard(QStringLiteral("kpiArtists"), tr("Artists"));
    tracks_ = addCard(QStringLiteral("kpiTracks"), tr("Tracks"));
    topArtist_ = addCard(QStringLiteral("kpiTopArtist"), tr("Top artist"));

    auto* charts = new QGridLayout;
    topArtistsView_ = makeChartView(QStringLiteral("topArtistsChart"), this);
    topTracksView_ = makeChartView(QStringLiteral("topTracksChart"), this);
    timelineView_ = makeChartView(QStringLiteral("timelineChart"), this);
    charts->addWidget(topArtistsView_, 0, 0);
    charts->addWidget(topTracksView_, 0, 1);
    charts->addWidget(timelineView_, 1, 0, 1, 2);
    layout->addLayout(charts, 1);
}

QLabel* OverviewPage::addCard(const QString& objectName, const QString& title)
{
    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    auto* caption = new QLabel(title, card);
    auto* value = new QLabel(QStringLiteral("—"), card);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    value->setFont(font);
    layout->addWidget(caption);
    layout->addWidget(value);
    cards_->addWidget(card);
    return value;
}

void OverviewPage::show(const analytics::Overview& overview)
{
    const QLocale locale;
    const auto& t = overview.totals;
    plays_->setText(locale.toString(static_cast<qlonglong>(t.plays)));
    listening_->setText(tr("%1 h").arg(locale.toString(static_cast<qlonglong>(t.msPlayed / 3'600'000))));
    artists_->setText(locale.toString(static_cast<qlonglong>(t.uniqueArtists)));
    tracks_->setText(locale.toString(static_cast<qlonglong>(t.uniqueTracks)));
    topArtist_->setText(overview.topArtists.empty() ? QStringLiteral("—")
                                                    : QString::fromStdString(overview.topArtists.front().name));
    const QFontMetrics metrics(font());
    topArtistsView_->setChart(topChart(tr("Top artists"), overview.topArtists, metrics));
    topTracksView_->setChart(topChart(tr("Top tracks"), overview.topTracks, metrics));
    timelineView_->setChart(timelineChart(overview.timeline));
}

} // namespace tunescope::ui
