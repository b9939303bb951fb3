#include "MainWindow.h"

#include "async/RunAsync.h"
#include "demo/DemoProfile.h"
#include "pages/OverviewPage.h"
#include "store/Profile.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QStatusBar>

namespace tunescope::ui {

MainWindow::MainWindow(GuiOptions options, TimeZone zone, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)), zone_(zone), overview_(new OverviewPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options_.demo ? tr("Tunescope — demo profile") : tr("Tunescope"));
    setCentralWidget(overview_);
    resize(1100, 720);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    loadOverview();
}

void MainWindow::loadOverview()
{
    statusBar()->showMessage(options_.demo ? tr("Preparing the demo profile…") : tr("Loading…"));
    const auto options = options_;
    const auto zone = zone_;
    runAsync(
        this,
        [options, zone]() -> Result<analytics::Overview> {
            const std::filesystem::path dataDir =
                options.dataDir ? std::filesystem::path(*options.dataDir) : store::defaultDataDir();
            auto db = options.demo ? demo::openDemoProfile(dataDir)
                                   : store::openProfile({dataDir, options.profile.value_or("default")});
            if (!db) {
                return db.error();
            }
            analytics::OverviewRequest request;
            request.period = analytics::resolvePeriod({}, zone);
            return analytics::queryOverview(*db, request);
        },
        [this](const Result<analytics::Overview>& overview) {
            if (!overview) {
                statusBar()->showMessage(QString::fromStdString(overview.error().message));
                return;
            }
            overview_->show(*overview);
            statusBar()->showMessage(tr("All time, times in %1").arg(QString::fromStdString(zone_.name())));
        });
}

} // namespace tunescope::ui
