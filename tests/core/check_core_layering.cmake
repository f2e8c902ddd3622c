# Fails when anything under core/ reaches for a GUI module: an #include of a QtGui or
# QtWidgets header (by module path, catch-all or class name) or a link to Qt6::Gui/Widgets.
# Run as: cmake -DCORE_DIR=<core/> -DQT_INCLUDE_ROOT=<.../qt6> -P check_core_layering.cmake
# QT_INCLUDE_ROOT lets class-name includes such as <QColor> be traced to their module.

if(NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CORE_DIR \"${CORE_DIR}\" is not a directory")
endif()

set(gui_modules QtGui QtWidgets QtSvg QtSvgWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport)
list(JOIN gui_modules "|" gui_alternatives)

file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${CORE_DIR}/*.h" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cc")
if(NOT sources)
    message(FATAL_ERROR "no sources found under ${CORE_DIR}")
endif()

set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" header "${line}")
        set(module "")
        if(header MATCHES "^(${gui_alternatives})(/|$)")
            set(module "${CMAKE_MATCH_1}")
        elseif(QT_INCLUDE_ROOT)
            foreach(candidate IN LISTS gui_modules)
                set(path "${QT_INCLUDE_ROOT}/${candidate}/${header}")
                if(EXISTS "${path}" AND NOT IS_DIRECTORY "${path}")
                    set(module "${candidate}")
                    break()
                endif()
            endforeach()
        endif()
        if(module)
            file(RELATIVE_PATH where "${CORE_DIR}" "${source}")
            string(APPEND violations "\n  core/${where}: #include <${header}> is a ${module} header")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE cmake_files "${CORE_DIR}/CMakeLists.txt" "${CORE_DIR}/*.cmake")
foreach(cmake_file IN LISTS cmake_files)
    file(STRINGS "${cmake_file}" links REGEX "Qt[56]?::(Gui|Widgets)")
    foreach(line IN LISTS links)
        file(RELATIVE_PATH where "${CORE_DIR}" "${cmake_file}")
        string(STRIP "${line}" line)
        string(APPEND violations "\n  core/${where}: links a GUI module: ${line}")
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "core/ must use Qt Core and Network only, never a GUI module:${violations}")
endif()
list(LENGTH sources count)
message(STATUS "core layering OK: ${count} files include no GUI header")
