#pragma once

#include "ProfileSession.h"
#include "analytics/PlayHistory.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tunescope::ui {

class HistoryModel;

// Every play, searchable, filterable and sortable, fast on a million rows.
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(QWidget* parent = nullptr);

    void setSource(const ProfileSession& session, const analytics::Period& period);
    [[nodiscard]] HistoryModel* model() const { return model_; }

signals:
    void subjectActivated(const analytics::Subject& subject);
    void loaded(int rows);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requery();
    [[nodiscard]] analytics::HistoryFilter filter() const;

    std::unique_ptr<ProfileSession> session_;
    std::shared_ptr<store::Database> rowsDb_; // the model's page fetches, one at a time on a worker
    analytics::Period period_;
    QLineEdit* search_;
    QComboBox* kind_;
    QComboBox* skipped_;
    QTableView* table_;
    QLabel* status_;
    QTimer* debounce_;
    HistoryModel* model_;
    int sortColumn_ = 0;
    Qt::SortOrder sortOrder_ = Qt::DescendingOrder;
    quint64 generation_ = 0;
    bool stale_ = false;
};

} // namespace tunescope::ui
