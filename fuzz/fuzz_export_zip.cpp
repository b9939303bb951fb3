// The export ZIP reader: the input is written to a file (libzip reads archives from disk), its
// entries are listed and read, and each is judged and parsed as the importer does.
#include "FuzzInput.h"
#include "ingest/ExportSource.h"
#include "ingest/HistoryParser.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::filesystem::path scratchFile()
{
    static const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("tunescope-fuzz-zip-" + std::to_string(::getpid()) + ".zip");
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = scratchFile();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        const auto bytes = fuzzText(data, size);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    for (const auto& source : tunescope::ingest::collectSources({path})) {
        auto bytes = source.read();
        if (bytes && tunescope::ingest::looksLikeHistory(*bytes)) {
            (void)tunescope::ingest::parseHistory(*bytes);
        }
    }
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return 0;
}
