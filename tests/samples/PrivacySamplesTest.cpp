// The real extended histories in ../shared/samples carry IP addresses, user agents and a user
// name: none of them may reach the profile's database files. Skips without the samples.

#include "TestSupport.h"

#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace tunescope {
namespace {

// Every value of the personal fields in the sample files (read with a plain JSON parser).
std::set<std::string> personalValues(const std::filesystem::path& folder)
{
    std::set<std::string> values;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        const auto rows = nlohmann::json::parse(testing::readFile(entry.path()), nullptr, false);
        for (const auto& row : rows.is_array() ? rows : nlohmann::json::array()) {
            for (const char* key : {"ip_addr", "ip_addr_decrypted", "user_agent_decrypted", "username"}) {
                // Short values ("unknown", a one-digit id) could appear anywhere by chance.
                if (row.contains(key) && row[key].is_string() && row[key].get<std::string>().size() >= 8) {
                    values.insert(row[key].get<std::string>());
                }
            }
        }
    }
    return values;
}

TEST(PrivacySamples, NoIpAddressUserAgentOrUserNameInTheDatabaseFiles)
{
    const auto samples = testing::samplesDir();
    if (!samples) {
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    const auto folder = *samples / "extended_streaming_history";
    const auto personal = personalValues(folder);
    ASSERT_GT(personal.size(), 10U); // the samples do carry them: the check below can fail
    testing::TempDir dir;
    const auto file = dir.path() / "profile.sqlite3";
    auto db = testing::databaseAt(file);
    const auto report = ingest::importHistory(db, {folder});
    ASSERT_GT(report.totalAdded(), 1000U);
    const std::string bytes = testing::readFile(file) + testing::readFile(dir.path() / "profile.sqlite3-wal");
    std::size_t found = 0;
    for (const auto& value : personal) {
        found += bytes.find(value) != std::string::npos ? 1U : 0U;
    }
    EXPECT_EQ(found, 0U) << "personal values stored (not printed here)";
}

} // namespace
} // namespace tunescope
