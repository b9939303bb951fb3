#pragma once

#include "charts/ChartContent.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace tunescope::ui {

// The data behind a chart as a table, for keyboard and screen-reader users: the same rows the
// CSV export writes, one cell at a time, sortable.
class ChartTableDialog : public QDialog {
    Q_OBJECT
public:
    ChartTableDialog(const QString& title, const ChartTable& table, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return view_; }

private:
    QTableView* view_;
};

// The chart's table as an item model (header and rows as in the CSV export).
QStandardItemModel* chartTableModel(const ChartTable& table, QObject* parent);

} // namespace tunescope::ui
