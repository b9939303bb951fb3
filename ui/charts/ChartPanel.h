#pragma once

#include "charts/ChartContent.h"

#include <QFrame>

#include <functional>

class QMenu;
class QVBoxLayout;

namespace tunescope::ui {

class ChartTableDialog;

// A chart with its export menu (toolbar button and right-click): PNG at a chosen size, SVG, CSV
// of the data behind it, Copy image, and the data as a table (Ctrl+T while the chart has focus).
// The panel's frame is highlighted while the keyboard focus is in it.
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& objectName, QWidget* parent = nullptr);
    ~ChartPanel() override;
    ChartPanel(const ChartPanel&) = delete;
    ChartPanel& operator=(const ChartPanel&) = delete;
    ChartPanel(ChartPanel&&) = delete;
    ChartPanel& operator=(ChartPanel&&) = delete;

    void setContent(ChartContent content);
    [[nodiscard]] const ChartContent& content() const { return content_; }
    // The widget on screen: a QChartView for Qt charts, or the content's own widget.
    [[nodiscard]] QWidget* view() const { return view_; }

    bool exportPng(const QString& file, QSize size, QString* error = nullptr) const;
    bool exportSvg(const QString& file, QString* error = nullptr) const;
    bool exportCsv(const QString& file, QString* error = nullptr) const;
    void copyImage() const;
    // Opens the data behind the chart (the rows of the CSV export) in a table dialog.
    ChartTableDialog* showDataTable();
    // Twice the device pixels of the chart as shown: crisp on screen and in documents.
    [[nodiscard]] QSize defaultExportSize() const;

    // Tests replace the file and size dialogs.
    static std::function<QString(QWidget*, const QString& caption, const QString& suggested, const QString& filter)>
        saveFileName;
    static std::function<std::optional<QSize>(QWidget*, QSize suggested)> askPngSize;

signals:
    void exported(const QString& file);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void buildMenu();
    void exportWithDialog(const QString& format);
    QString suggestedName(const QString& extension) const;

    ChartContent content_;
    QWidget* view_ = nullptr;
    QVBoxLayout* layout_;
    QMenu* menu_;
    QWidget* exportButton_ = nullptr;
    bool focusWithin_ = false;
    // Broken in the destructor: ~QWidget moves the focus, and the signal must not reach a panel
    // that is already half destroyed.
    QMetaObject::Connection focusWatch_;
};

} // namespace tunescope::ui
