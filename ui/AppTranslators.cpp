#include "AppTranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

// Outside any namespace, as Q_INIT_RESOURCE requires: keeps the .qm files of the static library.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(tunescope_translations);
}

namespace tunescope::ui {
namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// Installed last means asked first: the fallback goes in before the language's own files.
void install(std::unique_ptr<QTranslator> translator, QStringList& loaded)
{
    QCoreApplication::installTranslator(translator.get());
    loaded.prepend(translator->filePath());
    installed().push_back(std::move(translator));
}

} // namespace

QStringList installTranslators(const QLocale& locale)
{
    for (auto& translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();

    initTranslationResources();
    QStringList loaded;
    const QString ours = QStringLiteral(":/i18n");
    auto plurals = std::make_unique<QTranslator>();
    if (plurals->load(QStringLiteral("tunescope_en"), ours)) {
        install(std::move(plurals), loaded);
    }
    // The first of the locale's UI languages (LANGUAGE, then LC_MESSAGES / LANG) with a file wins.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(std::move(qt), loaded);
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(locale, QStringLiteral("tunescope"), QStringLiteral("_"), ours) &&
        !app->filePath().endsWith(QStringLiteral("_en.qm"))) {
        install(std::move(app), loaded);
    }
    return loaded;
}

} // namespace tunescope::ui

// Whatever the process is (window or headless export), "1 play" reads right from the start.
static void installEnglishPluralsAtStart()
{
    tunescope::ui::installTranslators(QLocale(QLocale::English));
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishPluralsAtStart)
