#pragma once

#include "ProfileSession.h"
#include "analytics/Overview.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace tunescope::ui {

class ChartPanel;
struct InsightsData;

// Sessions, streaks, skips, new music, countries and devices, podcasts and a calendar of the year's listening for the
// period and metric of the range bar: KPI cards over charts that all export. Without any
// listening to look into, says how to get some.
class InsightsPage : public QWidget {
    Q_OBJECT
public:
    explicit InsightsPage(QWidget* parent = nullptr);

    // Loads at once when the page is on screen, else when it is next shown.
    void setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric);
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;
    [[nodiscard]] bool showsEmptyState() const;

signals:
    // The cards and charts show the current period and metric.
    void filled();
    void importRequested();

protected:
    void showEvent(QShowEvent* event) override;

public slots:
    void reload();

private:
    // A KPI card: its big value and the line under it.
    struct Kpi {
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
        void show(const QString& valueText, const QString& detailText) const;
    };
    Kpi addCard(const QString& objectName, const QString& caption);
    void fill(const InsightsData& insights);
    void fillCards(const InsightsData& insights);
    void fillSpoken(const InsightsData& insights);

    std::optional<ProfileSession> session_;
    analytics::Period period_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    bool stale_ = false;
    quint64 generation_ = 0;
    QStackedWidget* stack_;
    QWidget* content_;
    QWidget* empty_;
    QLabel* status_;
    QTimer* loadingHint_; // shows "reading" in status_ when a load takes long
    QGridLayout* cards_ = nullptr;
    Kpi sessions_;
    Kpi typicalSession_;
    Kpi longestSession_;
    Kpi listeningStreak_;
    Kpi artistStreak_;
    Kpi skipRate_;
    Kpi shuffle_;
    Kpi newMusic_;
    ChartPanel* calendar_;
    ChartPanel* sessionLengths_;
    ChartPanel* skippedArtists_;
    ChartPanel* skipsByHour_;
    ChartPanel* discovery_;
    ChartPanel* newArtists_;
    ChartPanel* countries_;
    ChartPanel* platforms_;
    QWidget* spokenSection_; // only when the period has podcasts or audiobooks
    QLabel* spokenSummary_;
    ChartPanel* shows_;
    ChartPanel* books_;
};

} // namespace tunescope::ui
