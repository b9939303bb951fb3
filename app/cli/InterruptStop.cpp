#include "cli/InterruptStop.h"

#include <csignal>
#include <semaphore.h>

namespace tunescope::cli {
namespace {

volatile std::sig_atomic_t interruptSeen = 0;
volatile std::sig_atomic_t watcherDone = 0;
sem_t wake;

extern "C" void onInterrupt(int /*signal*/)
{
    interruptSeen = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the process
    sem_post(&wake);
}

} // namespace

InterruptStop::InterruptStop()
{
    interruptSeen = 0;
    watcherDone = 0;
    sem_init(&wake, 0, 0);
    watcher_ = std::thread([this] {
        while (watcherDone == 0) {
            if (sem_wait(&wake) != 0) {
                continue; // EINTR
            }
            if (interruptSeen != 0) {
                source_.request_stop();
            }
        }
    });
    previous_ = std::signal(SIGINT, onInterrupt);
}

InterruptStop::~InterruptStop()
{
    std::signal(SIGINT, previous_ == SIG_ERR ? SIG_DFL : previous_);
    watcherDone = 1;
    sem_post(&wake);
    watcher_.join();
    sem_destroy(&wake);
}

} // namespace tunescope::cli
