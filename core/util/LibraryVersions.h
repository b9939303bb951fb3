#pragma once

#include <string>

// The versions of the libraries Tunescope runs on, as loaded at run time (the About dialog).
namespace tunescope {

// "3.40.1": sqlite3_libversion().
std::string sqliteVersion();

// "7.88.1": curl_version_info()'s version, with the TLS library it uses ("7.88.1 (OpenSSL/3.0.15)").
std::string curlVersion();

} // namespace tunescope
