#include "dialogs/AboutDialog.h"

#include "util/LibraryVersions.h"
#include "util/ProjectInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <string_view>

namespace tunescope::ui {
namespace {

// The license of LICENSE at the top of the source tree (installed as the package's copyright).
constexpr char kLicense[] = "MIT";

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString qtVersions()
{
    return QObject::tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QLabel* valueLabel(QWidget* parent, const char* objectName, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString AboutDialog::versionsText()
{
    return QStringLiteral("Tunescope %1\nQt %2\nSQLite %3\nlibcurl %4")
        .arg(fromStd(projectVersion()), qtVersions(), fromStd(sqliteVersion()), fromStd(curlVersion()));
}

AboutDialog::AboutDialog(const QString& dataDir, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tunescope"));

    auto* title = new QLabel(tr("Tunescope %1").arg(fromStd(projectVersion())), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* summary = new QLabel(tr("Listening analytics for your Spotify history, on your own computer."), this);
    summary->setWordWrap(true);

    const QString folder = QDir::toNativeSeparators(dataDir);
    auto* dataLink =
        new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(QUrl::fromLocalFile(dataDir).toString(QUrl::FullyEncoded), folder.toHtmlEscaped()),
                   this);
    dataLink->setObjectName(QStringLiteral("aboutDataDir"));
    dataLink->setTextFormat(Qt::RichText);
    dataLink->setOpenExternalLinks(true);
    dataLink->setToolTip(tr("Open the folder with your profiles"));
    dataLink->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* guide = new QLabel(tr("<a href=\"guide\">Read the guide</a> (F1): getting your data, logging in, "
                                "what each page shows."),
                             this);
    guide->setObjectName(QStringLiteral("aboutGuideLink"));
    guide->setTextFormat(Qt::RichText);
    guide->setWordWrap(true);
    connect(guide, &QLabel::linkActivated, this, &AboutDialog::guideRequested);

    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), valueLabel(this, "aboutVersion", fromStd(projectVersion())));
    form->addRow(tr("Qt:"), valueLabel(this, "aboutQt", qtVersions()));
    form->addRow(tr("SQLite:"), valueLabel(this, "aboutSqlite", fromStd(sqliteVersion())));
    form->addRow(tr("libcurl:"), valueLabel(this, "aboutCurl", fromStd(curlVersion())));
    form->addRow(tr("Data folder:"), dataLink);
    form->addRow(tr("License:"), valueLabel(this, "aboutLicense", tr("%1 License").arg(QString::fromLatin1(kLicense))));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy the versions above, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(guide);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace tunescope::ui
