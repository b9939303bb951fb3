#include "exchange/JsonText.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tunescope::exchange {
namespace {

std::string asJson(std::string_view text)
{
    std::string out;
    appendJsonString(out, text);
    return out;
}

TEST(JsonText, StringsAreWrittenByteForByteAsNlohmannWritesThem)
{
    std::vector<std::string> texts = {"",
                                      "plain",
                                      "Okto, \"the\" Ferns",
                                      "back\\slash/slash",
                                      "tab\tline\nreturn\rbell\afeed\fback\b",
                                      "del\x7f",
                                      "Beyonc\xC3\xA9",
                                      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",
                                      "emoji \xF0\x9F\x8E\xB5 end",
                                      "line\xE2\x80\xA8separator"};
    std::string controls;
    for (char c = 0; c < 0x20; ++c) {
        controls.push_back(c);
    }
    texts.push_back(controls);
    for (const auto& text : texts) {
        EXPECT_EQ(asJson(text), nlohmann::json(text).dump()) << text;
    }
}

TEST(JsonText, BytesThatAreNotUtf8BecomeTheReplacementCharacterAndTheJsonStaysValid)
{
    const std::string broken = "caf\xE9 \xC3\x28 \xED\xA0\x80 end\xF0\x9F";
    const auto text = asJson(broken);
    const auto parsed = nlohmann::json::parse(text);
    EXPECT_EQ(parsed.get<std::string>(),
              "caf\xEF\xBF\xBD \xEF\xBF\xBD( \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end\xEF\xBF\xBD\xEF\xBF\xBD");
    // Valid text around the bad bytes comes through unchanged, escapes too.
    EXPECT_EQ(asJson("\"\xFF\""), "\"\\\"\xEF\xBF\xBD\\\"\"");
}

} // namespace
} // namespace tunescope::exchange
