#pragma once

#include "ProfileSession.h"
#include "pages/SavedQueries.h"
#include "query/QueryConsole.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <stop_token>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace tunescope::ui {

class ChartPanel;
class QueryResultModel;

// SQL over the profile's database for analysts, read-only (core/query): an editor, Run
// (Ctrl+Return) off the GUI thread with Cancel, the result as a table (export CSV) and as a bar
// or line chart of two chosen columns, ready-made examples and the user's saved queries. Errors
// and refused writes show in words under the editor.
class QueryPage : public QWidget {
    Q_OBJECT
public:
    // At most this many rows are kept from one run; the status line says when there were more.
    static constexpr std::size_t kMaxRows = 10'000;

    explicit QueryPage(QWidget* parent = nullptr);

    void setSource(const ProfileSession& session);
    void setSql(const QString& sql);
    void run();
    void cancel();
    [[nodiscard]] bool running() const { return running_; }
    [[nodiscard]] ChartPanel* chartPanel() const { return chart_; }
    [[nodiscard]] QueryResultModel* resultModel() const { return model_; }

    // Tests replace the name dialog of Save.
    static std::function<QString(QWidget*, const QString& suggested)> askQueryName;

signals:
    // A run ended: rows, an error or a cancellation are on screen.
    void finished();

private:
    QWidget* buildToolbar();
    QWidget* buildChartTab();
    void finish(const Result<query::QueryResult>& result);
    void showError(const QString& message);
    void setRunning(bool running);
    void fillChartChoices();
    void redrawChart();
    void exportCsv();
    void refreshSaved();
    void saveQuery();
    void removeQuery();

    std::optional<ProfileSession> session_;
    std::stop_source stop_;
    bool running_ = false;
    quint64 generation_ = 0;
    SavedQueries saved_;
    QPlainTextEdit* editor_;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QToolButton* examples_ = nullptr;
    QComboBox* savedList_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* remove_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QLabel* error_;
    QLabel* status_;
    QueryResultModel* model_;
    QTableView* table_;
    QComboBox* labelColumn_ = nullptr;
    QComboBox* valueColumn_ = nullptr;
    QComboBox* chartKind_ = nullptr;
    ChartPanel* chart_ = nullptr;
};

} // namespace tunescope::ui
