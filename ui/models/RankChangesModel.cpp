#include "models/RankChangesModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace tunescope::ui {
namespace {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor rankMoveColour(analytics::RankStatus status)
{
    const bool dark = darkPalette();
    switch (status) {
    case analytics::RankStatus::Up: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7f, 0x3b);
    case analytics::RankStatus::Down: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case analytics::RankStatus::New: return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case analytics::RankStatus::Gone:
    case analytics::RankStatus::Same: break;
    }
    // A mid grey: quieter than the text, still readable (the disabled text colour is too faint).
    return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
}

RankChangesModel::RankChangesModel(bool withArtist, QObject* parent)
    : QAbstractTableModel(parent), withArtist_(withArtist)
{
}

void RankChangesModel::setComparison(const analytics::RankedComparison& list, analytics::Metric metric)
{
    beginResetModel();
    metric_ = metric;
    rows_.clear();
    rows_.reserve(list.top.size() + list.gone.size());
    rows_.insert(rows_.end(), list.top.begin(), list.top.end());
    rows_.insert(rows_.end(), list.gone.begin(), list.gone.end());
    endResetModel();
}

int RankChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RankChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (withArtist_ ? 6 : 5);
}

int RankChangesModel::columnOf(int section) const
{
    return !withArtist_ && section >= Artist ? section + 1 : section;
}

QString RankChangesModel::moveText(const analytics::RankChange& change)
{
    switch (change.status) {
    case analytics::RankStatus::New: return tr("new");
    case analytics::RankStatus::Gone: return tr("gone");
    case analytics::RankStatus::Same: return QStringLiteral("=");
    case analytics::RankStatus::Up: return QStringLiteral("▲%1").arg(change.placesMoved());
    case analytics::RankStatus::Down: return QStringLiteral("▼%1").arg(-change.placesMoved());
    }
    return {};
}

QVariant RankChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const auto& row = rows_[static_cast<std::size_t>(index.row())];
    const int column = columnOf(index.column());
    const bool plays = metric_ == analytics::Metric::Plays;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Rank: return row.rankB ? QLocale().toString(*row.rankB) : QStringLiteral("–");
        case Move: return moveText(row);
        case Name: return QString::fromStdString(row.name);
        case Artist: return QString::fromStdString(row.artist);
        case ValueA:
            return plays ? QLocale().toString(static_cast<qlonglong>(row.playsA))
                         : QLocale().toString(static_cast<double>(row.msPlayedA) / 3'600'000.0, 'f', 1);
        case ValueB:
            return plays ? QLocale().toString(static_cast<qlonglong>(row.playsB))
                         : QLocale().toString(static_cast<double>(row.msPlayedB) / 3'600'000.0, 'f', 1);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && column == Move) {
        return rankMoveColour(row.status);
    }
    if (role == Qt::FontRole && column == Move && row.status != analytics::RankStatus::Same) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column == Move) {
        return row.rankA ? tr("Rank %1 in A").arg(*row.rankA) : tr("Not played in A");
    }
    if (role == Qt::TextAlignmentRole && (column == Rank || column == ValueA || column == ValueB)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RankChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return {};
    }
    const bool plays = metric_ == analytics::Metric::Plays;
    switch (columnOf(section)) {
    case Rank: return QStringLiteral("#");
    case Move: return tr("Since A");
    case Name: return withArtist_ ? tr("Track") : tr("Artist");
    case Artist: return tr("Artist");
    case ValueA: return plays ? tr("Plays in A") : tr("Hours in A");
    case ValueB: return plays ? tr("Plays in B") : tr("Hours in B");
    default: return {};
    }
}

} // namespace tunescope::ui
