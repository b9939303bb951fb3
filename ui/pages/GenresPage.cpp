#include "pages/GenresPage.h"

#include "async/RunAsync.h"
#include "charts/ChartPanel.h"
#include "charts/GenreCharts.h"
#include "dialogs/GenreMappingDialog.h"
#include "pages/EmptyState.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tunescope::ui {
namespace {

struct GenresLoad {
    analytics::GenreOverview genres;
    analytics::Metric metric = analytics::Metric::Plays;
};

QWidget* makeEmptyState(GenresPage* page)
{
    auto* empty = new QWidget(page);
    empty->setObjectName(QStringLiteral("genresEmpty"));
    auto* text = new QLabel(empty);
    text->setObjectName(QStringLiteral("genresEmptyText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(QObject::tr("<h2>No genres yet</h2>"
                              "<p>Spotify no longer tells apps an artist's genres. Tunescope asks "
                              "<b>MusicBrainz</b>, the open music encyclopedia, instead: one artist a second "
                              "(its rule), the artists you listen to most first. Only the artists' names and "
                              "Spotify ids are sent.</p>"
                              "<p>The charts fill as the genres come in; you can keep using Tunescope meanwhile, "
                              "and stopping loses nothing.</p>"));
    auto* find = new QPushButton(QObject::tr("Find genres"), empty);
    find->setObjectName(QStringLiteral("findGenres"));
    find->setDefault(true);
    QObject::connect(find, &QPushButton::clicked, page, &GenresPage::findGenresRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(find);
    buttons->addStretch();
    placeInCentredColumn(empty, text, buttons);
    return empty;
}

} // namespace

GenresPage::GenresPage(QWidget* parent)
    : QWidget(parent), stack_(new QStackedWidget(this)), content_(new QWidget(this)), empty_(makeEmptyState(this)),
      coverage_(new QLabel(this))
{
    setObjectName(QStringLiteral("genresPage"));
    auto* scroll = new QScrollArea(content_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    top_ = new ChartPanel(QStringLiteral("topGenresChart"), charts);
    donut_ = new ChartPanel(QStringLiteral("genreDonutChart"), charts);
    overTime_ = new ChartPanel(QStringLiteral("genresOverTimeChart"), charts);
    for (auto* panel : {top_, donut_, overTime_}) {
        panel->setMinimumHeight(360);
    }
    auto* grid = new QGridLayout(charts);
    grid->addWidget(top_, 0, 0);
    grid->addWidget(donut_, 0, 1);
    grid->addWidget(overTime_, 1, 0, 1, 2);
    scroll->setWidget(charts);

    coverage_->setObjectName(QStringLiteral("genreCoverage"));
    coverage_->setWordWrap(true);
    auto* edit = new QPushButton(tr("Edit genres…"), content_);
    edit->setObjectName(QStringLiteral("editGenres"));
    edit->setToolTip(tr("Fold, rename or hide genres; every chart follows."));
    connect(edit, &QPushButton::clicked, this, &GenresPage::openMappingDialog);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(9, 6, 9, 0);
    header->addWidget(coverage_, 1);
    header->addWidget(edit);
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(scroll, 1);

    stack_->addWidget(content_);
    stack_->addWidget(empty_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);
    connect(this, &GenresPage::mappingChanged, this, &GenresPage::reload);
}

QList<ChartPanel*> GenresPage::chartPanels() const
{
    return {top_, donut_, overTime_};
}

GenreMappingDialog* GenresPage::mappingDialog() const
{
    return dialog_;
}

bool GenresPage::showsEmptyState() const
{
    return stack_->currentWidget() == empty_;
}

void GenresPage::setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    session_ = session;
    period_ = period;
    metric_ = metric;
    reload();
}

void GenresPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        reload();
    }
}

void GenresPage::reload()
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
    const analytics::GenreRequest request{period_, metric_, 10, 8};
    runAsync(
        this,
        [session = *session_, request]() -> Result<GenresLoad> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            auto genres = analytics::queryGenreOverview(*db, request);
            if (!genres) {
                return genres.error();
            }
            return GenresLoad{std::move(genres).value(), request.metric};
        },
        [this, generation](const Result<GenresLoad>& result) {
            if (generation != generation_) {
                return; // the period changed meanwhile; a newer answer is coming
            }
            if (!result) {
                stack_->setCurrentWidget(content_);
                coverage_->setText(
                    tr("Cannot read the genres: %1").arg(QString::fromStdString(result.error().message)));
                return;
            }
            fill(result->genres, result->metric);
        });
}

void GenresPage::fill(const analytics::GenreOverview& genres, analytics::Metric metric)
{
    if (!genres.anyGenresStored) {
        stack_->setCurrentWidget(empty_);
        emit filled();
        return;
    }
    stack_->setCurrentWidget(content_);
    coverage_->setText(coverageText(genres.coverage, metric));
    top_->setContent(buildTopGenresChart(genres.top, metric));
    donut_->setContent(buildGenreDonutChart(genres.top, metric));
    overTime_->setContent(buildGenresOverTimeChart(genres.overTime, metric));
    emit filled();
}

void GenresPage::openMappingDialog()
{
    if (!session_) {
        return;
    }
    if (dialog_ == nullptr) {
        dialog_ = new GenreMappingDialog(*session_, this);
        dialog_->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog_, &GenreMappingDialog::mappingChanged, this, &GenresPage::mappingChanged);
    }
    dialog_->show();
    dialog_->raise();
}

} // namespace tunescope::ui
