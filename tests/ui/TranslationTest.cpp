#include "AppTranslators.h"
#include "MainWindow.h"

#include "TestSupport.h"
#include "widgets/RangeBar.h"

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace tunescope;

namespace {

struct WindowTexts {
    QString firstPage;
    QString firstMenu;
    QString playsButton;
};

// What a user reads first: the navigation list, the menu bar and the toolbar.
WindowTexts readWindow()
{
    testing::TempDir data;
    ui::MainWindow window(
        ui::ProfileSession(ui::GuiOptions{data.path().string(), std::nullopt, std::nullopt, false}, TimeZone::utc()));
    WindowTexts texts;
    if (auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"))) {
        texts.firstPage = navigation->item(0)->text();
    }
    if (const auto menus = window.menuBar()->actions(); !menus.isEmpty()) {
        texts.firstMenu = menus.first()->text();
    }
    if (auto* plays = window.findChild<QToolButton*>(QStringLiteral("metricPlays"))) {
        texts.playsButton = plays->text();
    }
    return texts;
}

} // namespace

// The window follows the system language where Tunescope has a translation (German so far) and
// stays English otherwise; counted nouns read right in both ("1 play", "2 plays").
class TranslationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ui::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aGermanSystemGetsAGermanWindow()
    {
        const QStringList loaded = ui::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(QStringLiteral(":/i18n/tunescope_de.qm")), qPrintable(loaded.join(u' ')));
        const WindowTexts texts = readWindow();
        QCOMPARE(texts.firstPage, QStringLiteral("Übersicht"));
        QCOMPARE(texts.firstMenu, QStringLiteral("&Datei"));
        QCOMPARE(texts.playsButton, QStringLiteral("Wiedergaben"));
    }

    void anEnglishSystemStaysEnglish()
    {
        ui::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        const QStringList loaded = ui::installTranslators(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(!loaded.contains(QStringLiteral(":/i18n/tunescope_de.qm")));
        const WindowTexts texts = readWindow();
        QCOMPARE(texts.firstPage, QStringLiteral("Overview"));
        QCOMPARE(texts.firstMenu, QStringLiteral("&File"));
        QCOMPARE(texts.playsButton, QStringLiteral("Plays"));
    }

    void aLanguageWithoutTranslationFallsBackToEnglish()
    {
        ui::installTranslators(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(readWindow().firstPage, QStringLiteral("Overview"));
    }

    void countedNounsTakeTheirPluralForm()
    {
        ui::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QObject::tr("%Ln days", nullptr, 1), QStringLiteral("1 day"));
        QCOMPARE(QObject::tr("%Ln days", nullptr, 3), QStringLiteral("3 days"));
        ui::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QObject::tr("%Ln days", nullptr, 1), QStringLiteral("1 Tag"));
        QCOMPARE(QObject::tr("%Ln days", nullptr, 3), QStringLiteral("3 Tage"));
    }

    // Run by the ctest ui.TranslationTest.systemLanguage with LANG/LANGUAGE set to German: the
    // default (the system locale) is what the app installs at start.
    void theSystemLanguageComesFromTheEnvironment()
    {
        if (qEnvironmentVariable("TUNESCOPE_EXPECT_GERMAN") != QLatin1String("1")) {
            QSKIP("run with LANGUAGE=de and TUNESCOPE_EXPECT_GERMAN=1 (ctest ui.TranslationTest.systemLanguage)");
        }
        const QStringList loaded = ui::installTranslators();
        QVERIFY2(loaded.contains(QStringLiteral(":/i18n/tunescope_de.qm")), qPrintable(loaded.join(u' ')));
        QCOMPARE(readWindow().firstPage, QStringLiteral("Übersicht"));
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
