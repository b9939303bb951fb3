#pragma once

#include "analytics/Overview.h"

#include <QWidget>

#include <optional>
#include <utility>

namespace tunescope::ui {

// Weekday x hour grid (Qt Charts has no heatmap), drawn by paintHeatmap both on screen and in
// exports. Hovering a cell shows its exact figure; with the keyboard focus the arrow keys (Home,
// End, Page Up/Down too) move a highlighted cell whose figure is shown and announced to screen
// readers as the widget's accessible description.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setHeatmap(const analytics::Heatmap& heatmap, analytics::Metric metric, const QString& title);
    [[nodiscard]] QSize sizeHint() const override { return {640, 260}; }
    // The highlighted cell (weekday 0-6 from Monday, hour 0-23), once the keyboard moved to one.
    [[nodiscard]] std::optional<std::pair<int, int>> currentCell() const { return current_; }
    // "Monday 08:00–08:59: 12 plays" for a cell.
    [[nodiscard]] QString cellText(int day, int hour) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void moveTo(int day, int hour);
    [[nodiscard]] QRectF gridTarget() const;

    analytics::Heatmap heatmap_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    QString title_;
    std::optional<std::pair<int, int>> current_;
};

void paintHeatmap(QPainter& painter, const QRectF& target, const analytics::Heatmap& heatmap, analytics::Metric metric,
                  const QString& title, const QPalette& palette);

// The grid cell (weekday 0-6, hour 0-23) under a point, when there is one.
std::optional<std::pair<int, int>> heatmapCellAt(const QRectF& target, const QPointF& point);
// The rectangle of one grid cell in a heatmap drawn into `target`.
QRectF heatmapCellRect(const QRectF& target, int day, int hour);

} // namespace tunescope::ui
