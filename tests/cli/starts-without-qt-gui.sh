#!/usr/bin/env bash
# arwain-cli links no Qt Gui, Svg or Widgets. Usage: starts-without-qt-gui.sh BINARY
set -uo pipefail
libraries=$(ldd "$1") || { echo "ldd could not read $1" >&2; exit 1; }
grep -q 'libQt6Core' <<<"$libraries" || { echo "ldd lists no Qt Core for $1: not arwain-cli?" >&2; exit 1; }
if grep -E 'libQt6(Gui|Svg|Widgets)' <<<"$libraries"; then
  echo "$1 links Qt Gui, Svg or Widgets" >&2
  exit 1
fi
echo "$1 starts without Qt Gui"
