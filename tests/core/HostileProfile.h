#pragma once

// A profile that already holds an import of every kind (history, a chart, audio features), so
// "the database is unchanged" means something, and the importers as the hostile-file tests call
// them. Everything here is fictional (tests/data/README.md).

#include "ChartFixtures.h"
#include "CoreTestHelpers.h"

#include "enrich/FeatureDatasetImport.h"
#include "ingest/ChartImport.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace tunescope::testing {

// tests/data/hostile/<name>
inline std::filesystem::path hostileFile(const std::string& name)
{
    return fixture("hostile/" + name);
}

class HostileProfile {
public:
    HostileProfile()
    {
        const auto history = ingest::importHistory(db, {fixture("account_music.json"), fixture("extended_2021.json")});
        EXPECT_EQ(history.totalAdded(), 8U);
        const auto charts = ingest::importCharts(db, {writeUsWeekly(dir)});
        EXPECT_GT(charts.totalAdded(), 0U);
        const auto features = enrich::importFeatureDataset(
            db, dir.write("features.csv", "track_id,track_name,artists,danceability,energy\n"
                                          "0FictionalTrack0000003,Lanterns Over Harrowgate,Marigold Static,0.6,0.7\n"));
        EXPECT_TRUE(features && features->matched == 1U) << (features ? "" : features.error().message);
    }

    ingest::ImportReport importHistory(const std::filesystem::path& file) { return ingest::importHistory(db, {file}); }

    // Hostile chart files say nothing about their chart in their names: a US weekly of another week.
    static ingest::ChartImportOptions chartOptions()
    {
        ingest::ChartImportOptions options;
        options.region = "us";
        options.period = ingest::ChartPeriod::Weekly;
        options.date = CivilDate{2023, 1, 12};
        return options;
    }

    ingest::ChartImportReport importCharts(const std::filesystem::path& file)
    {
        return ingest::importCharts(db, {file}, chartOptions());
    }

    Result<enrich::DatasetImportReport> importFeatures(const std::filesystem::path& file)
    {
        return enrich::importFeatureDataset(db, file);
    }

    [[nodiscard]] bool intact()
    {
        return queryInt(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0;
    }

    TempDir dir;
    store::Database db = databaseAt(dir.path() / "profile.sqlite");
};

} // namespace tunescope::testing
