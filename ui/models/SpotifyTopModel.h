#pragma once

#include "analytics/SpotifyTop.h"

#include <QAbstractTableModel>

#include <optional>

namespace tunescope::ui {

// Spotify's own top list beside the user's plays over the same window, one row per entry of the
// newest snapshot: Spotify's rank, the name (and artist, for tracks), the user's plays, listening
// time and rank by plays; "—" where the user never played it in that window.
class SpotifyTopModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SpotifyRank, Name, Artist, Plays, Time, YourRank };

    explicit SpotifyTopModel(QObject* parent = nullptr);

    void setComparison(std::optional<analytics::SpotifyTopComparison> comparison);
    [[nodiscard]] const std::optional<analytics::SpotifyTopComparison>& comparison() const { return comparison_; }
    [[nodiscard]] const analytics::SpotifyTopRow* rowAt(int row) const;
    // Which column a section shows: artists have no Artist column.
    [[nodiscard]] Column columnAt(int section) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool tracks() const;

    std::optional<analytics::SpotifyTopComparison> comparison_;
};

// "3 h 05 min", "42 min"
QString listeningTime(std::int64_t msPlayed);

} // namespace tunescope::ui
