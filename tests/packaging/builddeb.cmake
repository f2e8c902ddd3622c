# ctest fixture: builds the .deb from the current build tree into a fresh folder.
# cmake -DCPACK_CONFIG=<build>/CPackConfig.cmake -DOUT_DIR=<folder> -P builddeb.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${OUT_DIR}" --config "${CPACK_CONFIG}"
                RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "cpack failed (${result}); build every target first (cmake --build)")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} .deb files in ${OUT_DIR}, expected one")
endif()
message(STATUS "built ${debs}")
