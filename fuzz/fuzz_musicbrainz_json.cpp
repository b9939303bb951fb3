// MusicBrainz web service answers genre enrichment reads: URL lookup, artist lookup, artist
// search, and the error body.
#include "FuzzInput.h"
#include "enrich/MusicBrainzJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    namespace en = tunescope::enrich;
    const auto body = fuzzText(data, size);
    (void)en::parseUrlLookupArtists(body);
    (void)en::parseArtistLookup(body);
    (void)en::parseArtistSearch(body);
    (void)en::musicBrainzErrorText(body);
    (void)en::isMbid(body);
    return 0;
}
