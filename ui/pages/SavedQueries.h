#pragma once

#include <QList>
#include <QString>

namespace tunescope::ui {

// The user's own queries for the Query page, by name, kept in QSettings ("queryConsole/saved")
// so they outlive the window and follow the user across profiles.
class SavedQueries {
public:
    struct Entry {
        QString name;
        QString sql;
    };

    SavedQueries(); // reads the settings

    [[nodiscard]] const QList<Entry>& entries() const { return entries_; }
    [[nodiscard]] const Entry* find(const QString& name) const;
    // Adds the query, or replaces the SQL of the one with the same name; saved at once.
    void save(const QString& name, const QString& sql);
    void remove(const QString& name);

private:
    void store() const;
    QList<Entry> entries_;
};

} // namespace tunescope::ui
