# Writes tunescope.1.gz from the built binary's own help (cmake -P, at build time): help2man turns
# `tunescope --help` and `--version` into the page, and a COMMANDS section gives every command's
# `tunescope COMMAND --help` as written, so the page never drifts from the program.
#   -DBINARY=path/to/tunescope -DHELP2MAN=path/to/help2man -DGZIP=path/to/gzip -DOUTPUT=.../tunescope.1.gz
foreach(required BINARY HELP2MAN GZIP OUTPUT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "GenerateManPage.cmake needs -D${required}=...")
  endif()
endforeach()

get_filename_component(work_dir "${OUTPUT}" DIRECTORY)
set(include_file "${work_dir}/tunescope-commands.h2m")
set(page "${work_dir}/tunescope.1")

execute_process(COMMAND "${BINARY}" --help OUTPUT_VARIABLE global_help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "'${BINARY} --help' failed (${status})")
endif()

# The command names: the first word of each indented line of the "Commands:" block.
string(REPLACE ";" "\\;" global_help "${global_help}")
string(REPLACE "\n" ";" help_lines "${global_help}")
set(in_commands FALSE)
set(commands "")
foreach(line IN LISTS help_lines)
  if(line STREQUAL "Commands:")
    set(in_commands TRUE)
  elseif(in_commands AND line STREQUAL "")
    break()
  elseif(in_commands AND line MATCHES "^  ([a-z][a-z-]*)")
    list(APPEND commands "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES commands)
if(NOT commands)
  message(FATAL_ERROR "'${BINARY} --help' lists no commands under \"Commands:\"")
endif()

# roff: a backslash is \e, and a line starting with . or ' would be a request.
set(sections "[COMMANDS]\nEach command's own help, as `tunescope COMMAND --help` prints it.\n")
foreach(command IN LISTS commands)
  execute_process(COMMAND "${BINARY}" ${command} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "'${BINARY} ${command} --help' failed (${status})")
  endif()
  if(NOT text MATCHES "\n$")
    string(APPEND text "\n")
  endif()
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(APPEND sections ".SS ${command}\n.nf\n${text}.fi\n")
endforeach()
file(WRITE "${include_file}" "${sections}")

# help2man reads `--help` through this wrapper, which gives "export-chart KIND" (one space short of
# the description column) the two spaces help2man needs to tell a command from its description.
set(wrapper "${work_dir}/wrapper/tunescope")
file(WRITE "${wrapper}"
     "#!/bin/sh\n"
     "if [ \"$1\" = --help ]; then\n"
     "  \"${BINARY}\" --help | sed -E 's/^(  [^ ].{15}[^ ]) ([^ ])/\\1  \\2/'\n"
     "else\n"
     "  exec \"${BINARY}\" \"$@\"\n"
     "fi\n")
file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                                    WORLD_EXECUTE)

execute_process(
  COMMAND "${HELP2MAN}" --no-info --section=1 --no-discard-stderr
          "--name=listening analytics for your Spotify streaming history" "--include=${include_file}"
          "--output=${page}" "${wrapper}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed (${status})")
endif()
execute_process(COMMAND "${GZIP}" -9 -n -c "${page}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed (${status})")
endif()
