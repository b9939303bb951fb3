#pragma once

#include <QWidget>

namespace tunescope::ui {

// First start: how to get the export from Spotify, and the way to the demo.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

signals:
    void importRequested();
    void demoRequested();
};

} // namespace tunescope::ui
