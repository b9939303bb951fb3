# One INTERFACE target carries the language standard, warnings and sanitizer flags for every
# target of the project; nothing here is global.
option(TUNESCOPE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (CI)" OFF)
option(TUNESCOPE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(tunescope_options INTERFACE)
add_library(Tunescope::options ALIAS tunescope_options)
target_compile_features(tunescope_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(tunescope_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(TUNESCOPE_WARNINGS_AS_ERRORS)
  target_compile_options(tunescope_options INTERFACE -Werror)
endif()
# ASan + UBSan on every target (libraries, app, tests, fakes): any finding aborts the process, so
# a test cannot pass over one. A Debug build gets -O1 and line tables only (-g1): much faster
# tests and builds than -O0 -g, still exact stack traces, and assertions stay on.
if(TUNESCOPE_SANITIZE)
  set(TUNESCOPE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all)
  target_compile_options(tunescope_options INTERFACE ${TUNESCOPE_SANITIZER_FLAGS} -fno-omit-frame-pointer
    "$<$<CONFIG:Debug>:-O1;-g1>")
  target_link_options(tunescope_options INTERFACE ${TUNESCOPE_SANITIZER_FLAGS})
endif()
