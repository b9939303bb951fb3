#include "util/ProjectInfo.h"

// Set for this file only (core/CMakeLists.txt), so a new version recompiles one file.
#ifndef TUNESCOPE_PROJECT_VERSION
#error "TUNESCOPE_PROJECT_VERSION must come from CMake's project(VERSION)"
#endif
#ifndef TUNESCOPE_PROJECT_URL
#error "TUNESCOPE_PROJECT_URL must come from CMake's project(HOMEPAGE_URL)"
#endif

namespace tunescope {

std::string_view projectVersion()
{
    return TUNESCOPE_PROJECT_VERSION;
}

std::string_view projectContactUrl()
{
    return TUNESCOPE_PROJECT_URL;
}

std::string defaultUserAgent()
{
    std::string agent = "Tunescope/";
    agent.append(projectVersion()).append(" ( ").append(projectContactUrl()).append(" )");
    return agent;
}

} // namespace tunescope
