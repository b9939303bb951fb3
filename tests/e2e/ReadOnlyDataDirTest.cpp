// A data folder Tunescope may not write to (a read-only mount, a folder of another user): the
// user is told which file and what to do, and the profile is exactly as it was. CI runs as root,
// whom permissions do not stop: there the binary runs as the unprivileged user `nobody`.

#include "BinaryRun.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include "store/Profile.h"

#include <gtest/gtest.h>

#include <unistd.h>

namespace tunescope {
namespace {

using testing::quoted;

// How to run the binary as someone the folder's permissions apply to.
std::string asUnprivileged()
{
    return ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups env" : "env";
}

void makeReadOnly(const std::filesystem::path& dir, bool readOnly)
{
    namespace fs = std::filesystem;
    const auto files = readOnly ? fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read
                                : fs::perms::owner_read | fs::perms::owner_write;
    const auto folders = files | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        fs::permissions(entry.path(), entry.is_directory() ? folders : files);
    }
    fs::permissions(dir, folders);
}

TEST(ReadOnlyDataDir, AnImportSaysWhereItMayNotWriteAndChangesNothing)
{
    testing::TempDir data;
    testing::TempDir logs; // stays writable: the shell writes stderr there
    const auto inputs = data.path() / "inputs";
    std::filesystem::create_directories(inputs);
    std::filesystem::copy_file(testing::fixture("extended_2024.json"), inputs / "Streaming_History_Audio_2024.json");
    const auto profile = data.path() / "tunescope";
    ASSERT_EQ(testing::runTunescope(profile, "import " + quoted(testing::fixture("extended_2021.json"))).exitCode, 0);
    const auto database = store::ProfileLocation{profile, "default"}.databaseFile();
    std::string before;
    {
        auto db = testing::databaseAt(database);
        before = testing::databaseContentDigest(db);
    }
    makeReadOnly(data.path(), true);
    const auto probe = testing::runBinary(asUnprivileged(), "--version", logs.path() / "probe.txt");
    if (probe.exitCode != 0) {
        makeReadOnly(data.path(), false);
        GTEST_SKIP() << "cannot run the binary as an unprivileged user here: " << probe.err;
    }

    const auto env =
        asUnprivileged() + " HOME=" + quoted(data.path()) + " TZ=UTC TUNESCOPE_DATA_DIR=" + quoted(profile);
    const auto import = testing::runBinary(env, "import " + quoted(inputs / "Streaming_History_Audio_2024.json"),
                                           logs.path() / "import.txt");
    const auto stats = testing::runBinary(env, "stats", logs.path() / "stats.txt");
    makeReadOnly(data.path(), false);

    EXPECT_NE(import.exitCode, 0);
    const std::string said = import.out + import.err;
    EXPECT_NE(said.find(database.string()), std::string::npos) << said;
    EXPECT_NE(said.find("read-only"), std::string::npos) << said;
    EXPECT_NE(said.find("--data-dir"), std::string::npos) << said;
    EXPECT_EQ(said.find("write-ahead"), std::string::npos) << "SQLite's words instead of ours: " << said;
    EXPECT_NE(stats.exitCode, 0); // reading needs the write-ahead log's files: said the same way
    EXPECT_NE((stats.out + stats.err).find("read-only"), std::string::npos) << stats.out << stats.err;

    auto db = testing::databaseAt(database);
    EXPECT_EQ(testing::databaseContentDigest(db), before);
    auto check = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check && check->step());
    EXPECT_EQ(check->text(0), "ok");
}

} // namespace
} // namespace tunescope
