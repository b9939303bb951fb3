#include "platform/KeychainSecretStore.h"

#include "platform/KeychainThread.h"

namespace tunescope::ui {
namespace {

using Outcome = KeychainThread::Answer::Outcome;

// In words for the user; QtKeychain's detail names the backend's trouble, never a secret.
Error keychainError(const KeychainThread::Answer& answer, const std::string& what)
{
    std::string reason;
    switch (answer.outcome) {
    case Outcome::Denied:
        reason = "access to the system keychain was refused. Allow Tunescope access and try again.";
        break;
    case Outcome::Unavailable: reason = "no system keychain is available."; break;
    case Outcome::TimedOut:
        reason = "the system keychain did not answer in time. Unlock it (it may be waiting for your password) and "
                 "try again.";
        break;
    case Outcome::Done:
    case Outcome::NotFound:
    case Outcome::Failed:
        reason = "the system keychain reported a problem";
        if (!answer.detail.isEmpty()) {
            reason += " (" + answer.detail.toStdString() + ")";
        }
        reason += ". Try again; if it persists, log out and in again.";
        break;
    }
    return makeError(ErrorCode::Io, "Tunescope could not " + what + ": " + reason);
}

} // namespace

std::unique_ptr<auth::SecretStore> KeychainSecretStore::open()
{
    // Reading a key that is usually absent proves a keychain answers without changing anything.
    const auto probe =
        KeychainThread::run(KeychainThread::Operation::Read, QStringLiteral("tunescope/probe"), {}, kProbeTimeout);
    if (probe.outcome != Outcome::Done && probe.outcome != Outcome::NotFound) {
        return nullptr;
    }
    return std::unique_ptr<auth::SecretStore>(new KeychainSecretStore);
}

Result<std::optional<std::string>> KeychainSecretStore::read(const std::string& key)
{
    const auto answer = KeychainThread::run(KeychainThread::Operation::Read, QString::fromStdString(key), {}, kTimeout);
    if (answer.outcome == Outcome::NotFound) {
        return std::optional<std::string>();
    }
    if (answer.outcome != Outcome::Done) {
        return keychainError(answer, "read your Spotify login from the keychain");
    }
    return std::optional<std::string>(answer.data.toStdString());
}

Status KeychainSecretStore::write(const std::string& key, const std::string& secret)
{
    const auto answer = KeychainThread::run(KeychainThread::Operation::Write, QString::fromStdString(key),
                                            QByteArray::fromStdString(secret), kTimeout);
    if (answer.outcome != Outcome::Done) {
        return keychainError(answer, "save your Spotify login in the keychain");
    }
    return {};
}

Status KeychainSecretStore::remove(const std::string& key)
{
    const auto answer =
        KeychainThread::run(KeychainThread::Operation::Remove, QString::fromStdString(key), {}, kTimeout);
    if (answer.outcome != Outcome::Done && answer.outcome != Outcome::NotFound) {
        return keychainError(answer, "remove your Spotify login from the keychain");
    }
    return {};
}

std::string KeychainSecretStore::describe() const
{
    return "the system keychain";
}

} // namespace tunescope::ui
