#pragma once

#include "GuiApp.h"
#include "util/TimeZone.h"

#include <QMainWindow>

namespace tunescope::ui {

class OverviewPage;

// The main window. P1 shows the Overview of the chosen profile; later pages join it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(GuiOptions options, TimeZone zone, QWidget* parent = nullptr);

private:
    void loadOverview();

    GuiOptions options_;
    TimeZone zone_;
    OverviewPage* overview_;
};

} // namespace tunescope::ui
