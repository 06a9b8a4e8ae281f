#!/usr/bin/env bash
# Runs lupdate over every source into a copy of a translation file, so a new or changed tr() shows up as
# unfinished, and fails on any unfinished or empty message:
#   welsh:   resources/translations/arwain_cy.ts, every message of the app, the CLI and the report;
#   english: resources/translations/arwain_en.ts, the English forms of each plural ("%n", "%Ln") message
#            (without them the window shows "3 cohort(s)" instead of "3 cohorts").
# Usage: check-translations.sh LUPDATE SOURCE_ROOT welsh|english
set -euo pipefail
lupdate=$1
root=$2
language=$3
case $language in
  welsh) ts=arwain_cy.ts; only=(); least=1000; fix="add them to resources/translations/welsh.py and run it" ;;
  english) ts=arwain_en.ts; only=(-pluralonly); least=20; fix="run lupdate -pluralonly and plurals.py, docs/development.md" ;;
  *) echo "usage: check-translations.sh LUPDATE SOURCE_ROOT welsh|english" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/resources/translations/$ts" "$tmp/$ts"
"$lupdate" -silent "${only[@]}" -no-obsolete -locations none -extensions cpp,h \
  -I "$root/core" -I "$root/ui" -I "$root/app/cli" "$root/core" "$root/ui" "$root/app" -ts "$tmp/$ts"
messages=$(grep -c '<message' "$tmp/$ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/$ts" || true)
empty=$(grep -cE '<numerusform></numerusform>|<numerusform/>|<translation></translation>|<translation/>' "$tmp/$ts" || true)
echo "$ts: $messages messages, $unfinished unfinished, $empty empty"
if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
  echo "Messages without their $language ($fix):"
  grep -B3 -E 'type="unfinished"|<numerusform></numerusform>|<translation></translation>' "$tmp/$ts" | grep '<source>' | head -50
  exit 1
fi
if [ "$messages" -lt "$least" ]; then
  echo "lupdate found only $messages messages: the sources were not read"
  exit 1
fi
