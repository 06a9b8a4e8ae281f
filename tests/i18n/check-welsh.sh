#!/usr/bin/env bash
# Fails when any message of the app, the CLI or the report has no Welsh: runs lupdate over every source
# into a copy of resources/translations/arwain_cy.ts (so a new tr() without Welsh shows up as
# unfinished) and lists each unfinished or empty message.
# Usage: check-welsh.sh LUPDATE SOURCE_ROOT
set -euo pipefail
lupdate=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/resources/translations/arwain_cy.ts" "$tmp/cy.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
  -I "$root/core" -I "$root/ui" -I "$root/app/cli" "$root/core" "$root/ui" "$root/app" -ts "$tmp/cy.ts"
messages=$(grep -c '<message' "$tmp/cy.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/cy.ts" || true)
empty=$(grep -cE '<numerusform></numerusform>|<numerusform/>|<translation></translation>|<translation/>' "$tmp/cy.ts" || true)
echo "arwain_cy.ts: $messages messages, $unfinished unfinished, $empty empty"
if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
  echo "Messages without Welsh (add them to resources/translations/welsh.py and run it):"
  grep -B3 -E 'type="unfinished"|<numerusform></numerusform>|<translation></translation>' "$tmp/cy.ts" | grep '<source>' | head -50
  exit 1
fi
if [ "$messages" -lt 1000 ]; then
  echo "lupdate found only $messages messages: the sources were not read"
  exit 1
fi
