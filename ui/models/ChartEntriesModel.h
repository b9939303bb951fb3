#pragma once

#include "analytics/ChartStats.h"

#include <QAbstractTableModel>

#include <vector>

namespace tunescope::ui {

// One imported chart's entries: rank, track, artists, streams. Sorts and filters through a
// QSortFilterProxyModel (numbers sort as numbers: Qt::UserRole holds the raw value).
class ChartEntriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Track, Artists, Streams };

    explicit ChartEntriesModel(QObject* parent = nullptr);

    void setEntries(std::vector<analytics::ChartEntry> entries);
    [[nodiscard]] const analytics::ChartEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::ChartEntry> entries_;
};

} // namespace tunescope::ui
