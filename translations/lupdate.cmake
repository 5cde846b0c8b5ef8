cmake_minimum_required(VERSION 3.25)
# Refreshes the .ts files from the sources: `cmake --build build --target lupdate`.
# German and French get every string; English only the plural forms ("%n document(s)").
# Source locations are left out so that moving code does not touch the .ts files (and no
# two branches conflict over line numbers). app/cli stays out: the command line speaks
# English, as kubectl and istioctl do, and scripts compare its output.
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate -DSOURCE_DIR=<checkout> -DLIST=<file> -P lupdate.cmake
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/widgets/*.cpp" "${SOURCE_DIR}/widgets/*.h"
  "${SOURCE_DIR}/model/*.cpp" "${SOURCE_DIR}/model/*.h")
list(FILTER sources EXCLUDE REGEX "/app/cli/")
list(SORT sources)
string(REPLACE ";" "\n" lines "${sources}")
file(WRITE "${LIST}" "${lines}\n")
set(common -locations none -no-obsolete -silent "@${LIST}")
execute_process(
  COMMAND "${LUPDATE}" ${common} -ts "${SOURCE_DIR}/translations/meshentry_de.ts"
          "${SOURCE_DIR}/translations/meshentry_fr.ts"
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "lupdate failed")
endif()
execute_process(
  COMMAND "${LUPDATE}" ${common} -pluralonly -ts "${SOURCE_DIR}/translations/meshentry_en.ts"
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "lupdate -pluralonly failed")
endif()
