#pragma once

#include "ProfileSession.h"
#include "analytics/ChartStats.h"
#include "analytics/Overview.h"
#include "analytics/Period.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace tunescope::ui {

class ChartEntriesModel;
class ChartPanel;
class ChartTasteView;

// Spotify Charts: pick a region, period, kind and one of the imported dates; KPI cards, the most
// streamed songs, the whole chart as a searchable table, a song's trajectory over the region's
// dates, and the user's own listening against the charts (following the range bar and metric).
class ChartsPage : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPage(QWidget* parent = nullptr);

    // Which profile to show; loads now when on screen, else when first shown.
    void setSource(const ProfileSession& session);
    // The range bar's period and metric, for "you and the charts".
    void setRange(const analytics::Period& period, analytics::Metric metric);
    void reload();

    [[nodiscard]] ChartEntriesModel* model() const { return model_; }
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;

signals:
    void importRequested();
    void chartShown(int entries);
    void trajectoryShown();
    void presenceShown();
    void tasteShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void fillRegions();
    void fillPeriodsAndKinds();
    void fillDates();
    void loadChart();
    void loadTrajectory(int sourceRow);
    void loadPresence(int sourceRow);
    void loadTaste();
    [[nodiscard]] std::optional<analytics::ChartScope> scope() const;

    std::unique_ptr<ProfileSession> session_;
    std::optional<analytics::Period> period_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    std::vector<analytics::ChartSummary> charts_;
    QComboBox* region_;
    QComboBox* periodChoice_;
    QComboBox* kind_;
    QComboBox* date_;
    QStackedWidget* stack_;
    QLabel* totalStreams_;
    QLabel* entries_;
    QLabel* artists_;
    QLabel* average_;
    QLabel* topSong_;
    ChartPanel* topSongs_;
    QLineEdit* search_;
    QTableView* table_;
    ChartEntriesModel* model_;
    QSortFilterProxyModel* proxy_;
    QTabWidget* tabs_;
    ChartPanel* trajectory_;
    ChartPanel* presence_;
    ChartTasteView* taste_;
    quint64 generation_ = 0;
    quint64 chartGeneration_ = 0;
    quint64 trajectoryGeneration_ = 0;
    quint64 presenceGeneration_ = 0;
    quint64 tasteGeneration_ = 0;
    bool stale_ = false;
};

} // namespace tunescope::ui
