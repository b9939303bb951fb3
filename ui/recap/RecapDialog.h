#pragma once

#include "ProfileSession.h"
#include "analytics/Recap.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace tunescope::ui {

class RecapPreview;

// The recap poster of a period: a scaled preview, portrait or landscape, exported as PNG or
// copied. The figures are gathered off the GUI thread when the dialog opens.
class RecapDialog : public QDialog {
    Q_OBJECT
public:
    RecapDialog(const ProfileSession& session, const analytics::Period& period, QWidget* parent = nullptr);

    // The poster at full size for the chosen layout; null until the figures are in.
    [[nodiscard]] const QImage& poster() const { return poster_; }
    bool exportPng(const QString& file, QString* error = nullptr) const;
    void copyImage() const;

    // Tests replace the file dialog.
    static std::function<QString(QWidget*, const QString& caption, const QString& suggested, const QString& filter)>
        saveFileName;

signals:
    void ready(); // the figures are in and the poster is drawn
    void exported(const QString& file);

private:
    void load(const ProfileSession& session, const analytics::Period& period);
    void render();
    void exportWithDialog();
    [[nodiscard]] QSize chosenSize() const;

    QString title_;
    std::optional<analytics::RecapData> recap_;
    QImage poster_;
    RecapPreview* preview_;
    QComboBox* size_;
    QPushButton* export_;
    QPushButton* copy_;
    QLabel* status_;
};

} // namespace tunescope::ui
