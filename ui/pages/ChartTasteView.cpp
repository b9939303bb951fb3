#include "pages/ChartTasteView.h"

#include "ingest/ChartRegions.h"

#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tunescope::ui {
namespace {

QTreeWidget* makeList(const QString& objectName, const QStringList& header, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(header);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString songLabel(const analytics::ChartSong& song)
{
    return QString::fromStdString(song.title) + QStringLiteral(" — ") + QString::fromStdString(song.artists);
}

QString shortDate(CivilDate date)
{
    return QLocale().toString(QDate(date.year, static_cast<int>(date.month), static_cast<int>(date.day)),
                              QLocale::ShortFormat);
}

} // namespace

ChartTasteView::ChartTasteView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)),
      early_(makeList(QStringLiteral("chartEarlyFinds"),
                      {tr("Song"), tr("You first played"), tr("Charted"), tr("Days ahead")}, this)),
      unplayed_(makeList(QStringLiteral("chartUnplayedHits"), {tr("Song"), tr("Best rank"), tr("Streams")}, this))
{
    summary_->setObjectName(QStringLiteral("chartTasteSummary"));
    summary_->setWordWrap(true);
    auto* lists = new QHBoxLayout;
    lists->addWidget(titled(tr("You played them before they charted"), early_, this));
    lists->addWidget(titled(tr("Charting songs you never played"), unplayed_, this));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(lists, 1);
}

void ChartTasteView::showMessage(const QString& message)
{
    summary_->setText(message);
    early_->clear();
    unplayed_->clear();
}

void ChartTasteView::show(const analytics::ChartTaste& taste, const analytics::ChartScope& scope,
                          analytics::Metric metric)
{
    const QString region = QString::fromStdString(ingest::regionDisplayName(scope.region));
    const QString share = QLocale().toString(taste.chartingShare * 100.0, 'f', 1);
    summary_->setText(tr("%1% of your %2 in this period was songs on the imported %3 charts. You played %4 of "
                         "their %5 songs.")
                          .arg(share, metric == analytics::Metric::Plays ? tr("plays") : tr("listening time"), region)
                          .arg(taste.playedChartSongs)
                          .arg(taste.chartSongs));
    early_->clear();
    for (const auto& find : taste.earlyFinds) {
        auto* item = new QTreeWidgetItem(early_, {songLabel(find.song), shortDate(find.firstPlayed),
                                                  shortDate(find.firstCharted), QString::number(find.daysBefore)});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    unplayed_->clear();
    for (const auto& hit : taste.unplayedHits) {
        auto* item = new QTreeWidgetItem(unplayed_, {songLabel(hit.song),
                                                     hit.bestRank ? QString::number(*hit.bestRank) : QString(),
                                                     QLocale().toString(static_cast<qlonglong>(hit.totalStreams))});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace tunescope::ui
