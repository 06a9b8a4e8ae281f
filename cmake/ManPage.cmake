# cmake -P: one manual page from a program's own --help and --version (help2man), compressed for
# installing. Called by the `manpages` target (cmake/Install.cmake).
#   -DHELP2MAN= -DPROGRAM= -DNAME= -DVERSION= -DEPOCH= -DSECTION= -DSUMMARY= -DINCLUDE= [-DEXTRA_SCRIPT=] -DOUT= (.1.gz) -DWORK=
# English whatever the builder's language; no saved settings of the builder's; no display needed.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
unset(ENV{LANGUAGE})
unset(ENV{LC_MESSAGES})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{SOURCE_DATE_EPOCH} ${EPOCH}) # the page's date is the release's, not the build's
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
set(ENV{XDG_RUNTIME_DIR} ${WORK}/runtime)
file(MAKE_DIRECTORY ${WORK}/config ${WORK}/runtime)
file(CHMOD ${WORK}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(includes --include ${INCLUDE})
if(EXTRA_SCRIPT)
  execute_process(COMMAND bash ${EXTRA_SCRIPT} ${PROGRAM} OUTPUT_FILE ${WORK}/${NAME}-extra.h2m
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "${EXTRA_SCRIPT} failed on ${PROGRAM}")
  endif()
  list(APPEND includes --include ${WORK}/${NAME}-extra.h2m)
endif()
# help2man runs the program through a shell, unquoted: it runs a link named as a user types the program,
# in a folder of its own, so a build path with a space works and --help's usage line shows the name.
file(MAKE_DIRECTORY ${WORK}/bin)
file(CREATE_LINK ${PROGRAM} ${WORK}/bin/${NAME} SYMBOLIC)
execute_process(COMMAND ${HELP2MAN} --no-info --section=${SECTION} --name=${SUMMARY}
                        "--version-string=${NAME} ${VERSION}" ${includes} ./${NAME}
                WORKING_DIRECTORY ${WORK}/bin OUTPUT_VARIABLE page RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "help2man failed on ${PROGRAM}")
endif()
# --help names the program as it was started ("./arwain"): the page names it as a user types it.
string(REPLACE "./${NAME}" "${NAME}" page "${page}")
file(WRITE ${WORK}/${NAME}.${SECTION} "${page}")
execute_process(COMMAND gzip -9 -n -c ${WORK}/${NAME}.${SECTION} OUTPUT_FILE ${OUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "gzip failed on ${WORK}/${NAME}.${SECTION}")
endif()
