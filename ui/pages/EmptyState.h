#pragma once

#include <QWidget>

class QLayout;

namespace tunescope::ui {

// Lays out `text` and the `buttons` under it as one column of readable width, centred in `host`:
// the text wraps inside it (a label aligned in a layout would keep its one-line size and cut the
// text). For every "nothing here yet" page.
void placeInCentredColumn(QWidget* host, QWidget* text, QLayout* buttons);

// First start: how to get the export from Spotify, and the way to the demo.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

signals:
    void importRequested();
    void demoRequested();
};

} // namespace tunescope::ui
