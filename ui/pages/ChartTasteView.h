#pragma once

#include "analytics/ChartTaste.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tunescope::ui {

// "You and the charts": how much of the user's listening was charting music, the songs they
// found before the charts did, and the charts' big songs they never played.
class ChartTasteView : public QWidget {
    Q_OBJECT
public:
    explicit ChartTasteView(QWidget* parent = nullptr);

    void show(const analytics::ChartTaste& taste, const analytics::ChartScope& scope, analytics::Metric metric);
    void showMessage(const QString& message);

private:
    QLabel* summary_;
    QTreeWidget* early_;
    QTreeWidget* unplayed_;
};

} // namespace tunescope::ui
