#!/usr/bin/env bash
# One version everywhere: arwain-cli --version and arwain --version say CMake's version, the AppStream
# metadata's newest release is it, and CHANGELOG.md's newest entry is that version on that release date
# (so a release cannot ship with its changelog behind).
# Usage: one-version.sh SOURCE_ROOT VERSION RELEASE_DATE ARWAIN-CLI [ARWAIN METAINFO]
set -uo pipefail
root=$1 version=$2 date=$3 cli=$4 app=${5:-} metainfo=${6:-}
status=0
same() { # same WHAT SAID WANTED
  if [ "$2" = "$3" ]; then echo "ok:   $1: $2"; else echo "FAIL: $1 says '$2', expected '$3'"; status=1; fi
}
same "arwain-cli --version" "$("$cli" --version)" "arwain-cli $version"
if [ -n "$app" ]; then
  same "arwain --version" "$(QT_QPA_PLATFORM=offscreen "$app" --version 2>/dev/null)" "Arwain $version"
  same "the AppStream metadata's release" \
    "$(grep -m 1 -o '<release version="[^"]*" date="[^"]*"' "$metainfo")" "<release version=\"$version\" date=\"$date\""
fi
same "CHANGELOG.md's newest entry" "$(grep -m 1 '^## ' "$root/CHANGELOG.md")" "## $version — $date"
exit $status
