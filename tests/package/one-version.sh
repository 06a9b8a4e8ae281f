#!/usr/bin/env bash
# One version everywhere: arwain-cli --version says CMake's version, and CHANGELOG.md's newest entry is
# that version on that release date (so a release cannot ship with its changelog behind).
# Usage: one-version.sh ARWAIN-CLI SOURCE_ROOT VERSION RELEASE_DATE
set -uo pipefail
cli=$1 root=$2 version=$3 date=$4
status=0
said=$("$cli" --version)
if [ "$said" = "arwain-cli $version" ]; then echo "ok:   arwain-cli --version: $said"
else echo "FAIL: arwain-cli --version says '$said', CMake says $version"; status=1; fi
newest=$(grep -m 1 '^## ' "$root/CHANGELOG.md")
if [ "$newest" = "## $version — $date" ]; then echo "ok:   CHANGELOG.md: $newest"
else echo "FAIL: CHANGELOG.md's newest entry is '$newest', expected '## $version — $date'"; status=1; fi
exit $status
