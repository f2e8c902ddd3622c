# The layering check must fail on each kind of break. Builds small fake core/ trees, one break each, and
# runs check_core_layering.cmake on them. Run as: cmake -DCHECKER=<check_core_layering.cmake> -DWORK=<dir> -P this
cmake_policy(VERSION 3.22)

function(expect_failure name pattern)
    set(tree "${WORK}/${name}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${tree} -P ${CHECKER}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(status EQUAL 0)
        message(FATAL_ERROR "${name}: the layering check passed a broken tree")
    endif()
    if(NOT err MATCHES "${pattern}")
        message(FATAL_ERROR "${name}: expected a message matching '${pattern}', got:\n${err}")
    endif()
    message(STATUS "${name}: refused as expected")
endfunction()

function(make_tree name)
    file(REMOVE_RECURSE "${WORK}/${name}")
    foreach(stage util model check keys generate deploy cloud)
        file(WRITE "${WORK}/${name}/${stage}/${stage}.h" "#pragma once\n")
    endforeach()
endfunction()

make_tree(good)
file(WRITE "${WORK}/good/generate/g.cpp" "#include \"generate/generate.h\"\n#include \"keys/keys.h\"\n#include <QString>\n")
file(WRITE "${WORK}/good/cloud/c.cpp" "#include \"model/model.h\"\n#include \"util/util.h\"\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${WORK}/good -P ${CHECKER} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "good: the layering check refused a tree that keeps the rules")
endif()

make_tree(deploy_reaches_generate)
file(WRITE "${WORK}/deploy_reaches_generate/deploy/d.cpp" "#include \"generate/generate.h\"\n")
expect_failure(deploy_reaches_generate "the deploy stage may not include generate/generate.h")

make_tree(cloud_reaches_generate)
file(WRITE "${WORK}/cloud_reaches_generate/cloud/c.cpp" "#include \"generate/generate.h\"\n")
expect_failure(cloud_reaches_generate "the cloud stage may not include generate/generate.h")

make_tree(model_reaches_check)
file(WRITE "${WORK}/model_reaches_check/model/m.h" "#include \"check/check.h\"\n")
expect_failure(model_reaches_check "the model stage may not include check/check.h")

make_tree(bare_include)
file(WRITE "${WORK}/bare_include/keys/k.cpp" "#include \"keys.h\"\n")
expect_failure(bare_include "\"keys.h\" is not rooted at core/")

make_tree(file_at_top)
file(WRITE "${WORK}/file_at_top/stray.cpp" "int x;\n")
expect_failure(file_at_top "core/stray.cpp: not in a stage folder")

make_tree(gui_include)
file(WRITE "${WORK}/gui_include/model/m.cpp" "#include <QtWidgets/QWidget>\n")
expect_failure(gui_include "is a QtWidgets header")
