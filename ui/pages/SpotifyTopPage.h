#pragma once

#include "ProfileSession.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace tunescope::ui {

class ChartPanel;
class SpotifyTopModel;

// "Spotify top": Spotify's own ranking of the user's artists or tracks for a range, beside the
// user's real plays and listening time over the same window, and how the selected entry's rank
// moved across the snapshots each sync took. Everything reads the local database, off the GUI
// thread.
class SpotifyTopPage : public QWidget {
    Q_OBJECT
public:
    explicit SpotifyTopPage(QWidget* parent = nullptr);

    // Which profile to show; loads now when on screen, else when first shown.
    void setSource(const ProfileSession& session);
    void reload();
    [[nodiscard]] SpotifyTopModel* model() const { return model_; }
    [[nodiscard]] ChartPanel* rankChart() const { return chart_; }

signals:
    void loaded(int rows);
    void rankHistoryShown();
    void loginRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showRankHistory(int row);

    std::unique_ptr<ProfileSession> session_;
    QComboBox* kind_;
    QComboBox* range_;
    QLabel* caption_;
    QStackedWidget* stack_;
    QTableView* table_;
    ChartPanel* chart_;
    SpotifyTopModel* model_;
    quint64 generation_ = 0;
    quint64 historyGeneration_ = 0;
    bool stale_ = false;
};

} // namespace tunescope::ui
