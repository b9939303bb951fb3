#pragma once

#include "ingest/ChartImport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tunescope::ui {

// Asks which chart files are when their names do not say: the region, daily or weekly, and the
// date (aggregated datasets carry region and date per row and need only the period).
class ChartIdentityDialog : public QDialog {
    Q_OBJECT
public:
    ChartIdentityDialog(const QStringList& files, QWidget* parent = nullptr);

    // What the user said, as import options; valid once the dialog was accepted.
    [[nodiscard]] ingest::ChartImportOptions options() const;

    void accept() override;

private:
    QLineEdit* region_;
    QComboBox* period_;
    QComboBox* kind_;
    QDateEdit* date_;
    QLabel* problem_;
};

} // namespace tunescope::ui
