#include "charts/ChartTableDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tunescope::ui {

QStandardItemModel* chartTableModel(const ChartTable& table, QObject* parent)
{
    auto* model =
        new QStandardItemModel(static_cast<int>(table.rows.size()), static_cast<int>(table.header.size()), parent);
    model->setHorizontalHeaderLabels(table.header);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList& fields = table.rows.at(row);
        for (int column = 0; column < fields.size(); ++column) {
            auto* item = new QStandardItem(fields.at(column));
            item->setEditable(false);
            // Numbers sort as numbers.
            bool number = false;
            const double value = fields.at(column).toDouble(&number);
            if (number) {
                item->setData(value, Qt::UserRole);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setData(fields.at(column), Qt::UserRole);
            }
            model->setItem(row, column, item);
        }
    }
    model->setSortRole(Qt::UserRole);
    return model;
}

ChartTableDialog::ChartTableDialog(const QString& title, const ChartTable& table, QWidget* parent)
    : QDialog(parent), view_(new QTableView(this))
{
    setObjectName(QStringLiteral("chartDataTable"));
    setWindowTitle(tr("Data of “%1”").arg(title));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* caption =
        new QLabel(tr("%Ln rows, as in the CSV export", nullptr, static_cast<int>(table.rows.size())), this);
    view_->setObjectName(QStringLiteral("chartDataTableView"));
    view_->setModel(chartTableModel(table, view_));
    view_->setAccessibleName(tr("Data of “%1”").arg(title));
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the chart's order until a click
    view_->setSortingEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectItems);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->resizeColumnsToContents();
    caption->setBuddy(view_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(caption);
    layout->addWidget(view_, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    view_->setFocus();
    if (view_->model()->rowCount() > 0) {
        view_->setCurrentIndex(view_->model()->index(0, 0));
    }
}

} // namespace tunescope::ui
