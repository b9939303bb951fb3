#pragma once

#include <QLocale>
#include <QStringList>

namespace tunescope::ui {

// Installs the translations for `locale` on the running application: Tunescope's own (built into
// the resources from translations/*.ts) and Qt's (qtbase, from Qt's translations folder when it
// is installed), plus the English plural forms ("1 play", "2 plays") as the fallback for every
// language. Languages without a translation stay English. Returns the files loaded, best first.
// A second call replaces the translators of the first.
QStringList installTranslators(const QLocale& locale = QLocale::system());

} // namespace tunescope::ui
