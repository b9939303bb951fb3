#include "models/SpotifyTopModel.h"

#include <QLocale>

namespace tunescope::ui {
namespace {

const QString kNotPlayed = QStringLiteral("—");

} // namespace

QString listeningTime(std::int64_t msPlayed)
{
    const auto minutes = msPlayed / 60'000;
    if (minutes < 60) {
        return QObject::tr("%1 min").arg(minutes);
    }
    return QObject::tr("%1 h %2 min")
        .arg(QLocale().toString(static_cast<qlonglong>(minutes / 60)))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

SpotifyTopModel::SpotifyTopModel(QObject* parent) : QAbstractTableModel(parent) {}

void SpotifyTopModel::setComparison(std::optional<analytics::SpotifyTopComparison> comparison)
{
    beginResetModel();
    comparison_ = std::move(comparison);
    endResetModel();
}

bool SpotifyTopModel::tracks() const
{
    return comparison_ && comparison_->kind == store::TopListKind::Tracks;
}

const analytics::SpotifyTopRow* SpotifyTopModel::rowAt(int row) const
{
    if (!comparison_ || row < 0 || static_cast<std::size_t>(row) >= comparison_->rows.size()) {
        return nullptr;
    }
    return &comparison_->rows[static_cast<std::size_t>(row)];
}

SpotifyTopModel::Column SpotifyTopModel::columnAt(int section) const
{
    if (!tracks() && section >= Artist) {
        return static_cast<Column>(section + 1);
    }
    return static_cast<Column>(section);
}

int SpotifyTopModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !comparison_ ? 0 : static_cast<int>(comparison_->rows.size());
}

int SpotifyTopModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return tracks() ? YourRank + 1 : YourRank;
}

QVariant SpotifyTopModel::data(const QModelIndex& index, int role) const
{
    const auto* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (row == nullptr || index.column() >= columnCount()) {
        return {};
    }
    const Column column = columnAt(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = column != Name && column != Artist;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && column == Name && row->name.empty()) {
        return tr("Spotify did not send a name for this entry (id %1)").arg(QString::fromStdString(row->spotifyId));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const bool played = row->plays > 0;
    const QLocale locale;
    switch (column) {
    case SpotifyRank: return row->spotifyRank;
    case Name:
        return row->name.empty() ? QStringLiteral("(%1)").arg(QString::fromStdString(row->spotifyId))
                                 : QString::fromStdString(row->name);
    case Artist: return QString::fromStdString(row->artist);
    case Plays: return played ? locale.toString(static_cast<qlonglong>(row->plays)) : kNotPlayed;
    case Time: return played ? listeningTime(row->msPlayed) : kNotPlayed;
    case YourRank: return row->playsRank ? QVariant(*row->playsRank) : QVariant(kNotPlayed);
    }
    return {};
}

QVariant SpotifyTopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (columnAt(section)) {
    case SpotifyRank: return tr("Spotify rank");
    case Name: return tracks() ? tr("Track") : tr("Artist");
    case Artist: return tr("Artist");
    case Plays: return tr("Your plays");
    case Time: return tr("Your listening time");
    case YourRank: return tr("Your rank");
    }
    return {};
}

} // namespace tunescope::ui
