#pragma once

// Export ZIPs built in memory with libzip for the tests, and the header fields a hostile archive
// lies about.

#include <gtest/gtest.h>
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tunescope::testing {

struct ZipEntry {
    std::string name; // ending in '/' for a folder entry
    std::string data;
    bool stored = false; // uncompressed instead of deflated
};

// Builds a ZIP in memory with libzip and returns its bytes.
inline std::string makeZip(const std::vector<ZipEntry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    EXPECT_NE(buffer, nullptr);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
    zip_source_keep(buffer); // still ours after zip_close
    for (const auto& entry : entries) {
        if (entry.name.back() == '/') {
            EXPECT_GE(zip_dir_add(archive, entry.name.c_str(), ZIP_FL_ENC_UTF_8), 0);
            continue;
        }
        zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        EXPECT_GE(index, 0) << zip_strerror(archive);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    std::string bytes;
    EXPECT_EQ(zip_source_open(buffer), 0);
    char chunk[4096];
    zip_int64_t n = 0;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) {
        bytes.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

inline std::size_t zipU16(const std::string& zip, std::size_t at)
{
    return static_cast<std::size_t>(static_cast<unsigned char>(zip[at])) |
           (static_cast<std::size_t>(static_cast<unsigned char>(zip[at + 1])) << 8U);
}

// Offset of the header (local "PK\3\4" or central "PK\1\2") that names `name`.
inline std::size_t zipHeaderOffset(const std::string& zip, const std::string& name, bool central)
{
    const std::string signature = central ? std::string("PK\x01\x02", 4) : std::string("PK\x03\x04", 4);
    const std::size_t nameAt = central ? 46 : 30;
    const std::size_t lengthAt = central ? 28 : 26;
    for (std::size_t at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 4)) {
        if (zipU16(zip, at + lengthAt) == name.size() && zip.compare(at + nameAt, name.size(), name) == 0) {
            return at;
        }
    }
    ADD_FAILURE() << name << " not found";
    return 0;
}

// Offset of an entry's data in the archive, from its local file header.
inline std::size_t entryDataOffset(const std::string& zip, const std::string& name)
{
    const std::size_t at = zipHeaderOffset(zip, name, false);
    return at + 30 + zipU16(zip, at + 26) + zipU16(zip, at + 28);
}

// Makes both headers of `name` state `size` as its unpacked size (whatever the data inflates to).
inline void stateUnpackedSize(std::string& zip, const std::string& name, std::uint32_t size)
{
    for (const std::size_t field : {zipHeaderOffset(zip, name, false) + 22, zipHeaderOffset(zip, name, true) + 24}) {
        for (std::size_t i = 0; i < 4; ++i) {
            zip[field + i] = static_cast<char>((size >> (8 * i)) & 0xFFU);
        }
    }
}

} // namespace tunescope::testing
