#include "ProfileSession.h"

#include "demo/DemoProfile.h"
#include "store/Profile.h"

namespace tunescope::ui {

ProfileSession::ProfileSession(GuiOptions options, TimeZone zone) : options_(std::move(options)), zone_(zone) {}

std::filesystem::path ProfileSession::dataDir() const
{
    return options_.dataDir ? std::filesystem::path(*options_.dataDir) : store::defaultDataDir();
}

store::ProfileLocation ProfileSession::location() const
{
    return store::ProfileLocation{dataDir(), options_.profile.value_or("default")};
}

std::filesystem::path ProfileSession::overviewCacheFile() const
{
    return options_.demo ? std::filesystem::path() : location().directory() / "overview-cache.json";
}

Result<store::Database> ProfileSession::open() const
{
    if (options_.demo) {
        return demo::openDemoProfile(dataDir());
    }
    return store::openProfile(location());
}

ProfileSession ProfileSession::ownProfile() const
{
    GuiOptions own = options_;
    own.demo = false;
    return ProfileSession(own, zone_);
}

ProfileSession ProfileSession::demoProfile() const
{
    GuiOptions demo = options_;
    demo.demo = true;
    return ProfileSession(demo, zone_);
}

} // namespace tunescope::ui
