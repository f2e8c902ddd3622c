# Packages of the install tree, made by CPack: `cpack` in the build directory, or `installer/bootstrap.sh package`.
# Built and tested here (Debian 12): a .deb (DEB) and a .tar.gz of the same tree (TGZ).
# The WIN32 branch (NSIS and WiX installers, Qt deployed with windeployqt) and the APPLE branch (a DragNDrop
# .dmg holding an app bundle, Qt deployed with macdeployqt) describe those packages for builders on those
# systems; they are neither built nor tested here.
# Included from the top CMakeLists.txt after every subdirectory, so all targets and install rules exist.

set(P2PVPN_PACKAGE_CONTACT "P2P-VPN Mesh Designer maintainers <maintainers@p2pvpn.example.org>"
    CACHE STRING "Maintainer name and e-mail written into the packages")

# The designer is installed here, not in app/designer, so that every packaging decision sits in one file.
if(TARGET p2pvpn-designer)
    install(TARGETS p2pvpn-designer
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            BUNDLE DESTINATION .)
endif()

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "The P2P-VPN Mesh Designer authors")
set(CPACK_PACKAGE_CONTACT ${P2PVPN_PACKAGE_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Lines stay under 80 columns for dpkg's and lintian's sake; an empty line separates paragraphs.
set(CPACK_PACKAGE_DESCRIPTION [[
Links many LANs (cloud VPCs, offices, data centres) into one site-to-site VPN
mesh without a central server: one OpenVPN point-to-point tunnel per linked
pair of gateways, with static routes between all LANs.

The p2pvpn-designer program draws the mesh as a graph, flags overlapping
subnets while you type, generates every gateway's OpenVPN configuration,
exports zip bundles and deploys them over SSH. The p2pvpn command line tool
does the same for scripts. OpenVPN is needed only on the gateways.]])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "P2P-VPN Mesh Designer")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

if(WIN32)
    # NSIS (.exe) and WiX (.msi). WiX wants the licence as .txt or .rtf.
    set(CPACK_GENERATOR "NSIS;WIX")
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
    set(CPACK_PACKAGE_EXECUTABLES p2pvpn-designer "P2P-VPN Mesh Designer")
    set(CPACK_NSIS_MODIFY_PATH ON)   # offers to put p2pvpn.exe on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_WIX_UPGRADE_GUID 95B4265C-8B9A-4E29-8463-2ED581B0DE4D)   # never change: lets MSI upgrades find us
    if(TARGET p2pvpn-designer)
        set_target_properties(p2pvpn-designer PROPERTIES WIN32_EXECUTABLE ON)
    endif()

    # Configure-time choice: a generator expression naming a missing target fails even when unused.
    set(designer_deploy "")
    set(designer_file "")
    if(TARGET p2pvpn-designer)
        set(designer_deploy "ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:p2pvpn-designer>\"")
        set(designer_file "\"$<TARGET_FILE:p2pvpn-designer>\"")
    endif()

    # windeployqt (run through Qt's deploy API) copies the Qt DLLs and plugins next to the executables.
    set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/p2pvpn-deploy-qt.cmake)
    file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:p2pvpn>\"
    ${designer_deploy}
    GENERATE_QT_CONF)
")
    install(SCRIPT ${deploy_script})

    # windeployqt copies only Qt's own DLLs; OpenSSL, libssh and QuaZip are found in these folders.
    set(dll_dirs)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND dll_dirs ${prefix}/bin)
    endforeach()
    get_filename_component(openssl_bin ${OPENSSL_INCLUDE_DIR}/../bin ABSOLUTE)
    list(APPEND dll_dirs ${openssl_bin})
    set(P2PVPN_RUNTIME_DLL_DIRS ${dll_dirs} CACHE STRING "Folders holding the OpenSSL, libssh and QuaZip DLLs")
    set(quoted_dll_dirs "")
    foreach(dir IN LISTS P2PVPN_RUNTIME_DLL_DIRS)
        string(APPEND quoted_dll_dirs " \"${dir}\"")
    endforeach()
    install(CODE "
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"$<TARGET_FILE:p2pvpn>\" ${designer_file}
    DIRECTORIES${quoted_dll_dirs}
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
    POST_EXCLUDE_REGEXES \"[Ss]ystem32\"
    RESOLVED_DEPENDENCIES_VAR deps
    UNRESOLVED_DEPENDENCIES_VAR missing)
if(missing)
    message(FATAL_ERROR \"DLLs not found (set P2PVPN_RUNTIME_DLL_DIRS): \${missing}\")
endif()
file(INSTALL \${deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")
elseif(APPLE)
    # A .dmg holding p2pvpn-designer.app; the command line tool travels inside the bundle so that
    # macdeployqt rewrites its Qt references too.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "P2P-VPN Mesh Designer")
    if(TARGET p2pvpn-designer)
        set_target_properties(p2pvpn-designer PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_BUNDLE_NAME "P2P-VPN Mesh Designer"
            MACOSX_BUNDLE_GUI_IDENTIFIER ${P2PVPN_APP_ID}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
        set(bundle_bin p2pvpn-designer.app/Contents/MacOS)
        install(PROGRAMS $<TARGET_FILE:p2pvpn> DESTINATION ${bundle_bin})
        set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/p2pvpn-deploy-qt.cmake)
        file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE p2pvpn-designer.app
    ADDITIONAL_EXECUTABLES \"p2pvpn-designer.app/Contents/MacOS/$<TARGET_FILE_NAME:p2pvpn>\")
")
        install(SCRIPT ${deploy_script})
    endif()
else()
    set(CPACK_GENERATOR "DEB;TGZ")

    # Debian: dependencies come from dpkg-shlibdeps (Qt 6 Core/Network/Gui/Widgets, libssh, OpenSSL's
    # libcrypto, QuaZip, libc...). Added by hand: what is loaded as a plugin rather than linked.
    # openvpn is deliberately absent: it runs on the gateways, not on the designer's machine.
    set(CPACK_DEBIAN_PACKAGE_NAME ${PROJECT_NAME})
    set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    if(P2PVPN_BUILD_GUI)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")   # SVG icon engine and image plugins
        set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")        # native Wayland; X11 (xcb) is in libqt6gui6
    endif()

    # Debian policy: copyright and changelog in the doc folder; the changelog compressed with gzip -9n.
    set(debian_dir ${CMAKE_CURRENT_BINARY_DIR}/debian)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/changelog.in ${debian_dir}/changelog @ONLY)
    execute_process(COMMAND gzip -9nc ${debian_dir}/changelog
                    OUTPUT_FILE ${debian_dir}/changelog.gz
                    RESULT_VARIABLE gzip_result)
    if(gzip_result)
        message(FATAL_ERROR "gzip failed to compress ${debian_dir}/changelog: ${gzip_result}")
    endif()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${debian_dir}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

include(CPack)
