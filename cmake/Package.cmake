# The Debian package, made by CPack from the install tree (cmake/Install.cmake): `scripts/package`.
# Its dependencies come from the binaries (dpkg-shlibdeps; libqt6svg6 brings the SVG icon engine too),
# plus what Arwain loads at run time and so no binary names: Qt's SQLite and PostgreSQL drivers and the
# font the report and certificates are laid out in.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME arwain)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Arwain developers")
set(CPACK_PACKAGE_CONTACT "${ARWAIN_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "leadership-programme tracker for social care")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ARWAIN_HOMEPAGE}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ARWAIN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-dejavu-core")
# X11's platform plugin is in libqt6gui6 (a dependency from the binaries); Wayland's is not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_PACKAGE_DESCRIPTION
    "Arwain keeps the cohorts of leadership-development programmes: who enrolled,
completed, deferred or withdrew, the sessions, attendance and feedback. It
counts completion rates by the published rules, shows them on a dashboard
and writes the annual report and completion certificates in English and
Welsh.

A database is one SQLite file, or one database on a PostgreSQL server that
a team shares. The package holds the desktop app (arwain) and the command
line (arwain-cli).")
include(CPack)
