#pragma once

#include "ProfileSession.h"
#include "analytics/GenreStats.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace tunescope::ui {

class ChartPanel;
class GenreMappingDialog;

// Top genres (bars and donut), genres per month and how much listening has genres, for the
// period and metric of the range bar; the way into the genre mapping. Without any genres yet,
// says where they come from and offers to find them.
class GenresPage : public QWidget {
    Q_OBJECT
public:
    explicit GenresPage(QWidget* parent = nullptr);

    // Loads at once when the page is on screen, else when it is next shown.
    void setSource(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric);
    [[nodiscard]] QList<ChartPanel*> chartPanels() const;
    [[nodiscard]] bool showsEmptyState() const;
    // The mapping dialog while it is open.
    [[nodiscard]] GenreMappingDialog* mappingDialog() const;
    void openMappingDialog();

signals:
    void findGenresRequested();
    // The user changed the genre mapping: everything that shows genres should reload.
    void mappingChanged();
    // The charts show the current period and metric.
    void filled();

protected:
    void showEvent(QShowEvent* event) override;

public slots:
    // Reads the genres again (after an enrichment run, or when the mapping changed).
    void reload();

private:
    void fill(const analytics::GenreOverview& genres, analytics::Metric metric);

    std::optional<ProfileSession> session_;
    analytics::Period period_;
    analytics::Metric metric_ = analytics::Metric::Plays;
    bool stale_ = false;
    quint64 generation_ = 0;
    QStackedWidget* stack_;
    QWidget* content_;
    QWidget* empty_;
    QLabel* coverage_;
    ChartPanel* top_;
    ChartPanel* donut_;
    ChartPanel* overTime_;
    QPointer<GenreMappingDialog> dialog_;
};

} // namespace tunescope::ui
