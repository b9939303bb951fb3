#include "models/QueryResultModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace tunescope::ui {

QueryResultModel::QueryResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueryResultModel::setResult(query::QueryResult result)
{
    beginResetModel();
    result_ = std::move(result);
    endResetModel();
}

int QueryResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(result_.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(result_.columns.size());
}

QVariant QueryResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const auto& value = result_.rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return QString::fromStdString(query::displayText(value));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(query::isNumber(value) ? Qt::AlignRight | Qt::AlignVCenter
                                                                        : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (query::isNull(value) || std::holds_alternative<query::BlobValue>(value)) {
            return QVariant::fromValue(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case Qt::UserRole:
        if (const auto* i = std::get_if<std::int64_t>(&value)) {
            return QVariant::fromValue(static_cast<qint64>(*i));
        }
        if (const auto* d = std::get_if<double>(&value)) {
            return *d;
        }
        if (query::isNull(value)) {
            return {};
        }
        return QString::fromStdString(query::displayText(value));
    default: return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    return section >= 0 && section < columnCount()
               ? QString::fromStdString(result_.columns[static_cast<std::size_t>(section)])
               : QVariant();
}

} // namespace tunescope::ui
