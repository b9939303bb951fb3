// The real system keychain, when the machine has one and TUNESCOPE_TEST_KEYCHAIN=1 says it may be
// used (a test must not touch a developer's keychain by surprise). CI has none: the test skips.
// To run it against a throwaway GNOME keyring:
//   HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
//     --components=secrets >/dev/null; TUNESCOPE_TEST_KEYCHAIN=1 ./KeychainSecretStoreTest'
#include "platform/KeychainSecretStore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <thread>

using namespace tunescope;

class KeychainSecretStoreTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("TUNESCOPE_TEST_KEYCHAIN") != 1) {
            QSKIP("set TUNESCOPE_TEST_KEYCHAIN=1 to use this machine's keychain");
        }
    }

    // Worker threads come and go (a thread pool, a login thread): the keychain answers each.
    void secretsRoundTripFromChangingThreads()
    {
        const std::string key = "tunescope/keychain-test/" + std::to_string(QDateTime::currentMSecsSinceEpoch());
        std::unique_ptr<auth::SecretStore> store;
        std::thread([&store] { store = ui::KeychainSecretStore::open(); }).join();
        QVERIFY2(store != nullptr, "no keychain answered");
        QCOMPARE(store->describe(), std::string("the system keychain"));

        Status written = makeError(ErrorCode::Io, "not run");
        std::thread([&] { written = store->write(key, "first"); }).join();
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
        auto read = QtConcurrent::run([&] { return store->read(key); }).result();
        QVERIFY(read.ok());
        QCOMPARE(read->value_or("<none>"), std::string("first"));

        std::thread([&] { written = store->write(key, "second"); }).join();
        QVERIFY(written.ok());
        std::thread([&] { read = store->read(key); }).join();
        QCOMPARE(read->value_or("<none>"), std::string("second"));

        Status removed = makeError(ErrorCode::Io, "not run");
        std::thread([&] { removed = store->remove(key); }).join();
        QVERIFY(removed.ok());
        read = QtConcurrent::run([&] { return store->read(key); }).result();
        QVERIFY(read.ok());
        QVERIFY(!read->has_value());
        std::thread([&] { removed = store->remove(key); }).join();
        QVERIFY(removed.ok()); // removing what is not there is fine: logging out twice
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
