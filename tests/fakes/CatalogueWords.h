#pragma once

#include <array>
#include <string_view>

// Word lists for the fictional catalogue. A few names carry accents, '&', quotes and apostrophes
// on purpose: clients must survive them in JSON, URLs and search.
namespace tunescope::fakes::words {

inline constexpr std::array<std::string_view, 32> kAdjectives{
    "Velvet",  "Neon",    "Silver", "Hollow",   "Quiet",  "Electric", "Paper",   "Golden",
    "Distant", "Crimson", "Lunar",  "Wild",     "Static", "Northern", "Glass",   "Midnight",
    "Amber",   "Broken",  "Secret", "Faded",    "Bright", "Copper",   "Frozen",  "Wandering",
    "Hidden",  "Solar",   "Tender", "Restless", "Violet", "Coastal",  "Ancient", "Sleepless"};

inline constexpr std::array<std::string_view, 32> kNouns{
    "Harbor", "Orchard", "Signal",  "Lantern", "River",   "Garden",    "Engine",  "Mirror",
    "Comet",  "Canyon",  "Ferry",   "Meadow",  "Circuit", "Tide",      "Window",  "Forest",
    "Parade", "Bridge",  "Horizon", "Ember",   "Island",  "Satellite", "Harvest", "Avenue",
    "Shadow", "Feather", "Thunder", "Compass", "Station", "Valley",    "Echo",    "Machine"};

inline constexpr std::array<std::string_view, 24> kFirstNames{
    "Mira",  "Jonas", "Elena", "Theo",  "Ines", "Kofi",    "Lena",  "Ravi", "Astrid", "Mateo", "Yuki",  "Noor",
    "Felix", "Amara", "Oskar", "Priya", "Luca", "Saoirse", "Tomás", "Hana", "Emil",   "Chloé", "Dario", "Zoë"};

inline constexpr std::array<std::string_view, 24> kLastNames{
    "Castell",  "Lindqvist", "Okafor",   "Moreau", "Tanaka",  "Brennan", "Novak",  "Haddad",
    "Ferreira", "Kowalski",  "Nakamura", "Jensen", "Alvarez", "Byrne",   "Rossi",  "Petrov",
    "Mensah",   "Duarte",    "Larsen",   "Sato",   "O'Neill", "Weber",   "Ibarra", "Quinn"};

// Fixed names mixed into the generated ones (always present, so tests can search for them).
inline constexpr std::array<std::string_view, 8> kSpecialArtistNames{"Café Orbit",
                                                                     "Salt & Cedar",
                                                                     "Ångström Youth",
                                                                     "The \"Quoted\" Band",
                                                                     "Mañana Club",
                                                                     "Sigrid & the Satellites",
                                                                     "Beyoncé Tribute Orchestra",
                                                                     "99 Luftballoons"};

inline constexpr std::array<std::string_view, 20> kGenres{
    "indie pop",   "dream pop", "synthwave",   "folk",      "post-rock", "shoegaze",   "neo soul",
    "jazz fusion", "ambient",   "garage rock", "city pop",  "afrobeat",  "bossa nova", "trip hop",
    "chamber pop", "electro",   "alt country", "math rock", "britpop",   "nu disco"};

inline constexpr std::array<std::string_view, 12> kLabels{
    "Harbor Lights Records", "Quiet Engine", "Paper Moon Music", "Northern Tide",   "Glasshouse", "Amber Room",
    "Lunar Press",           "Static Bloom", "Copper Wire",      "Sleepless Sound", "Meadowlark", "Circuit City"};

inline constexpr std::array<std::string_view, 6> kTrackSuffixes{" (Live)",     " - Remastered 2011", " (Demo)",
                                                                " - Acoustic", " (Radio Edit)",      " Part II"};

} // namespace tunescope::fakes::words
