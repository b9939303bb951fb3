// Hostile export ZIPs: entry names that lead outside the archive, a broken central directory,
// valid JSON that is no history, names that are not UTF-8, and ZIP bombs (an entry bigger than
// the cap, an entry that inflates far past the size it states, tens of thousands of entries).
// Entries are read in memory, never unpacked; memory stays bounded; the profile is unchanged.

#include "HostileProfile.h"
#include "PeakMemory.h"
#include "ZipFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

namespace tunescope {
namespace {

namespace fs = std::filesystem;
using ingest::FileReport;
using testing::hostileFile;

std::set<fs::path> filesUnder(const fs::path& folder)
{
    std::set<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        files.insert(entry.path());
    }
    return files;
}

// Peak memory of importing `zip` into a fresh profile, in a child process.
std::optional<std::int64_t> importPeakGrowth(const fs::path& zip)
{
    return testing::peakMemoryGrowth([&zip] {
        auto db = testing::freshDatabase();
        (void)ingest::importHistory(db, {zip});
    });
}

constexpr std::int64_t kMiB = 1 << 20;

class HostileArchive : public ::testing::Test {
protected:
    testing::HostileProfile profile;
    std::string before = testing::databaseContentDigest(profile.db);
};

TEST_F(HostileArchive, EntriesNamedOutsideTheArchiveAreRefusedByNameAndNothingIsWritten)
{
    // In a folder of its own, two levels down, so "../" and "../../" land in folders we watch.
    const auto zip =
        profile.dir.write("watched/a/b/export.zip", testing::readFile(hostileFile("export_path_traversal.zip")));
    const auto watched = profile.dir.path() / "watched";
    const auto filesBefore = filesUnder(watched);

    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 4U);
    const char* names[] = {"../evil.json", "/abs/path.json", "C:\\x.json", "a/../../b.json"};
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& f = report.files[i];
        EXPECT_EQ(f.name, zip.string() + ": " + names[i]);
        EXPECT_EQ(f.outcome, FileReport::Outcome::Rejected) << f.name;
        EXPECT_NE(f.error.find("points outside the archive"), std::string::npos) << f.error;
        EXPECT_EQ(f.playsAdded, 0U);
    }
    EXPECT_TRUE(report.anyRejected());
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
    EXPECT_TRUE(profile.intact());
    EXPECT_EQ(filesUnder(watched), filesBefore);
    for (const char* name : {"evil.json", "b.json", "x.json", "C:\\x.json"}) {
        EXPECT_FALSE(fs::exists(fs::current_path() / name)) << name;
    }
    EXPECT_FALSE(fs::exists("/abs/path.json"));
}

TEST_F(HostileArchive, ACorruptCentralDirectoryRefusesTheArchive)
{
    const auto zip = hostileFile("export_corrupt_central_directory.zip");
    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].name, zip.string());
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("ZIP"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
    EXPECT_TRUE(profile.intact());
}

TEST_F(HostileArchive, ValidJsonThatIsNoHistoryIsPassedOverByEntryName)
{
    const auto zip = hostileFile("export_not_history.zip");
    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 2U);
    EXPECT_EQ(report.files[0].name,
              zip.string() + ": Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json");
    for (const auto& f : report.files) {
        EXPECT_EQ(f.outcome, FileReport::Outcome::Ignored) << f.name << ": " << f.error;
        EXPECT_FALSE(f.error.empty());
    }
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
}

TEST_F(HostileArchive, AnEntryLargerThanTheCapIsRefusedWithoutInflatingIt)
{
    // The headers say 3 GiB unpacked (over the 1 GiB cap); the data is 8 MiB of zeros.
    const std::string name = "Streaming_History_Audio_2023_0.json";
    std::string bytes = testing::makeZip({{name, std::string(std::size_t{8} << 20U, '\0')}});
    testing::stateUnpackedSize(bytes, name, 3U << 30U);
    const auto zip = profile.dir.write("bomb-over-cap.zip", bytes);

    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].name, zip.string() + ": " + name);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("too large (3072 MiB unpacked)"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);

    const auto growth = importPeakGrowth(zip);
    ASSERT_TRUE(growth) << "peak memory cannot be measured here";
    std::cout << "[ figures  ] ZIP entry stating 3 GiB: peak memory +" << *growth / 1024 << " KiB\n";
    EXPECT_LT(*growth, 32 * kMiB);
}

TEST_F(HostileArchive, AnEntryStatingASizeUnderTheCapItCannotHoldCostsOnlyWhatItInflates)
{
    // The headers say 1000 MiB unpacked (under the cap); the data is 64 KiB deflated to ~100 bytes.
    const std::string name = "Streaming_History_Audio_2023_0.json";
    std::string bytes = testing::makeZip({{name, std::string(std::size_t{64} << 10U, ' ')}});
    testing::stateUnpackedSize(bytes, name, 1000U << 20U);
    const auto zip = profile.dir.write("bomb-under-cap.zip", bytes);

    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("the ZIP entry is damaged"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);

    const auto growth = importPeakGrowth(zip);
    ASSERT_TRUE(growth) << "peak memory cannot be measured here";
    std::cout << "[ figures  ] ZIP entry stating 1000 MiB, holding 64 KiB: peak memory +" << *growth / 1024 << " KiB\n";
    EXPECT_LT(*growth, 32 * kMiB);
}

TEST_F(HostileArchive, AnEntryInflatingFarPastItsStatedSizeStopsAtThatSize)
{
    // 64 MiB of '[' squeezed into a few hundred KiB, stating 4 KiB: reading stops one byte past 4 KiB.
    const std::string name = "Streaming_History_Audio_2023_0.json";
    std::string bytes = testing::makeZip({{name, std::string(std::size_t{64} << 20U, '[')}});
    testing::stateUnpackedSize(bytes, name, 4096);
    const auto zip = profile.dir.write("bomb-lying.zip", bytes);
    EXPECT_LT(bytes.size(), std::size_t{1} << 20);

    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].name, zip.string() + ": " + name);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("the ZIP entry is damaged"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);

    const auto growth = importPeakGrowth(zip);
    ASSERT_TRUE(growth) << "peak memory cannot be measured here";
    std::cout << "[ figures  ] ZIP entry stating 4 KiB, inflating to 64 MiB: peak memory +" << *growth / 1024
              << " KiB\n";
    EXPECT_LT(*growth, 16 * kMiB);
}

TEST_F(HostileArchive, TensOfThousandsOfEntriesAreEachPassedOverInBoundedMemory)
{
    std::vector<testing::ZipEntry> entries;
    constexpr std::size_t kEntries = 20'000;
    for (std::size_t i = 0; i < kEntries; ++i) {
        entries.push_back({"junk/" + std::to_string(i) + ".json", std::string(1024, ' ') + "{\"n\":1}"});
    }
    const auto zip = profile.dir.write("many-entries.zip", testing::makeZip(entries));

    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), kEntries);
    EXPECT_EQ(report.files[123].name, zip.string() + ": junk/123.json");
    EXPECT_TRUE(std::all_of(report.files.begin(), report.files.end(),
                            [](const FileReport& f) { return f.outcome == FileReport::Outcome::Ignored; }));
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);

    const auto growth = importPeakGrowth(zip);
    ASSERT_TRUE(growth) << "peak memory cannot be measured here";
    std::cout << "[ figures  ] ZIP of 20,000 entries: peak memory +" << *growth / 1024 << " KiB\n";
    EXPECT_LT(*growth, 100 * kMiB);
}

TEST_F(HostileArchive, AnEntryNameThatIsNotUtf8RefusesTheArchive)
{
    // The name's bytes FF FE, flagged as UTF-8: libzip calls the archive inconsistent.
    const auto zip = hostileFile("export_invalid_utf8_name.zip");
    const auto report = profile.importHistory(zip);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].name, zip.string());
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("not a readable ZIP archive"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::databaseContentDigest(profile.db), before);
    EXPECT_TRUE(profile.intact());
}

} // namespace
} // namespace tunescope
