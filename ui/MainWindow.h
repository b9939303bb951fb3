#pragma once

#include "OverviewLoad.h"
#include "ProfileSession.h"
#include "analytics/PlayHistory.h"

#include <QMainWindow>

#include <chrono>
#include <optional>

class QDockWidget;
class QListWidget;
class QStackedWidget;

namespace tunescope::ui {

class ArtistSearchWindow;
class ChartImportController;
class ChartsPage;
class DetailsPane;
class EmptyState;
class GenreLookupStatus;
class GenresPage;
class HistoryPage;
class ImportController;
class InsightsPage;
class ComparePage;
class OverviewPage;
class QueryPage;
class RangeBar;
class SpotifyActions;
class SpotifyLink;
class SpotifyTopPage;

// The main window: navigation, the range bar every page follows, the pages, drill-down details,
// import by menu or drag-and-drop. The data work runs off the GUI thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        Overview = 0,
        History = 1,
        SpotifyTop = 2,
        Genres = 3,
        Charts = 4,
        Insights = 5,
        Compare = 6,
        Query = 7
    };

    explicit MainWindow(ProfileSession session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the window once the first Overview is drawn, so its first frame holds the user's data
    // rather than an empty frame painted twice; a slow profile still gets its window after
    // `patience`.
    void showWhenFilled(std::chrono::milliseconds patience = std::chrono::milliseconds(300));
    void importPaths(const QStringList& paths);
    void switchProfile(const ProfileSession& session);
    [[nodiscard]] const ProfileSession& session() const { return session_; }
    [[nodiscard]] ImportController* importController() const { return import_; }
    [[nodiscard]] OverviewPage* overviewPage() const { return overview_; }
    [[nodiscard]] SpotifyLink* spotifyLink() const { return spotify_; }
    [[nodiscard]] GenreLookupStatus* genreLookup() const { return genreLookup_; }
    [[nodiscard]] ChartImportController* chartImport() const { return chartImport_; }
    // Every page but the Overview is built when first opened (or asked for here): start-up pays
    // only for what the first frame shows. MainWindowPages.cpp.
    HistoryPage* historyPage();
    SpotifyTopPage* spotifyTopPage();
    GenresPage* genresPage();
    ChartsPage* chartsPage();
    InsightsPage* insightsPage();
    ComparePage* comparePage();
    QueryPage* queryPage();
    // The Artist Search window, built when first asked for (Ctrl+F).
    ArtistSearchWindow* artistSearch();

    // Tests replace the file dialog.
    static std::function<QStringList(QWidget*, bool folder)> chooseImportPaths;

signals:
    // The Overview finished drawing for the current range (tests and start-up timing wait on it).
    void overviewShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Start-up computes the Overview for the saved range while the window is being built.
    static OverviewFetch fetchSavedOverview(const ProfileSession& session);
    void buildMenus();
    void restoreSettings();
    void saveSettings() const;
    void refresh();
    void showOverview(const OverviewResult& result);
    void importCharts();
    void showSubject(const analytics::Subject& subject);
    void showPage(int page);
    void showIfPending();
    void buildPage(int page);
    void placePage(int page, QWidget* widget);
    void followPeriod(int page);
    void updatePages();

    ProfileSession session_;
    std::optional<OverviewFetch> firstFetch_;
    QListWidget* navigation_;
    QStackedWidget* pages_;
    QStackedWidget* overviewStack_;
    RangeBar* rangeBar_;
    OverviewPage* overview_;
    EmptyState* empty_;
    HistoryPage* history_ = nullptr;
    std::optional<analytics::Period> period_; // what the pages show
    DetailsPane* details_;
    QDockWidget* detailsDock_;
    ImportController* import_;
    SpotifyLink* spotify_;
    SpotifyActions* spotifyActions_ = nullptr;
    SpotifyTopPage* spotifyTop_ = nullptr;
    GenresPage* genres_ = nullptr;
    ChartsPage* charts_ = nullptr;
    InsightsPage* insights_ = nullptr;
    ComparePage* compare_ = nullptr;
    QueryPage* query_ = nullptr;
    ChartImportController* chartImport_;
    GenreLookupStatus* genreLookup_ = nullptr;
    ArtistSearchWindow* artistSearch_ = nullptr;
    QString notice_; // shown instead of the plays count once the next refresh is done
    quint64 generation_ = 0;
    bool showPending_ = false;
};

} // namespace tunescope::ui
