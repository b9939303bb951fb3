# Translations of tunescope_ui (included from ui/CMakeLists.txt).
#
# The .ts files in translations/ are sources: the build only compiles them into .qm files inside
# the library's resources (:/i18n/tunescope_<lang>.qm) and never rewrites them, so a moved line
# never dirties the tree in CI. Refresh them on purpose with `cmake --build build/ci --target
# tunescope_lupdate` after adding or changing strings, translate in Linguist, commit.
#
# tunescope_en.ts holds only the plural forms ("%n plays" -> "1 play"), the rest of English is
# the source text itself.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(tunescope_ts_dir "${PROJECT_SOURCE_DIR}/translations")
set(tunescope_ts_files "${tunescope_ts_dir}/tunescope_de.ts")
set(tunescope_plural_ts_files "${tunescope_ts_dir}/tunescope_en.ts")

# Every source of the UI, including files added later, without a list to keep in step.
file(GLOB_RECURSE tunescope_ui_i18n_sources CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")

# No source locations in the .ts files: line numbers would change with every edit and make
# merges of the translation files conflict for nothing.
qt_add_lupdate(tunescope
  TS_FILES ${tunescope_ts_files}
  SOURCES ${tunescope_ui_i18n_sources}
  INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/ui"
  OPTIONS -no-obsolete -locations none
  NO_GLOBAL_TARGET)
qt_add_lupdate(tunescope_plurals
  TS_FILES ${tunescope_plural_ts_files}
  SOURCES ${tunescope_ui_i18n_sources}
  INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/ui"
  OPTIONS -no-obsolete -locations none -pluralonly
  NO_GLOBAL_TARGET)
add_dependencies(tunescope_lupdate tunescope_plurals_lupdate)

qt_add_lrelease(tunescope_ui
  TS_FILES ${tunescope_ts_files} ${tunescope_plural_ts_files}
  OPTIONS -silent
  QM_FILES_OUTPUT_VARIABLE tunescope_qm_files
  NO_GLOBAL_TARGET)
# The .qm files go into the library as generated rcc sources rather than through
# qt_add_resources(target ...): that variant adds an object library whose link interface needs
# Qt's imported targets in every directory that links tunescope_ui. AppTranslators.cpp calls
# Q_INIT_RESOURCE(tunescope_translations), so the static library keeps them.
set(tunescope_translations_entries "")
foreach(qm IN LISTS tunescope_qm_files)
  get_filename_component(qm_name "${qm}" NAME)
  string(APPEND tunescope_translations_entries "    <file alias=\"${qm_name}\">${qm}</file>\n")
endforeach()
set(tunescope_translations_qrc "${CMAKE_CURRENT_BINARY_DIR}/tunescope_translations.qrc")
file(CONFIGURE OUTPUT "${tunescope_translations_qrc}"
  CONTENT "<RCC>\n  <qresource prefix=\"/i18n\">\n${tunescope_translations_entries}  </qresource>\n</RCC>\n")
qt_add_resources(tunescope_translations_sources "${tunescope_translations_qrc}")
target_sources(tunescope_ui PRIVATE ${tunescope_translations_sources})
