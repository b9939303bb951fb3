#pragma once

#include <string>

namespace tunescope::fakes {

// What the simulated browser saw.
struct BrowserVisit {
    int authorizeStatus = 0;      // /authorize's answer (302 when it redirected)
    std::string redirectLocation; // its Location header, empty without a redirect
    int status = 0;               // the redirect target's status (the app's loopback receiver), else /authorize's
    std::string body;             // the matching body
    std::string error;            // why a request got no answer at all, empty otherwise
};

// Plays the user's browser in end-to-end login tests: GET `authorizeUrl` (the fake's /authorize),
// then GET the Location it redirects to (the app's loopback receiver) and report that answer.
BrowserVisit simulateBrowser(const std::string& authorizeUrl);

} // namespace tunescope::fakes
