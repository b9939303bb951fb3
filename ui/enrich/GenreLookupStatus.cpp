#include "enrich/GenreLookupStatus.h"

#include "enrich/GenreEnrichmentController.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace tunescope::ui {
namespace {

constexpr int kReloadEvery = 25; // artists: about every 25 s at MusicBrainz's pace

} // namespace

GenreLookupStatus::GenreLookupStatus(QWidget* parent)
    : QWidget(parent), text_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QToolButton(this))
{
    setObjectName(QStringLiteral("genreLookupStatus"));
    text_->setObjectName(QStringLiteral("genreLookupText"));
    bar_->setObjectName(QStringLiteral("genreLookupProgress"));
    bar_->setMaximumWidth(160);
    bar_->setTextVisible(true);
    cancel_->setObjectName(QStringLiteral("genreLookupCancel"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop looking up genres; what was found is kept, and the next run goes on from here"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, this, &GenreLookupStatus::cancel);
    hide();
}

void GenreLookupStatus::setProfile(const ProfileSession& session)
{
    if (controller_ != nullptr) {
        controller_->cancel();
        controller_->deleteLater();
    }
    attach(new GenreEnrichmentController(session, this));
}

void GenreLookupStatus::attach(GenreEnrichmentController* controller)
{
    controller_ = controller;
    connect(controller_, &GenreEnrichmentController::progress, this, [this](int done, int total, const QString& name) {
        bar_->setRange(0, std::max(1, total));
        bar_->setValue(done);
        // The charts fill as the genres come in: a reload every so many artists.
        if (done - reloadedAt_ >= kReloadEvery) {
            reloadedAt_ = done;
            emit genresChanged();
        }
        const QString line = tr("Looking up genres (MusicBrainz, 1 artist a second): %1").arg(name);
        text_->setText(fontMetrics().elidedText(line, Qt::ElideRight, 420));
        text_->setToolTip(line);
    });
    connect(controller_, &GenreEnrichmentController::finished, this, [this](const QString& summary, bool changed) {
        hide();
        emit message(summary);
        if (changed) {
            emit genresChanged();
        }
    });
}

void GenreLookupStatus::start()
{
    if (controller_ == nullptr || controller_->isRunning()) {
        return;
    }
    reloadedAt_ = 0;
    if (controller_->start()) {
        text_->setText(tr("Looking up genres (MusicBrainz, 1 artist a second)…"));
        bar_->setRange(0, 0); // busy until the first artist is counted
        show();
    }
}

void GenreLookupStatus::cancel()
{
    if (controller_ != nullptr) {
        controller_->cancel();
    }
}

bool GenreLookupStatus::isRunning() const
{
    return controller_ != nullptr && controller_->isRunning();
}

} // namespace tunescope::ui
