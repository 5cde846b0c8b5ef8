cmake_minimum_required(VERSION 3.25)
# Assembles meshentry.1 from head.man, commands/*.man (in name order) and tail.man.
#   cmake -DSOURCE_DIR=resources/man -DOUTPUT=build/man/meshentry.1 -DVERSION=0.1.0
#         -DDATE=2026-12-01 -P assemble.cmake
# writes OUTPUT and OUTPUT.gz (gzip -9n, as Debian installs man pages).
file(READ "${SOURCE_DIR}/head.man" page)
file(GLOB commands "${SOURCE_DIR}/commands/*.man")
list(SORT commands)
foreach(command ${commands})
  file(READ "${command}" text)
  string(APPEND page "${text}")
endforeach()
file(READ "${SOURCE_DIR}/tail.man" tail)
string(APPEND page "${tail}")
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE "@DATE@" "${DATE}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
file(REMOVE "${OUTPUT}.gz")
execute_process(COMMAND gzip -9 -n -k -f "${OUTPUT}" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "gzip ${OUTPUT} failed")
endif()
