#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace tunescope::ui {

// Hands the result of `future` to `done` on `context`'s thread. When the context is destroyed
// first, the result is dropped: no callback into a dead widget.
template <class ResultType, class Done>
void whenReady(QObject* context, QFuture<ResultType> future, Done done)
{
    auto* watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultType>::finished, context,
                     [watcher, guard = QPointer<QObject>(context), done = std::move(done)]() mutable {
                         if (guard) {
                             done(watcher->result());
                         }
                         watcher->deleteLater();
                     });
    watcher->setFuture(std::move(future));
}

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread.
template <class Work, class Done>
void runAsync(QObject* context, Work work, Done done)
{
    whenReady(context, QtConcurrent::run(std::move(work)), std::move(done));
}

} // namespace tunescope::ui
