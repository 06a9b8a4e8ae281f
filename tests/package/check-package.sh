#!/usr/bin/env bash
# The Debian package as a user meets it: lintian and the freedesktop validators pass it; unpacked into
# a throwaway root, its arwain-cli makes the demo, prints the published figures and writes the report in
# Welsh, its manual pages and bash completion work, its file type knows a renamed database, and its
# arwain opens a window in Welsh (under Xvfb). Nothing is installed on the machine itself.
# Usage: check-package.sh DEB MIME-PROBE
set -uo pipefail
deb=$(realpath "$1")
probe=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
pass() { echo "ok:   $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { # check WHAT COMMAND...: passes when the command succeeds
  local what=$1
  shift
  if "$@" >"$work/out" 2>&1; then pass "$what"; else fail "$what"; sed 's/^/      /' "$work/out"; fi
}

echo "== $deb"
# lintian: no error and no warning (the informational tags that stay are listed in docs/packaging.md).
check "lintian: no errors, no warnings" lintian --fail-on error,warning "$deb"

root=$work/root
dpkg-deb -x "$deb" "$root"
usr=$root/usr
check "desktop-file-validate arwain.desktop" desktop-file-validate "$usr/share/applications/arwain.desktop"
check "appstreamcli validate (no errors, no warnings)" \
  appstreamcli validate --no-net "$usr/share/metainfo/cymru.arwain.Arwain.metainfo.xml"
grep -q "^Icon=arwain$" "$usr/share/applications/arwain.desktop" &&
  [ -s "$usr/share/icons/hicolor/scalable/apps/arwain.svg" ] && [ -s "$usr/share/icons/hicolor/48x48/apps/arwain.png" ] &&
  pass "the desktop entry's icon is installed (scalable and 48x48)" || fail "the desktop entry's icon is missing"
grep -q "^Name\[cy\]=\|^Comment\[cy\]=" "$usr/share/applications/arwain.desktop" &&
  pass "the desktop entry speaks Welsh" || fail "the desktop entry has no Welsh"

# The command line, run from the unpacked tree (it finds arwain-cli-documents in ../libexec/arwain).
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
cli=$usr/bin/arwain-cli
version=$("$cli" --version)
[[ $version =~ ^arwain-cli\ [0-9]+\.[0-9]+\.[0-9]+$ ]] && pass "arwain-cli --version: $version" || fail "arwain-cli --version: $version"
app_version=$(QT_QPA_PLATFORM=offscreen "$usr/bin/arwain" --version 2>/dev/null)
[ "$app_version" = "Arwain ${version#arwain-cli }" ] && pass "arwain --version: $app_version" ||
  fail "arwain --version: '$app_version' (arwain-cli says '$version')"
check "arwain-cli demo ~/d.arwain" "$cli" demo "$HOME/d.arwain"
stats=$("$cli" stats "$HOME/d.arwain" --year 2024)
if grep -q "TMDP.*88.89" <<<"$stats" && grep -q "MMDP.*86.67" <<<"$stats"; then
  pass "arwain-cli stats --year 2024: TMDP 88.89, MMDP 86.67 (the published figures)"
else
  fail "arwain-cli stats --year 2024 does not show the published figures:"; echo "$stats" | sed 's/^/      /'
fi
check "arwain-cli report --lang cy -o adroddiad.pdf" "$cli" report "$HOME/d.arwain" --year 2024 --lang cy -o "$HOME/adroddiad.pdf"
# (Read whole first: with pipefail, grep -q leaving early would fail the pipe.)
pdf_text=$(pdftotext "$HOME/adroddiad.pdf" - 2>/dev/null)
if grep -q "Adroddiad blynyddol" <<<"$pdf_text"; then
  pass "the Welsh report's PDF reads \"Adroddiad blynyddol …\""
else
  fail "the Welsh report's PDF has no Welsh title"
fi
welsh=$(env -u LC_ALL LANG=cy_GB.UTF-8 "$cli" stats 2>&1)
grep -qi "cronfa\|ar goll\|defnydd" <<<"$welsh" && pass "arwain-cli speaks Welsh when LANG is Welsh: $(head -n 1 <<<"$welsh")" ||
  fail "arwain-cli did not speak Welsh: $welsh"

# Manual pages, as man shows them.
page=$(man -l "$usr/share/man/man1/arwain-cli.1.gz" 2>/dev/null | col -b)
grep -q "COMMANDS IN DETAIL" <<<"$page" && grep -q "arwain-cli stats DB" <<<"$page" && grep -q -- "--definition" <<<"$page" &&
  pass "man arwain-cli: every command with its options" || fail "man arwain-cli lacks the commands' options"
page=$(man -l "$usr/share/man/man1/arwain.1.gz" 2>/dev/null | col -b)
grep -q -- "--read-only" <<<"$page" && grep -q "arwain - leadership-programme tracker" <<<"$page" &&
  pass "man arwain: its name and options" || fail "man arwain is wrong"
pages=$(zcat "$usr"/share/man/man1/*.1.gz)
if grep -q -e "/build/" -e "$(dirname "$probe")" -e "\./arwain" <<<"$pages"; then
  fail "a manual page names a build folder:"; grep -e "/build/" -e "\./arwain" <<<"$pages" | head -3
else
  pass "the manual pages name the programs as a user types them (no build paths)"
fi
check "bash completion of the installed arwain-cli" \
  bash "$here/completion.sh" "$cli" "$usr/share/bash-completion/completions/arwain-cli"

# The file type, as a file manager sees it once the package is installed: dpkg's trigger builds one
# shared-mime-info database from every package's types, so here one is built from the machine's and the
# package's. A database is known by its name and, renamed, by its contents; another program's SQLite
# file is not taken for one.
mkdir -p "$work/share/mime/packages"
cp /usr/share/mime/packages/*.xml "$usr/share/mime/packages/arwain.xml" "$work/share/mime/packages/"
update-mime-database "$work/share/mime" >/dev/null 2>&1
cp "$HOME/d.arwain" "$HOME/renamed-database"
/usr/bin/python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('CREATE TABLE t(x)')" "$HOME/other-program"
types=$(XDG_DATA_HOME=$work/none XDG_DATA_DIRS=$work/share "$probe" "$HOME/d.arwain" "$HOME/renamed-database" \
  "$HOME/other-program" | tr '\n' ' ')
if [ "$types" = "application/x-arwain application/x-arwain application/vnd.sqlite3 " ]; then
  pass "file types: d.arwain, a renamed database, another program's SQLite file -> $types"
else
  fail "file types of d.arwain, a renamed database, another program's SQLite file: $types"
fi

# The app: opened on the demo under Xvfb in Welsh, its window's title says so.
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  # On the X server xvfb-run starts (scripts/test exports the offscreen platform for the UI tests).
  title=$(env -u LC_ALL -u QT_QPA_PLATFORM LANG=cy_GB.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" --read-only "$2" >/dev/null 2>&1 &
    app=$!
    for _ in $(seq 1 90); do
      # The window is titled "Arwain" until the file is open.
      name=$(for w in $(xdotool search --pid $app --name "Arwain" 2>/dev/null); do xdotool getwindowname $w; done |
        grep -F "d.arwain" | head -n 1)
      [ -n "$name" ] && break
      sleep 0.5
    done
    kill $app
    echo "$name"' _ "$usr/bin/arwain" "$HOME/d.arwain")
  if [ "$title" = "d.arwain (darllen yn unig) — Arwain" ]; then
    pass "the installed arwain opens the demo in Welsh: \"$title\""
  else
    fail "the installed arwain's window: \"$title\" (expected \"d.arwain (darllen yn unig) — Arwain\")"
  fi
  help=$(env -u LC_ALL LANG=cy_GB.UTF-8 QT_QPA_PLATFORM=offscreen "$usr/bin/arwain" --help 2>/dev/null)
  grep -q "darllen yn unig" <<<"$help" && pass "arwain --help in Welsh" || fail "arwain --help is not Welsh: $help"
else
  fail "xvfb-run and xdotool are needed to check the app"
fi

echo "== $failures failed"
exit $((failures > 0))
