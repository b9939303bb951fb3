#include "TestSupport.h"

#include "store/Migrations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace tunescope::testing {

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("tunescope-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const
{
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << content;
    return file;
}

store::Database freshDatabase()
{
    auto db = store::Database::openInMemory();
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(store::migrate(*db).ok());
    return std::move(db).value();
}

store::Database databaseAt(const std::filesystem::path& file)
{
    auto db = store::Database::open(file);
    EXPECT_TRUE(db.ok()) << (db ? "" : db.error().message);
    EXPECT_TRUE(store::migrate(*db).ok());
    return std::move(db).value();
}

std::filesystem::path fixture(const std::string& name)
{
    return std::filesystem::path(TUNESCOPE_TEST_DATA_DIR) / name;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::optional<std::filesystem::path> samplesDir()
{
    if (const char* env = std::getenv("TUNESCOPE_SAMPLES_DIR"); env && *env) {
        if (std::filesystem::is_directory(env)) {
            return std::filesystem::path(env);
        }
        return std::nullopt;
    }
    const std::filesystem::path fallback(TUNESCOPE_DEFAULT_SAMPLES_DIR);
    if (std::filesystem::is_directory(fallback)) {
        return fallback;
    }
    return std::nullopt;
}

std::string databaseContentDigest(store::Database& db)
{
    // Every table, so chart and feature imports are covered too; rows sorted, so the digest does
    // not depend on the order SQLite happens to return them in. Left out: sqlite_stat* (planner
    // statistics) and the music chunks, a cache of `plays` that any reader may repack.
    std::vector<std::string> tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' "
                           "AND name NOT LIKE 'music_chunks%' ORDER BY name");
    if (!list) {
        return "error";
    }
    while (list->step()) {
        tables.emplace_back(list->textView(0));
    }
    std::ostringstream digest;
    for (const auto& table : tables) {
        auto stmt = db.prepare("SELECT * FROM \"" + table + "\"");
        if (!stmt) {
            return "error";
        }
        std::vector<std::string> rows;
        while (stmt->step()) {
            std::string row;
            for (int c = 0; c < stmt->columnCount(); ++c) {
                row.append(stmt->textView(c)).push_back('|');
            }
            rows.push_back(std::move(row));
        }
        std::sort(rows.begin(), rows.end());
        digest << table << ':' << rows.size() << '\n';
        for (const auto& row : rows) {
            digest << row << '\n';
        }
    }
    return digest.str();
}

} // namespace tunescope::testing
