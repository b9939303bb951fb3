// The pages behind the navigation list, built when first opened: the first frame pays only for
// the Overview, and a page nobody opens costs nothing.
#include "MainWindow.h"

#include "SpotifyActions.h"
#include "enrich/GenreLookupStatus.h"
#include "pages/ChartsPage.h"
#include "pages/ComparePage.h"
#include "pages/GenresPage.h"
#include "pages/HistoryPage.h"
#include "pages/InsightsPage.h"
#include "pages/QueryPage.h"
#include "pages/SpotifyTopPage.h"
#include "widgets/RangeBar.h"

#include <QStackedWidget>

namespace tunescope::ui {

void MainWindow::buildPage(int page)
{
    switch (page) {
    case History: historyPage(); break;
    case SpotifyTop: spotifyTopPage(); break;
    case Genres: genresPage(); break;
    case Charts: chartsPage(); break;
    case Insights: insightsPage(); break;
    case Compare: comparePage(); break;
    default: break;
    }
}

void MainWindow::placePage(int page, QWidget* widget)
{
    QWidget* placeholder = pages_->widget(page);
    pages_->insertWidget(page, widget);
    pages_->removeWidget(placeholder);
    placeholder->deleteLater();
}

// Gives a page built so far the range bar's period and metric (each loads when shown).
void MainWindow::followPeriod(int page)
{
    if (!period_) {
        return;
    }
    const auto metric = rangeBar_->metric();
    if (page == History && history_ != nullptr) {
        history_->setSource(session_, *period_);
    } else if (page == Genres && genres_ != nullptr) {
        genres_->setSource(session_, *period_, metric);
    } else if (page == Charts && charts_ != nullptr) {
        charts_->setRange(*period_, metric);
    } else if (page == Insights && insights_ != nullptr) {
        insights_->setSource(session_, *period_, metric);
    } else if (page == Compare && compare_ != nullptr) {
        compare_->setSource(session_, *period_, metric);
    }
}

void MainWindow::updatePages()
{
    for (int page = History; page <= Compare; ++page) {
        followPeriod(page);
    }
}

HistoryPage* MainWindow::historyPage()
{
    if (history_ == nullptr) {
        history_ = new HistoryPage(this);
        placePage(History, history_);
        connect(history_, &HistoryPage::subjectActivated, this, &MainWindow::showSubject);
        followPeriod(History);
    }
    return history_;
}

SpotifyTopPage* MainWindow::spotifyTopPage()
{
    if (spotifyTop_ == nullptr) {
        spotifyTop_ = new SpotifyTopPage(this);
        placePage(SpotifyTop, spotifyTop_);
        connect(spotifyTop_, &SpotifyTopPage::loginRequested, spotifyActions_, &SpotifyActions::openLogin);
        spotifyTop_->setSource(session_);
    }
    return spotifyTop_;
}

GenresPage* MainWindow::genresPage()
{
    if (genres_ == nullptr) {
        genres_ = new GenresPage(this);
        placePage(Genres, genres_);
        // Genre names show on the Overview and in the details too: a mapping change reloads them all.
        connect(genres_, &GenresPage::mappingChanged, this, &MainWindow::refresh);
        connect(genres_, &GenresPage::findGenresRequested, genreLookup_, &GenreLookupStatus::start);
        followPeriod(Genres);
    }
    return genres_;
}

ChartsPage* MainWindow::chartsPage()
{
    if (charts_ == nullptr) {
        charts_ = new ChartsPage(this);
        placePage(Charts, charts_);
        connect(charts_, &ChartsPage::importRequested, this, &MainWindow::importCharts);
        charts_->setSource(session_);
        followPeriod(Charts);
    }
    return charts_;
}

InsightsPage* MainWindow::insightsPage()
{
    if (insights_ == nullptr) {
        insights_ = new InsightsPage(this);
        placePage(Insights, insights_);
        connect(insights_, &InsightsPage::importRequested, this,
                [this] { importPaths(chooseImportPaths(this, false)); });
        followPeriod(Insights);
    }
    return insights_;
}

ComparePage* MainWindow::comparePage()
{
    if (compare_ == nullptr) {
        compare_ = new ComparePage(this);
        placePage(Compare, compare_);
        followPeriod(Compare);
    }
    return compare_;
}

QueryPage* MainWindow::queryPage()
{
    if (query_ == nullptr) {
        query_ = new QueryPage(this);
        placePage(Query, query_);
        query_->setSource(session_);
    }
    return query_;
}

} // namespace tunescope::ui
