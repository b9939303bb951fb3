#pragma once

#include "analytics/Overview.h"

#include <QWidget>

#include <optional>
#include <utility>

namespace tunescope::ui {

// Weekday x hour grid (Qt Charts has no heatmap), drawn by paintHeatmap both on screen and in
// exports. Hovering a cell shows its exact figure.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setHeatmap(const analytics::Heatmap& heatmap, analytics::Metric metric, const QString& title);
    [[nodiscard]] QSize sizeHint() const override { return {640, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    analytics::Heatmap heatmap_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    QString title_;
};

void paintHeatmap(QPainter& painter, const QRectF& target, const analytics::Heatmap& heatmap, analytics::Metric metric,
                  const QString& title, const QPalette& palette);

// The grid cell (weekday 0-6, hour 0-23) under a point, when there is one.
std::optional<std::pair<int, int>> heatmapCellAt(const QRectF& target, const QPointF& point);

} // namespace tunescope::ui
