#pragma once

namespace tunescope {

// The value of one hexadecimal digit (either case), or -1 when `c` is not one: for decoding
// percent escapes and \u escapes.
inline constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static_assert(hexDigitValue('0') == 0 && hexDigitValue('9') == 9 && hexDigitValue('a') == 10 &&
              hexDigitValue('F') == 15 && hexDigitValue('g') == -1 && hexDigitValue('%') == -1);

} // namespace tunescope
