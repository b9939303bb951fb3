#include "http/CurlFailure.h"

namespace tunescope::http {
namespace {

std::string sizeInWords(std::size_t bytes)
{
    constexpr std::size_t kMiB = std::size_t{1024} * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) {
        return std::to_string(bytes / kMiB) + " MiB";
    }
    return std::to_string(bytes) + " bytes";
}

Error network(std::string message)
{
    return makeError(ErrorCode::Network, std::move(message));
}

} // namespace

Error describe(const CurlFailure& failure)
{
    const std::string& host = failure.host;
    if (failure.code == CURLE_FILESIZE_EXCEEDED || (failure.code == CURLE_WRITE_ERROR && failure.bodyTooBig)) {
        return makeError(ErrorCode::Remote, "The server " + host + " sent more than " +
                                                sizeInWords(failure.maxResponseBytes) +
                                                " in one answer, so Tunescope stopped reading. Try again later; "
                                                "if it keeps happening, check the service address in the settings.");
    }
    switch (failure.code) {
    case CURLE_ABORTED_BY_CALLBACK: return makeError(ErrorCode::Cancelled, "Cancelled.");
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return makeError(ErrorCode::InvalidInput, "The server address for \"" + host +
                                                      "\" is not a valid http or https address. Check the service "
                                                      "addresses in the settings.");
    case CURLE_COULDNT_RESOLVE_HOST:
        return network("Could not find the server " + host +
                       " (the name did not resolve). Check your internet connection and try again.");
    case CURLE_COULDNT_RESOLVE_PROXY:
        return network("Could not find the proxy server for " + host +
                       ". Check the proxy settings (http_proxy, https_proxy).");
    case CURLE_COULDNT_CONNECT:
        return network("Could not connect to " + host +
                       ". Check your internet connection (and proxy, if you use one) and try again.");
    case CURLE_OPERATION_TIMEDOUT:
        return network(host + " did not answer within " + std::to_string((failure.timeout.count() + 999) / 1000) +
                       " s. Check your internet connection and try again later.");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return network("The secure connection to " + host +
                       " could not be verified. Check that your computer's date is right and that no proxy or "
                       "filter intercepts HTTPS.");
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return network("The connection to " + host + " broke off before the answer was complete. Try again.");
    default:
        // curl_easy_strerror names the kind of failure only, never the URL or a header.
        return network("Could not talk to " + host + " (" + curl_easy_strerror(failure.code) +
                       "). Check your internet connection and try again.");
    }
}

} // namespace tunescope::http
