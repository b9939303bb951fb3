#include "TestSupport.h"

#include "analytics/Overview.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::samplesDir;

TEST(Samples, EveryHistorySampleImportsAndReimportAddsNothing)
{
    const auto samples = samplesDir();
    if (!samples) {
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    auto db = testing::freshDatabase();
    const std::vector<std::filesystem::path> paths = {*samples / "account_streaming_history",
                                                      *samples / "extended_streaming_history"};
    const auto first = ingest::importHistory(db, paths);
    EXPECT_FALSE(first.anyRejected());
    EXPECT_GT(first.totalAdded(), 38'000U);
    const auto second = ingest::importHistory(db, paths);
    EXPECT_EQ(second.totalAdded(), 0U);
    EXPECT_EQ(second.totalDuplicates(), first.totalAdded() + first.totalDuplicates());
}

} // namespace
} // namespace tunescope
