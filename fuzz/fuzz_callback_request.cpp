// The loopback receiver's request head from the browser: request line, path, query (state, code,
// error) and headers, judged against a known state; the page it answers with is rendered.
#include "FuzzInput.h"
#include "auth/CallbackRequest.h"
#include "http/HttpTypes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto head = fuzzText(data, size);
    const auto verdict = tunescope::auth::judgeCallbackRequest(head, "fuzz-state-0123456789");
    (void)tunescope::auth::renderHttpResponse(verdict.page);
    (void)tunescope::http::formDecode(head);
    return 0;
}
