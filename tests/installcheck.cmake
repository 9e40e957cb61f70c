# Installs the build into a scratch prefix and checks that every file a desktop needs is there.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file
        bin/phare
        bin/phare-cli
        share/applications/fr.phare.Phare.desktop
        share/metainfo/fr.phare.Phare.metainfo.xml
        share/mime/packages/fr.phare.Phare.mime.xml
        share/icons/hicolor/scalable/apps/fr.phare.Phare.svg)
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "missing after install: ${file}")
    endif()
endforeach()
