#include "BrowserSimulator.h"

#include "RawHttpGet.h"

namespace tunescope::fakes {

BrowserVisit simulateBrowser(const std::string& authorizeUrl)
{
    BrowserVisit visit;
    const RawAnswer authorize = rawHttpGet(authorizeUrl);
    visit.authorizeStatus = authorize.status;
    visit.status = authorize.status;
    visit.body = authorize.body;
    visit.error = authorize.error;
    const auto location = authorize.header("Location");
    if (authorize.status < 300 || authorize.status >= 400 || !location || location->empty()) {
        return visit;
    }
    visit.redirectLocation = *location;
    const RawAnswer receiver = rawHttpGet(*location);
    visit.status = receiver.status;
    visit.body = receiver.body;
    visit.error = receiver.error;
    return visit;
}

} // namespace tunescope::fakes
