#pragma once

#include "ProfileSession.h"
#include "analytics/GenreStats.h"
#include "enrich/GenreMapping.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tunescope::ui {

// Every stored genre with the listening behind it and what the mapping shows it as; fold into
// another genre, rename, hide or show, reset, and undo the changes made here. Each change is
// stored at once and announced with mappingChanged, so every chart follows.
class GenreMappingDialog : public QDialog {
    Q_OBJECT
public:
    explicit GenreMappingDialog(ProfileSession session, QWidget* parent = nullptr);

    // Selects a genre's row (tests and keyboard users); false when it is not listed.
    bool selectGenre(const QString& genre);
    [[nodiscard]] QTreeWidget* list() const { return list_; }

    // Tests replace the questions: the genre to fold into, the new name (nothing: cancelled).
    static std::function<std::optional<QString>(QWidget*, const QString& genre, const QStringList& others)>
        chooseFoldTarget;
    static std::function<std::optional<QString>(QWidget*, const QString& genre)> askNewName;

signals:
    void mappingChanged();
    // The list shows the stored mapping (after opening and after every change).
    void listed();

private:
    enum Column { Genre, ShownAs, Artists, Plays, Hours };
    using Change = std::function<Status(store::Database&)>;

    void load();
    void fill(const std::vector<analytics::GenreTotal>& totals);
    void apply(Change change);
    void undo();
    void updateButtons();
    [[nodiscard]] QString selectedGenre() const;

    ProfileSession session_;
    QTreeWidget* list_;
    QLabel* message_;
    QPushButton* fold_;
    QPushButton* rename_;
    QPushButton* hide_;
    QPushButton* reset_;
    QPushButton* undo_;
    std::vector<std::vector<enrich::GenreRule>> undoStack_; // the mapping before each change
    bool busy_ = false;
};

} // namespace tunescope::ui
