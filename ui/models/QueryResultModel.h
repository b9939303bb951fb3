#pragma once

#include "query/QueryConsole.h"

#include <QAbstractTableModel>

namespace tunescope::ui {

// The rows of a query console result as a read-only table: numbers right-aligned, NULL greyed,
// blobs as "<blob N bytes>". Qt::UserRole holds the typed value (QVariant of qint64, double,
// QString, or null) for sorting proxies and tests.
class QueryResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit QueryResultModel(QObject* parent = nullptr);

    void setResult(query::QueryResult result);
    [[nodiscard]] const query::QueryResult& result() const { return result_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    query::QueryResult result_;
};

} // namespace tunescope::ui
