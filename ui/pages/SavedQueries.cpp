#include "pages/SavedQueries.h"

#include <QSettings>

#include <algorithm>

namespace tunescope::ui {
namespace {

const QString kGroup = QStringLiteral("queryConsole/saved");
const QString kName = QStringLiteral("name");
const QString kSql = QStringLiteral("sql");

} // namespace

SavedQueries::SavedQueries()
{
    QSettings settings;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Entry entry{settings.value(kName).toString(), settings.value(kSql).toString()};
        if (!entry.name.isEmpty()) {
            entries_ << entry;
        }
    }
    settings.endArray();
}

const SavedQueries::Entry* SavedQueries::find(const QString& name) const
{
    const auto it = std::find_if(entries_.begin(), entries_.end(), [&name](const Entry& e) { return e.name == name; });
    return it != entries_.end() ? &*it : nullptr;
}

void SavedQueries::save(const QString& name, const QString& sql)
{
    const auto it = std::find_if(entries_.begin(), entries_.end(), [&name](const Entry& e) { return e.name == name; });
    if (it != entries_.end()) {
        it->sql = sql;
    } else {
        entries_ << Entry{name, sql};
        std::sort(entries_.begin(), entries_.end(),
                  [](const Entry& a, const Entry& b) { return a.name.localeAwareCompare(b.name) < 0; });
    }
    store();
}

void SavedQueries::remove(const QString& name)
{
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [&name](const Entry& e) { return e.name == name; }),
                   entries_.end());
    store();
}

void SavedQueries::store() const
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(entries_.size()));
    for (int i = 0; i < entries_.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kName, entries_[i].name);
        settings.setValue(kSql, entries_[i].sql);
    }
    settings.endArray();
}

} // namespace tunescope::ui
