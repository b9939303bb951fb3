#pragma once

#include <QDialog>

namespace tunescope::ui {

// Help › About Tunescope: the version, the versions of Qt (running and built with), SQLite and
// libcurl as loaded, the data folder, the license, and a way to the guide. "Copy" puts the
// versions on the clipboard for a bug report.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString& dataDir, QWidget* parent = nullptr);

    // "Tunescope 0.1.0\nQt 6.4.2 (built with 6.4.2)\nSQLite 3.40.1\nlibcurl 7.88.1 (OpenSSL/3.0.15)"
    static QString versionsText();

signals:
    void guideRequested();
};

} // namespace tunescope::ui
