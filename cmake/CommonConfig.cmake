# One INTERFACE target that every Arwain target links: standard, warnings, Qt strictness.
add_library(arwain_common INTERFACE)
target_compile_features(arwain_common INTERFACE cxx_std_20)
target_compile_options(arwain_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
target_compile_definitions(arwain_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
# Debian's hardening (as dpkg-buildflags gives it): a stack protector and checked buffer functions in the
# optimised builds, relocations read-only and bound at start (lintian checks the package for them).
if(NOT ARWAIN_FUZZ)
  target_compile_options(arwain_common INTERFACE -fstack-protector-strong
                         $<$<CONFIG:Release,RelWithDebInfo>:-D_FORTIFY_SOURCE=2>)
  target_link_options(arwain_common INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
