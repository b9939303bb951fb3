#pragma once

#include <QDialog>

class QTextBrowser;

namespace tunescope::ui {

// Help › Guide (F1): the short guide of ui/help/guide.md (a Qt resource; guide_<language>.md
// where translated), with the redirect URI the login really uses and this window's data folder
// filled in.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(const QString& dataDir, QWidget* parent = nullptr);

    // The guide's Markdown for the user's language, filled in.
    static QString guideMarkdown(const QString& dataDir);
    [[nodiscard]] QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_;
};

} // namespace tunescope::ui
