// Help › Guide (F1) and About: the guide names the redirect URI the login really uses and every
// shortcut of the window's menus; About shows the versions actually loaded.
#include "HelpActions.h"
#include "MainWindow.h"
#include "SharedSecrets.h"
#include "SpotifyLink.h"
#include "TestSupport.h"
#include "auth/AuthorizationRequest.h"
#include "auth/MemorySecretStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/SpotifySteps.h"
#include "util/ProjectInfo.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

#include <curl/curl.h>
#include <sqlite3.h>

#include <cstdlib>
#include <memory>

using namespace tunescope;

namespace {

// A window on an empty profile of its own (a keychain in memory).
std::unique_ptr<ui::MainWindow> emptyWindow(const testing::TempDir& data)
{
    ui::SpotifyLink::openKeychain = [] {
        return std::make_unique<testing::SharedSecrets>(std::make_shared<auth::MemorySecretStore>());
    };
    return std::make_unique<ui::MainWindow>(
        ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
}

QString labelText(const QWidget& parent, const char* name)
{
    auto* label = parent.findChild<QLabel*>(QString::fromLatin1(name));
    return label != nullptr ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

// The keys of the shortcut table: the first cell of each row for Ctrl, F1 or Esc, in order.
QStringList shortcutKeys(const QString& guide)
{
    QStringList keys;
    for (const QString& line : guide.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("| Ctrl")) || line.startsWith(QStringLiteral("| F1")) ||
            line.startsWith(QStringLiteral("| Esc"))) {
            keys.append(line.section(QLatin1Char('|'), 1, 1).trimmed());
        }
    }
    return keys;
}

void saveScreenshot(QWidget& widget, const char* name)
{
    if (const char* dir = std::getenv("TUNESCOPE_SCREENSHOT_DIR")) {
        QVERIFY(widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name)));
    }
}

} // namespace

class HelpDialogsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The English guide whatever the machine's language (a German one would get guide_de.md).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theRedirectUriOfTheGuideIsTheOneTheLoginUses()
    {
        // The login listens on a free port of the address registered without one.
        QUrl used(QString::fromStdString(auth::loopbackRedirectUri(43123)));
        used.setPort(-1);
        QCOMPARE(used.toString(), QString::fromLatin1(ui::kSpotifyRedirectUri));
        const QString guide = ui::GuideDialog::guideMarkdown(QStringLiteral("/data/here"));
        QVERIFY(guide.contains(QStringLiteral("`%1`").arg(QString::fromLatin1(ui::kSpotifyRedirectUri))));
        QVERIFY(guide.contains(QStringLiteral("`/data/here`")));
        QVERIFY(!guide.contains(QStringLiteral("{{"))); // every blank filled
    }

    void theGermanGuideHasEveryBlankFilled()
    {
        const QString english = ui::GuideDialog::guideMarkdown(QStringLiteral("/data/here"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
        const QString german = ui::GuideDialog::guideMarkdown(QStringLiteral("/data/here"));
        QVERIFY(german.contains(QStringLiteral("## 4. Tastenkürzel"))); // the German guide, not the English one
        QVERIFY(!german.contains(QStringLiteral("Keyboard shortcuts")));
        QVERIFY(german.contains(QStringLiteral("`%1`").arg(QString::fromLatin1(ui::kSpotifyRedirectUri))));
        QVERIFY(german.contains(QStringLiteral("`/data/here`")));
        QVERIFY(!german.contains(QStringLiteral("{{"))); // every blank filled
        // Every shortcut row of the English table, with the same keys in the same order.
        const QStringList keys = shortcutKeys(english);
        QVERIFY(keys.size() >= 14);
        QCOMPARE(shortcutKeys(german), keys);
    }

    void f1OpensTheGuide()
    {
        testing::TempDir data;
        auto window = emptyWindow(data);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->findChild<ui::GuideDialog*>() == nullptr);
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* guide = window->findChild<ui::GuideDialog*>();
        QVERIFY(guide != nullptr);
        QVERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Extended streaming history")));
        QVERIFY(text.contains(QStringLiteral("https://www.spotify.com/account/privacy/")));
        QVERIFY(text.contains(QStringLiteral("https://developer.spotify.com/dashboard")));
        QVERIFY(text.contains(QString::fromLatin1(ui::kSpotifyRedirectUri)));
        QVERIFY2(text.contains(QString::fromStdString(data.path().string())), qPrintable(text.right(900)));
        for (const char* page : {"Overview", "History", "Spotify top", "Genres", "Charts", "Insights", "Compare",
                                 "Query", "when you listen"}) {
            QVERIFY2(text.contains(QString::fromLatin1(page)), page);
        }
        // F1 again raises the same guide rather than a second one.
        QTest::keyClick(window.get(), Qt::Key_F1);
        QCOMPARE(window->findChildren<ui::GuideDialog*>().size(), 1);
        guide->resize(760, 900);
        saveScreenshot(*guide, "guide.png");
        guide->browser()->moveCursor(QTextCursor::End);
        saveScreenshot(*guide, "guide-end.png");
    }

    void theGuideListsEveryShortcutOfTheMenus()
    {
        testing::TempDir data;
        auto window = emptyWindow(data);
        const QString text = ui::GuideDialog::guideMarkdown(QString());
        int shortcuts = 0;
        for (QAction* menu : window->menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->shortcut().isEmpty()) {
                    continue;
                }
                ++shortcuts;
                const QString keys = action->shortcut().toString(QKeySequence::NativeText);
                const bool listed = text.contains(QStringLiteral("| %1 |").arg(keys)) ||
                                    (keys.startsWith(QStringLiteral("Ctrl+")) && keys.size() == 6 && keys[5].isDigit());
                QVERIFY2(listed, qPrintable(action->text() + QStringLiteral(": ") + keys));
            }
        }
        QVERIFY(shortcuts >= 15);
        QVERIFY(text.contains(QStringLiteral("| Ctrl+1 … Ctrl+8 |")));
    }

    void aboutShowsTheVersionsActuallyLoaded()
    {
        testing::TempDir data;
        auto window = emptyWindow(data);
        auto* about = window->findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(about != nullptr);
        QVERIFY(window->findChild<QAction*>(QStringLiteral("actionAboutQt")) != nullptr);
        about->trigger();
        auto* dialog = window->findChild<ui::AboutDialog*>();
        QVERIFY(dialog != nullptr);
        QCOMPARE(labelText(*dialog, "aboutVersion"), QString::fromStdString(std::string(projectVersion())));
        QVERIFY(!labelText(*dialog, "aboutVersion").isEmpty());
        QCOMPARE(
            labelText(*dialog, "aboutQt"),
            QStringLiteral("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
        QCOMPARE(labelText(*dialog, "aboutSqlite"), QString::fromLatin1(sqlite3_libversion()));
        const auto* curl = curl_version_info(CURLVERSION_NOW);
        QVERIFY(labelText(*dialog, "aboutCurl").startsWith(QString::fromLatin1(curl->version)));
        QVERIFY(labelText(*dialog, "aboutDataDir").contains(QString::fromStdString(data.path().string())));
        QVERIFY(labelText(*dialog, "aboutLicense").contains(QStringLiteral("MIT")));

        dialog->findChild<QPushButton*>(QStringLiteral("aboutCopy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), ui::AboutDialog::versionsText());
        QVERIFY(QApplication::clipboard()->text().contains(QString::fromLatin1(sqlite3_libversion())));

        dialog->show();
        saveScreenshot(*dialog, "about.png");
        // The link to the guide opens it in the About's place.
        emit dialog->findChild<QLabel*>(QStringLiteral("aboutGuideLink"))->linkActivated(QStringLiteral("guide"));
        auto* guide = window->findChild<ui::GuideDialog*>();
        QVERIFY(guide != nullptr);
        QVERIFY(guide->isVisible());
        QTRY_VERIFY(window->findChild<ui::AboutDialog*>() == nullptr); // closed, deleted
    }
};

QTEST_MAIN(HelpDialogsTest)
#include "HelpDialogsTest.moc"
