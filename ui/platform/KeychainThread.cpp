#include "platform/KeychainThread.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <deque>
#include <future>
#include <memory>
#include <mutex>

namespace tunescope::ui {
namespace {

const QString kService = QStringLiteral("Tunescope");

struct Request {
    KeychainThread::Operation operation = KeychainThread::Operation::Read;
    QString key;
    QByteArray secret;
    std::promise<KeychainThread::Answer> answer;
};

KeychainThread::Answer answerOf(const QKeychain::Job& job)
{
    using Outcome = KeychainThread::Answer::Outcome;
    KeychainThread::Answer answer;
    answer.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: answer.outcome = Outcome::Done; break;
    case QKeychain::EntryNotFound: answer.outcome = Outcome::NotFound; break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: answer.outcome = Outcome::Denied; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: answer.outcome = Outcome::Unavailable; break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: answer.outcome = Outcome::Failed; break;
    }
    if (const auto* read = qobject_cast<const QKeychain::ReadPasswordJob*>(&job);
        read && answer.outcome == Outcome::Done) {
        answer.data = read->binaryData();
    }
    return answer;
}

// Lives in the keychain thread; starts the jobs handed over and fulfils their answers.
class JobRunner : public QObject {
    Q_OBJECT
public:
    void submit(std::shared_ptr<Request> request)
    {
        {
            const std::lock_guard lock(mutex_);
            pending_.push_back(std::move(request));
        }
        QMetaObject::invokeMethod(this, "startPending", Qt::QueuedConnection);
    }

    Q_INVOKABLE void startPending()
    {
        std::deque<std::shared_ptr<Request>> batch;
        {
            const std::lock_guard lock(mutex_);
            batch.swap(pending_);
        }
        for (auto& request : batch) {
            start(request);
        }
    }

private:
    void start(const std::shared_ptr<Request>& request)
    {
        QKeychain::Job* job = nullptr;
        switch (request->operation) {
        case KeychainThread::Operation::Read: job = new QKeychain::ReadPasswordJob(kService, this); break;
        case KeychainThread::Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(kService, this);
            write->setBinaryData(request->secret);
            job = write;
            break;
        }
        case KeychainThread::Operation::Remove: job = new QKeychain::DeletePasswordJob(kService, this); break;
        }
        request->secret.clear(); // the job holds the secret now; keep no second reference
        job->setAutoDelete(true);
        job->setKey(request->key);
        connect(job, &QKeychain::Job::finished, this,
                [request](QKeychain::Job* done) { request->answer.set_value(answerOf(*done)); });
        job->start();
    }

    std::mutex mutex_;
    std::deque<std::shared_ptr<Request>> pending_;
};

std::mutex threadMutex;
QThread* keychainThread = nullptr; // never deleted: a running QThread must not be destroyed
JobRunner* runner = nullptr;
bool stopped = false;

void stopKeychainThread()
{
    const std::lock_guard lock(threadMutex);
    stopped = true;
    if (keychainThread != nullptr) {
        keychainThread->quit();
        keychainThread->wait(3000); // a keychain that hangs must not hold up quitting
    }
}

// The runner, started on first use; nullptr without a QCoreApplication or after it is gone.
JobRunner* startedRunner()
{
    const std::lock_guard lock(threadMutex);
    if (stopped || QCoreApplication::instance() == nullptr) {
        return nullptr;
    }
    if (runner == nullptr) {
        keychainThread = new QThread;
        keychainThread->setObjectName(QStringLiteral("keychain"));
        runner = new JobRunner;
        runner->moveToThread(keychainThread);
        keychainThread->start();
        qAddPostRoutine(stopKeychainThread); // stops the thread when the application object goes
    }
    return runner;
}

[[maybe_unused]] bool onGuiThread()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr &&
           QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace

KeychainThread::Answer KeychainThread::run(Operation operation, const QString& key, const QByteArray& secret,
                                           std::chrono::milliseconds timeout)
{
    // Waiting here freezes the window: keychain calls belong on worker threads.
    Q_ASSERT_X(!onGuiThread(), "KeychainThread::run", "called on the GUI thread");
    JobRunner* jobs = startedRunner();
    if (jobs == nullptr) {
        return Answer{Answer::Outcome::Unavailable, QStringLiteral("no application object"), {}};
    }
    auto request = std::make_shared<Request>();
    request->operation = operation;
    request->key = key;
    request->secret = secret;
    auto answer = request->answer.get_future();
    jobs->submit(std::move(request));
    if (answer.wait_for(timeout) != std::future_status::ready) {
        return Answer{Answer::Outcome::TimedOut, {}, {}}; // the job finishes later, unheard
    }
    return answer.get();
}

} // namespace tunescope::ui

#include "KeychainThread.moc"
