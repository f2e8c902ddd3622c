# Fails when core/ breaks its layering:
#  - anything under core/ reaches for a GUI module: an #include of a QtGui or QtWidgets header (by module
#    path, catch-all or class name) or a link to Qt6::Gui/Widgets;
#  - a source file sits directly in core/ or in a folder that is not a known stage;
#  - an #include "..." of the project is not rooted at core/ ("generate/exporter.h", never "exporter.h");
#  - a stage includes a stage it may not reach (the table below; a stage always reaches itself).
# Run as: cmake -DCORE_DIR=<core/> -DQT_INCLUDE_ROOT=<.../qt6> -P check_core_layering.cmake
# QT_INCLUDE_ROOT lets class-name includes such as <QColor> be traced to their module.

cmake_policy(VERSION 3.22)

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

# Which stages each stage may include. util is the floor every stage stands on.
set(reach_util "")
set(reach_model util)
set(reach_check util model)
set(reach_keys util model)
set(reach_generate util model check keys)
set(reach_deploy util model check)
set(reach_cloud util model)
set(stages util model check keys generate deploy cloud)

set(violations "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH where "${CORE_DIR}" "${source}")
    set(stage "")
    if(where MATCHES "^([^/]+)/")
        set(stage "${CMAKE_MATCH_1}")
    endif()
    if(NOT stage IN_LIST stages)
        string(APPEND violations "\n  core/${where}: not in a stage folder (${stages})")
        set(stage "")
    endif()
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
        if(stage AND line MATCHES "#[ \t]*include[ \t]*\"" AND NOT header MATCHES "\\.moc$")
            if(NOT header MATCHES "^([^/]+)/")
                string(APPEND violations "\n  core/${where}: #include \"${header}\" is not rooted at core/")
            elseif(NOT EXISTS "${CORE_DIR}/${header}")
                string(APPEND violations "\n  core/${where}: #include \"${header}\" names no file under core/")
            else()
                set(target_stage "${CMAKE_MATCH_1}")
                if(NOT target_stage STREQUAL stage AND NOT target_stage IN_LIST reach_${stage})
                    string(APPEND violations
                           "\n  core/${where}: the ${stage} stage may not include ${header} (${stage} reaches: ${reach_${stage}})")
                endif()
            endif()
        endif()
        if(module)
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
    message(FATAL_ERROR "core/ breaks its layering:${violations}")
endif()
list(LENGTH sources count)
message(STATUS "core layering OK: ${count} files, each stage reaching only those below it, no GUI header")
