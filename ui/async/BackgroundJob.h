#pragma once

#include "async/RunAsync.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <utility>

namespace tunescope::ui {

// What a worker reports while it runs; read on the GUI thread by a timer, so a worker reporting
// thousands of steps costs the window nothing.
class JobProgress {
public:
    void set(int done, int total, std::string step)
    {
        const std::lock_guard lock(mutex_);
        done_ = done;
        total_ = total;
        step_ = std::move(step);
        changed_ = true;
    }

    // True with the latest figures when they changed since the last call.
    bool take(int& done, int& total, std::string& step)
    {
        const std::lock_guard lock(mutex_);
        if (!std::exchange(changed_, false)) {
            return false;
        }
        done = done_;
        total = total_;
        step = step_;
        return true;
    }

private:
    std::mutex mutex_;
    int done_ = 0;
    int total_ = 0;
    std::string step_;
    bool changed_ = false;
};

// One long task at a time for a window part: runs on the thread pool, reports progress, can be
// cancelled (std::stop_token), and a newer start() or cancel() drops the older answer.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject* parent) : QObject(parent), timer_(new QTimer(this))
    {
        timer_->setInterval(50);
        connect(timer_, &QTimer::timeout, this, &BackgroundJob::deliverProgress);
    }
    ~BackgroundJob() override { cancel(); }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // work(JobProgress&, std::stop_token) -> Outcome on a worker; done(const Outcome&) here after.
    template <class Outcome, class Work, class Done>
    void start(Work work, Done done)
    {
        cancel();
        const quint64 generation = ++generation_;
        stop_ = std::make_shared<std::stop_source>();
        progress_ = std::make_shared<JobProgress>();
        timer_->start();
        running_ = true;
        emit runningChanged(true);
        runAsync(
            this,
            [work = std::move(work), progress = progress_, stop = stop_->get_token()]() -> Outcome {
                return work(*progress, stop);
            },
            [this, generation, done = std::move(done)](const Outcome& outcome) {
                if (generation != generation_) {
                    return; // cancelled or replaced: the window has moved on
                }
                deliverProgress();
                finish();
                done(outcome);
            });
    }

    // Asks the running work to stop; its answer is dropped.
    void cancel()
    {
        if (!running_) {
            return;
        }
        stop_->request_stop();
        ++generation_;
        finish();
    }

    [[nodiscard]] bool running() const { return running_; }

signals:
    void progress(int done, int total, const QString& step);
    void runningChanged(bool running);

private:
    void deliverProgress()
    {
        int done = 0;
        int total = 0;
        std::string step;
        if (progress_ && progress_->take(done, total, step)) {
            emit progress(done, total, QString::fromStdString(step));
        }
    }

    void finish()
    {
        timer_->stop();
        running_ = false;
        emit runningChanged(false);
    }

    QTimer* timer_;
    std::shared_ptr<std::stop_source> stop_;
    std::shared_ptr<JobProgress> progress_;
    quint64 generation_ = 0;
    bool running_ = false;
};

} // namespace tunescope::ui
