#pragma once

#include "ProfileSession.h"
#include "analytics/Compare.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace tunescope::ui {

class ChartPanel;
class ComparePeriodsBar;
class RankChangesModel;

// Two periods side by side: B (the range bar's period by default) against A (the period before
// it, the same dates a year earlier, or dates of its own): totals with their change, the top
// artists and tracks with how each moved, and the top artists' listening in both as bars.
class ComparePage : public QWidget {
    Q_OBJECT
public:
    explicit ComparePage(QWidget* parent = nullptr);

    // B becomes `period` (the last 12 months when it is open-ended, as "all time" is); loads at
    // once when the page is on screen, else when it is next shown.
    void setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric);
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;
    [[nodiscard]] ComparePeriodsBar* periodsBar() const { return periods_; }

signals:
    // The cards, tables and chart show the current periods and metric.
    void filled();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void fill(const analytics::PeriodComparison& compared, analytics::Metric metric);

    std::optional<ProfileSession> session_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    bool stale_ = false;
    quint64 generation_ = 0;
    ComparePeriodsBar* periods_;
    QLabel* status_;
    QLabel* listening_ = nullptr;
    QLabel* plays_ = nullptr;
    QLabel* artists_ = nullptr;
    QLabel* tracks_ = nullptr;
    RankChangesModel* artistsModel_;
    RankChangesModel* tracksModel_;
    QTableView* artistsTable_ = nullptr;
    QTableView* tracksTable_ = nullptr;
    ChartPanel* chart_ = nullptr;
};

} // namespace tunescope::ui
