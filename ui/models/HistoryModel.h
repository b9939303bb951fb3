#pragma once

#include "analytics/PlayHistory.h"
#include "util/TimeZone.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>

namespace tunescope::ui {

// Every matching play of a profile, a million rows or more: the model holds only the ids in
// display order and fetches the rows it is asked for, a page at a time.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Artist, Title, Album, Duration, Kind, Platform, Skipped, ColumnCount };

    using RowFetcher = std::function<Result<std::vector<analytics::HistoryRow>>(const std::vector<std::int64_t>&)>;

    explicit HistoryModel(QObject* parent = nullptr);

    // Shows these plays (ids from queryHistoryIds); rows come from `fetch` on demand.
    void reset(std::vector<std::int64_t> ids, RowFetcher fetch, TimeZone zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const analytics::HistoryRow* rowAt(int row) const;
    static analytics::HistoryColumn sortColumn(int column);

private:
    static constexpr std::size_t kPageSize = 256;
    const std::vector<analytics::HistoryRow>* page(std::size_t number) const;

    std::vector<std::int64_t> ids_;
    RowFetcher fetch_;
    TimeZone zone_ = TimeZone::utc();
    mutable std::map<std::size_t, std::vector<analytics::HistoryRow>> pages_;
};

} // namespace tunescope::ui
