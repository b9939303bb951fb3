#include "models/ChartEntriesModel.h"

#include <QLocale>

namespace tunescope::ui {

ChartEntriesModel::ChartEntriesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChartEntriesModel::setEntries(std::vector<analytics::ChartEntry> entries)
{
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

const analytics::ChartEntry* ChartEntriesModel::entryAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < entries_.size() ? &entries_[static_cast<std::size_t>(row)]
                                                                       : nullptr;
}

int ChartEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int ChartEntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Streams + 1;
}

QVariant ChartEntriesModel::data(const QModelIndex& index, int role) const
{
    const auto* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    const bool number = column == Rank || column == Streams;
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    const auto& value = column == Rank ? entry->rank : entry->streams;
    if (role == Qt::UserRole) { // what sorting compares
        if (number) {
            return value ? QVariant(static_cast<qlonglong>(*value)) : QVariant(-1LL);
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Rank: return value ? QString::number(*value) : QStringLiteral("—");
    case Track: return QString::fromStdString(entry->song.title);
    case Artists: return QString::fromStdString(entry->song.artists);
    case Streams: return value ? QLocale().toString(static_cast<qlonglong>(*value)) : QStringLiteral("—");
    }
    return {};
}

QVariant ChartEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Rank: return tr("Rank");
    case Track: return tr("Track");
    case Artists: return tr("Artists");
    case Streams: return tr("Streams");
    }
    return {};
}

} // namespace tunescope::ui
