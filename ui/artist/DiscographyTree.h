#pragma once

#include "browse/Discography.h"

#include <QStandardItemModel>

namespace tunescope::ui {

// The discography as a tree: group (Albums, Singles, Compilations, Appears on) -> release (title,
// release date, number of tracks) -> track (number, title, length, explicit).
class DiscographyTree : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { Title, Released, Length, Explicit, ColumnCount };
    explicit DiscographyTree(QObject* parent = nullptr);

    void show(const browse::Discography& discography);
    [[nodiscard]] static QString groupTitle(spotify::AlbumGroup group);
};

} // namespace tunescope::ui
