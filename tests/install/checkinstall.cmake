# cmake -DBUILD_DIR=<build> -DPREFIX=<empty dir> -P checkinstall.cmake
# Installs the build into PREFIX and fails unless every file a desktop needs is where it goes.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(expected
    bin/partnerdesk
    bin/partnerdesk-cli
    bin/partnerdesk-sandbox
    share/applications/partnerdesk.desktop
    share/metainfo/partnerdesk.metainfo.xml
    share/icons/hicolor/scalable/apps/partnerdesk.svg)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# The desktop entry starts the installed executable and names the installed icon; the metainfo
# launches that desktop entry.
file(READ "${PREFIX}/share/applications/partnerdesk.desktop" desktop)
if(NOT desktop MATCHES "\nExec=partnerdesk\n" OR NOT desktop MATCHES "\nIcon=partnerdesk\n")
    message(FATAL_ERROR "partnerdesk.desktop does not start bin/partnerdesk with its icon")
endif()
file(READ "${PREFIX}/share/metainfo/partnerdesk.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">partnerdesk.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not launch partnerdesk.desktop")
endif()
if(metainfo MATCHES "@[A-Z_]+@")
    message(FATAL_ERROR "the metainfo has an unconfigured @VARIABLE@")
endif()

# Nothing else: no static libraries, headers or test programs.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(REMOVE_ITEM installed ${expected})
if(installed)
    message(FATAL_ERROR "installed but not expected: ${installed}")
endif()
message(STATUS "installed as expected: ${expected}")
