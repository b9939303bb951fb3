#pragma once

#include "analytics/Compare.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace tunescope::ui {

// Green up, red down, blue new, grey the same and gone: dark shades under a light palette, light
// ones under a dark palette, so the markers read on both.
QColor rankMoveColour(analytics::RankStatus status);

// One compared top list as a table: B's rank, the move since A (▲3, ▼2, =, new, gone; coloured
// for the palette), the name (and artist for tracks), the figure in A and in B. The gone
// entries follow B's top list.
class RankChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Move, Name, Artist, ValueA, ValueB };

    explicit RankChangesModel(bool withArtist, QObject* parent = nullptr);

    void setComparison(const analytics::RankedComparison& list, analytics::Metric metric);
    [[nodiscard]] const analytics::RankChange& change(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "▲3", "▼2", "=", "new", "gone".
    static QString moveText(const analytics::RankChange& change);

private:
    [[nodiscard]] int columnOf(int section) const; // the Column shown at `section`

    bool withArtist_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    std::vector<analytics::RankChange> rows_;
};

} // namespace tunescope::ui
