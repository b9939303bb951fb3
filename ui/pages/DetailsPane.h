#pragma once

#include "analytics/PlayHistory.h"
#include "util/TimeZone.h"

#include <QWidget>

class QLabel;

namespace tunescope::ui {

class ChartPanel;

// One artist or track: totals, first and last play, and its own timeline.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);
    void show(const analytics::SubjectDetails& details, analytics::Metric metric, const TimeZone& zone);

private:
    QLabel* title_;
    QLabel* facts_;
    QLabel* genres_;
    ChartPanel* timeline_;
};

} // namespace tunescope::ui
