#include "util/LibraryVersions.h"

#include <curl/curl.h>
#include <sqlite3.h>

namespace tunescope {

std::string sqliteVersion()
{
    return sqlite3_libversion();
}

std::string curlVersion()
{
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    if (info == nullptr || info->version == nullptr) {
        return "unknown";
    }
    std::string text = info->version;
    if (info->ssl_version != nullptr) {
        text.append(" (").append(info->ssl_version).append(")");
    }
    return text;
}

} // namespace tunescope
