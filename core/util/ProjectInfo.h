#pragma once

#include <string>
#include <string_view>

// Who Tunescope is, from the one place that says it: CMake's project() (VERSION, HOMEPAGE_URL).
// The command line, the window's About data and every HTTP request's User-Agent use these.
namespace tunescope {

// "0.1.0"
std::string_view projectVersion();

// Where the people behind Tunescope can be reached (MusicBrainz asks for a contact in the
// User-Agent, so that a misbehaving client can be reported instead of blocked).
std::string_view projectContactUrl();

// "Tunescope/0.1.0 ( https://... )": the form MusicBrainz asks for; sent to every service.
std::string defaultUserAgent();

} // namespace tunescope
