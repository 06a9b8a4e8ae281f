# Where `cmake --install` puts Arwain (GNUInstallDirs), and the files a desktop needs: the menu entry,
# the icon, the AppStream metadata, the .arwain file type, manual pages and bash completion. The
# Debian package (cmake/Package.cmake, scripts/package) is made from exactly this tree.
include(GNUInstallDirs)
set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/arwain) # the package's name, as Debian's policy asks

set(ARWAIN_HOMEPAGE "https://arwain.cymru" CACHE STRING
    "Arwain's homepage, where docs/images is published (the AppStream screenshots point there)")
set(ARWAIN_MAINTAINER "Arwain developers <datblygwyr@arwain.cymru>" CACHE STRING
    "The package's maintainer, as Name <address>")

# arwain-cli runs arwain-cli-documents, a program nobody types, from beside itself in the build tree and
# from here, relative to its own folder, when installed (so an installed tree can move).
set(ARWAIN_DOCUMENTS_DIR ${CMAKE_INSTALL_LIBEXECDIR}/arwain)
file(RELATIVE_PATH ARWAIN_DOCUMENTS_FROM_BIN /${CMAKE_INSTALL_BINDIR} /${ARWAIN_DOCUMENTS_DIR})
target_compile_definitions(arwain_cli_commands PUBLIC ARWAIN_DOCUMENTS_FROM_BIN="${ARWAIN_DOCUMENTS_FROM_BIN}")

install(TARGETS arwain-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS arwain-cli-documents RUNTIME DESTINATION ${ARWAIN_DOCUMENTS_DIR})
install(FILES README.md CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# docs/ keeps its name, so the README's links (docs/user-guide.md, …) work where it is installed.
install(DIRECTORY docs DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/completion/arwain-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The Debian changelog (Debian's format, compressed), made from the version and the release date.
execute_process(COMMAND date -R -u -d "${ARWAIN_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE ARWAIN_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND date -u -d "${ARWAIN_RELEASE_DATE}" +%s OUTPUT_VARIABLE ARWAIN_RELEASE_EPOCH
                OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(packaging/debian/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
                   COMMAND gzip -9 -n -c ${CMAKE_BINARY_DIR}/packaging/changelog > ${CMAKE_BINARY_DIR}/packaging/changelog.gz
                   DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Manual pages from the programs' own --help (help2man): true to the programs by construction.
find_program(HELP2MAN help2man)
set(ARWAIN_MAN_DIR ${CMAKE_BINARY_DIR}/man)
set(ARWAIN_MAN_PAGES)
macro(arwain_man_page target summary)
  add_custom_command(
    OUTPUT ${ARWAIN_MAN_DIR}/${target}.1.gz
    COMMAND ${CMAKE_COMMAND} -DHELP2MAN=${HELP2MAN} -DPROGRAM=$<TARGET_FILE:${target}> -DNAME=${target}
            -DSECTION=1 -DVERSION=${PROJECT_VERSION} -DEPOCH=${ARWAIN_RELEASE_EPOCH} "-DSUMMARY=${summary}" -DINCLUDE=${PROJECT_SOURCE_DIR}/packaging/man/${target}.h2m
            -DEXTRA_SCRIPT=${ARGN} -DOUT=${ARWAIN_MAN_DIR}/${target}.1.gz -DWORK=${ARWAIN_MAN_DIR}
            -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
    DEPENDS ${target} ${PROJECT_SOURCE_DIR}/packaging/man/${target}.h2m ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake ${ARGN}
    COMMENT "Manual page ${target}(1)" VERBATIM)
  list(APPEND ARWAIN_MAN_PAGES ${ARWAIN_MAN_DIR}/${target}.1.gz)
endmacro()
if(HELP2MAN)
  arwain_man_page(arwain-cli "the command line of Arwain, the leadership-programme tracker"
                  ${PROJECT_SOURCE_DIR}/packaging/man/commands.sh)
  if(ARWAIN_GUI)
    arwain_man_page(arwain "leadership-programme tracker (the desktop app)")
  endif()
  add_custom_target(manpages ALL DEPENDS ${ARWAIN_MAN_PAGES})
  install(FILES ${ARWAIN_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no manual pages (scripts/package installs it)")
endif()

if(ARWAIN_GUI)
  install(TARGETS arwain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES packaging/arwain.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES packaging/arwain-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME arwain.xml)
  install(FILES packaging/icons/arwain.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(DIRECTORY packaging/icons/hicolor/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  configure_file(packaging/cymru.arwain.Arwain.metainfo.xml.in
                 ${CMAKE_BINARY_DIR}/packaging/cymru.arwain.Arwain.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/cymru.arwain.Arwain.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
