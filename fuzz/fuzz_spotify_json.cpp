// Spotify Web API response bodies: every mapping in SpotifyJson and the error-body readers.
#include "FuzzInput.h"
#include "enrich/FeatureJson.h"
#include "spotify/SpotifyErrors.h"
#include "spotify/SpotifyJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    namespace sp = tunescope::spotify;
    const auto body = fuzzText(data, size);
    constexpr std::string_view endpoint = "/fuzz";
    (void)sp::parseProfile(body, endpoint);
    (void)sp::parseArtist(body, endpoint);
    (void)sp::parseAlbum(body, endpoint);
    (void)sp::parseTrack(body, endpoint);
    (void)sp::parseArtistPage(body, endpoint);
    (void)sp::parseArtistSearch(body, endpoint);
    (void)sp::parseTrackPage(body, endpoint);
    (void)sp::parseAlbumPage(body, endpoint);
    (void)sp::parseSavedTrackPage(body, endpoint);
    (void)sp::parseRecentlyPlayed(body, endpoint);
    (void)tunescope::enrich::parseSpotifyAudioFeatures(body);
    (void)sp::spotifyErrorMessage(body);
    for (const int status : {400, 401, 403, 404, 429, 500}) {
        tunescope::http::HttpResponse response;
        response.status = status;
        response.headers = {{"content-type", "application/json"}};
        response.body = std::string(body);
        (void)sp::errorFromResponse(response, sp::Endpoint{"/fuzz", "fuzzing"});
    }
    return 0;
}
