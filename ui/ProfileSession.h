#pragma once

#include "GuiApp.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "util/TimeZone.h"

#include <filesystem>

namespace tunescope::ui {

// Which profile the window shows, and how to reach its database from any thread: each call to
// open() gives a fresh connection (SQLite connections are not shared between threads).
class ProfileSession {
public:
    ProfileSession(GuiOptions options, TimeZone zone);

    [[nodiscard]] Result<store::Database> open() const;
    [[nodiscard]] const TimeZone& zone() const { return zone_; }
    [[nodiscard]] bool isDemo() const { return options_.demo; }
    [[nodiscard]] std::filesystem::path dataDir() const;
    // The user's own profile on disk (the demo's location is not meant for logins).
    [[nodiscard]] store::ProfileLocation location() const;
    // Where the last Overview shown is kept for the next start; empty for the demo, which reads
    // fast enough without one.
    [[nodiscard]] std::filesystem::path overviewCacheFile() const;
    // The user's own profile (imports go there, also when the demo is on screen).
    [[nodiscard]] ProfileSession ownProfile() const;
    [[nodiscard]] ProfileSession demoProfile() const;

private:
    GuiOptions options_;
    TimeZone zone_;
};

} // namespace tunescope::ui
