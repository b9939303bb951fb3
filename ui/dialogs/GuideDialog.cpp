#include "dialogs/GuideDialog.h"

#include "dialogs/SpotifySteps.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

// The guide is a resource of the static tunescope_ui library: nothing else refers to it, so it
// is registered by hand before it is read (Q_INIT_RESOURCE wants the global namespace).
static void registerHelpResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(help);
        return true;
    }();
    (void)registered;
}

namespace tunescope::ui {
namespace {

// guide_de_AT.md, guide_de.md, then the English guide.md.
QString readGuide()
{
    registerHelpResources();
    const QString name = QLocale().name(); // "de_AT"
    const QStringList candidates{QStringLiteral(":/help/guide_%1.md").arg(name),
                                 QStringLiteral(":/help/guide_%1.md").arg(name.section(QLatin1Char('_'), 0, 0)),
                                 QStringLiteral(":/help/guide.md")};
    for (const QString& path : candidates) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            return QString::fromUtf8(file.readAll());
        }
    }
    return {};
}

} // namespace

QString GuideDialog::guideMarkdown(const QString& dataDir)
{
    QString text = readGuide();
    text.replace(QStringLiteral("{{REDIRECT_URI}}"), QString::fromLatin1(kSpotifyRedirectUri));
    text.replace(QStringLiteral("{{DATA_DIR}}"), QDir::toNativeSeparators(dataDir));
    return text;
}

GuideDialog::GuideDialog(const QString& dataDir, QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Tunescope Guide"));
    browser_->setObjectName(QStringLiteral("guideText"));
    browser_->setOpenExternalLinks(true);
    browser_->setMarkdown(guideMarkdown(dataDir));
    browser_->setAccessibleName(tr("Guide"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(760, 720);
}

} // namespace tunescope::ui
