#pragma once

#include "dialogs/GuideDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

namespace tunescope::ui {

// The window's Help menu: Guide (F1), About Tunescope, About Qt. The guide is one window, raised
// again when asked for twice. Keeps this wiring out of MainWindow.
class HelpActions : public QObject {
    Q_OBJECT
public:
    HelpActions(QMainWindow* window, QString dataDir);

    void openGuide();
    void openAbout();
    [[nodiscard]] GuideDialog* guide() const { return guide_; }

private:
    QMainWindow* window_;
    QString dataDir_;
    QPointer<GuideDialog> guide_;
};

} // namespace tunescope::ui
