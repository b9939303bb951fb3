#include "widgets/SpotifyStatus.h"

#include "SpotifyLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace tunescope::ui {

SpotifyStatus::SpotifyStatus(SpotifyLink* link, QWidget* parent)
    : QWidget(parent), link_(link), label_(new QLabel(this)), progress_(new QProgressBar(this)),
      cancel_(new QToolButton(this))
{
    setObjectName(QStringLiteral("spotifyStatus"));
    label_->setObjectName(QStringLiteral("spotifyStatusLabel"));
    progress_->setObjectName(QStringLiteral("spotifySyncProgress"));
    progress_->setMaximumWidth(140);
    progress_->setMaximumHeight(fontMetrics().height());
    progress_->setTextVisible(false);
    cancel_->setObjectName(QStringLiteral("spotifySyncCancel"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop syncing with Spotify; what was fetched is kept"));
    cancel_->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(progress_);
    layout->addWidget(cancel_);
    layout->addWidget(label_);
    showBusy(false);

    label_->setText(link_->statusText());
    connect(link_, &SpotifyLink::stateChanged, this, [this] { label_->setText(link_->statusText()); });
    connect(link_, &SpotifyLink::busyChanged, this, [this] {
        const auto job = link_->job();
        showBusy(job == SpotifyLink::Job::Sync || job == SpotifyLink::Job::Poll);
    });
    connect(link_, &SpotifyLink::syncProgress, this, [this](const QString& step, int done, int total) {
        progress_->setRange(0, std::max(1, total));
        progress_->setValue(done);
        progress_->setToolTip(step);
    });
    // What the last sync did stays at hand after the status bar message gives way to others.
    connect(link_, &SpotifyLink::syncFinished, label_, &QLabel::setToolTip);
    connect(cancel_, &QToolButton::clicked, link_, &SpotifyLink::cancel);
}

void SpotifyStatus::showBusy(bool busy)
{
    progress_->setRange(0, 0); // busy until the first step is announced
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
}

} // namespace tunescope::ui
