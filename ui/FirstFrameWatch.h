#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>
#include <QWindow>

#include <functional>

namespace tunescope::ui {

// Calls `painted` once the top-level widget's window has finished painting a frame after arm():
// it watches the window's Expose and the widget's and window's UpdateRequest events, lets the
// receiver handle the event (that is where Qt lays out and paints the widgets), then reports. The app's start-up probe
// and the floor benchmark time their first frame with this, so both count the same work.
class FirstFrameWatch : public QObject {
public:
    FirstFrameWatch(QWidget* topLevel, std::function<void()> painted)
        : QObject(topLevel), topLevel_(topLevel), painted_(std::move(painted))
    {
        topLevel_->setAttribute(Qt::WA_NativeWindow); // the QWindow exists from here on
        // Expose arrives at the QWindow; widget repaints are posted to the widget as UpdateRequest.
        topLevel_->windowHandle()->installEventFilter(this);
        topLevel_->installEventFilter(this);
    }

    void arm() { armed_ = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool frame = event->type() == QEvent::Expose || event->type() == QEvent::UpdateRequest;
        if (!armed_ || !frame || !topLevel_->windowHandle()->isExposed()) {
            return false;
        }
        watched->event(event); // paint now, then report
        armed_ = false;
        painted_();
        return true;
    }

private:
    QWidget* topLevel_;
    std::function<void()> painted_;
    bool armed_ = false;
};

} // namespace tunescope::ui
