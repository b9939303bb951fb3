#pragma once

#include "analytics/Overview.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QChartView;

namespace tunescope::ui {

// KPI cards, top artists and tracks as horizontal bars, and listening per month.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void show(const analytics::Overview& overview);

private:
    QLabel* addCard(const QString& objectName, const QString& title);

    QLabel* plays_;
    QLabel* listening_;
    QLabel* artists_;
    QLabel* tracks_;
    QLabel* topArtist_;
    QChartView* topArtistsView_;
    QChartView* topTracksView_;
    QChartView* timelineView_;
    QHBoxLayout* cards_;
};

} // namespace tunescope::ui
