#include "pages/DetailsPane.h"

#include "charts/ChartBuilders.h"
#include "charts/ChartPanel.h"
#include "pages/GenreLine.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tunescope::ui {
namespace {

QString localTime(const std::optional<UtcMs>& instant, const TimeZone& zone)
{
    if (!instant) {
        return QStringLiteral("—");
    }
    return QDateTime::fromMSecsSinceEpoch(*instant + zone.offsetMsAt(*instant), QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), facts_(new QLabel(this)), genres_(new QLabel(this)),
      timeline_(new ChartPanel(QStringLiteral("detailsTimelineChart"), this))
{
    setObjectName(QStringLiteral("detailsPane"));
    setMinimumWidth(380);
    title_->setObjectName(QStringLiteral("detailsTitle"));
    facts_->setObjectName(QStringLiteral("detailsFacts"));
    genres_->setObjectName(QStringLiteral("detailsGenres"));
    genres_->setWordWrap(true);
    genres_->hide();
    QFont font = title_->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title_->setFont(font);
    title_->setWordWrap(true);
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(facts_);
    layout->addWidget(genres_);
    layout->addWidget(timeline_, 1);
    title_->setText(tr("Click a bar or a row to see an artist or a track here."));
}

void DetailsPane::show(const analytics::SubjectDetails& details, analytics::Metric metric, const TimeZone& zone)
{
    QString title = QString::fromStdString(details.name);
    if (!details.creator.empty()) {
        title += QStringLiteral(" — ") + QString::fromStdString(details.creator);
    }
    title_->setText(title);
    const QLocale locale;
    const QString plays = tr("%Ln plays", nullptr, static_cast<int>(details.plays));
    facts_->setText(tr("All time: %1 · %2 h %3 min\nFirst play: %4\nLast play: %5")
                        .arg(plays)
                        .arg(details.msPlayed / 3'600'000)
                        .arg(details.msPlayed / 60'000 % 60)
                        .arg(localTime(details.firstPlay, zone), localTime(details.lastPlay, zone)));
    genres_->setText(genreLine(details.genres));
    genres_->setVisible(!details.genres.empty());
    timeline_->setContent(buildTimelineChart(details.timeline, metric, analytics::Bucket::Month,
                                             tr("%1 per month").arg(QString::fromStdString(details.name))));
}

} // namespace tunescope::ui
