#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace tunescope::ui {

// Where every QtKeychain job of the process runs: one thread with its own event loop. QtKeychain
// queues all jobs through a process-wide executor that lives in the thread of the first job and
// hears about finished jobs through that thread's event loop; jobs started from changing pool
// threads (each with a short local loop) would leave it waiting on a thread that no longer runs
// a loop, and every later job would hang. Callers (worker threads, or the CLI's main thread) hand
// a job over and wait for its answer, at most `timeout`; the GUI thread never waits here.
class KeychainThread {
public:
    enum class Operation { Read, Write, Remove };

    struct Answer {
        enum class Outcome { Done, NotFound, Denied, Unavailable, Failed, TimedOut };
        Outcome outcome = Outcome::Failed;
        QString detail;  // QtKeychain's words, never a secret
        QByteArray data; // Read: the secret
    };

    static Answer run(Operation operation, const QString& key, const QByteArray& secret,
                      std::chrono::milliseconds timeout);
};

} // namespace tunescope::ui
