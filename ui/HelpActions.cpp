#include "HelpActions.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/GuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <utility>

namespace tunescope::ui {

HelpActions::HelpActions(QMainWindow* window, QString dataDir)
    : QObject(window), window_(window), dataDir_(std::move(dataDir))
{
    auto* menu = window_->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    auto* guide = menu->addAction(tr("&Guide"), this, &HelpActions::openGuide);
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setToolTip(tr("How to get your data, log in with Spotify, and what each page shows (F1)"));
    menu->addSeparator();
    auto* about = menu->addAction(tr("&About Tunescope"), this, &HelpActions::openAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    auto* aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void HelpActions::openGuide()
{
    if (guide_ == nullptr) {
        guide_ = new GuideDialog(dataDir_, window_);
        guide_->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide_->show(); // not modal: the guide stays open beside the window
    guide_->raise();
    guide_->activateWindow();
}

void HelpActions::openAbout()
{
    auto* dialog = new AboutDialog(dataDir_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AboutDialog::guideRequested, this, [this, dialog] {
        dialog->close(); // the guide takes its place
        openGuide();
    });
    dialog->open();
}

} // namespace tunescope::ui
