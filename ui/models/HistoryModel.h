#pragma once

#include "analytics/PlayHistory.h"
#include "util/TimeZone.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <optional>

namespace tunescope::ui {

// Every matching play of a profile, a million rows or more: the model holds only the ids in
// display order and fetches the rows it is asked for, a page at a time, on the thread pool: a
// row not fetched yet shows as empty for a moment and fills in (dataChanged) when its page
// arrives. Fetches run one at a time, the page asked for last first, so the rows on screen win
// over rows scrolled past.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Artist, Title, Album, Duration, Kind, Platform, Skipped, ColumnCount };

    // Called on a worker thread, never twice at once.
    using RowFetcher = std::function<Result<std::vector<analytics::HistoryRow>>(const std::vector<std::int64_t>&)>;

    explicit HistoryModel(QObject* parent = nullptr);

    // Shows these plays (ids from queryHistoryIds); rows come from `fetch` on demand. `firstPage`,
    // when given, holds the rows of the first kPageSize ids, so the top of the table shows at once.
    void reset(std::vector<std::int64_t> ids, RowFetcher fetch, TimeZone zone,
               std::vector<analytics::HistoryRow> firstPage = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row when its page is in memory (else it is requested and nullptr returned).
    [[nodiscard]] const analytics::HistoryRow* rowAt(int row) const;
    static analytics::HistoryColumn sortColumn(int column);

    static constexpr std::size_t kPageSize = 256;

private:
    void requestPage(std::size_t number);
    void fetchNext();
    void storePage(std::size_t number, std::vector<analytics::HistoryRow> rows);

    std::vector<std::int64_t> ids_;
    RowFetcher fetch_;
    TimeZone zone_ = TimeZone::utc();
    std::map<std::size_t, std::vector<analytics::HistoryRow>> pages_;
    std::vector<std::size_t> wanted_;     // pages asked for, the latest last
    std::optional<std::size_t> inFlight_; // the page being fetched
    quint64 generation_ = 0;              // bumped by reset(): older answers are dropped
};

} // namespace tunescope::ui
