#!/usr/bin/env bash
# The bash completion of arwain-cli offers what a user expects at each point of a line: commands,
# a command's options, the choices of an option or a KIND, en|cy after --lang, file names for a DB.
# Usage: completion.sh ARWAIN-CLI COMPLETION-FILE
# (Run by ctest on the build tree, and by check-package.sh on the installed package.)
set -uo pipefail
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
completion=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
touch demo.arwain notes.txt
mkdir reports
# bash-completion's helpers when installed (as on a desktop), else the script's own fallback.
[ -f /usr/share/bash-completion/bash_completion ] && source /usr/share/bash-completion/bash_completion
source "$completion"
failures=0

# complete LINE: what TAB offers after LINE (the last word is the one being completed), sorted.
complete_line() {
  local line=$1
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$cli
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$cli ${line#* }"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _arwain_cli arwain-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
  local line=$1 want=$2 got
  got=$(complete_line "$line")
  if [ "$got" = "$want" ]; then
    echo "ok:   '$line' -> $got"
  else
    echo "FAIL: '$line' -> '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

expect "arwain-cli st" "stats status"
expect "arwain-cli ser" "server-grant server-init"
expect "arwain-cli --lang " "cy en"
expect "arwain-cli --lang cy sta" "stats status"
expect "arwain-cli report demo.arwain --lang " "cy en"
expect "arwain-cli stats demo.arwain --def" "--definition"
expect "arwain-cli stats demo.arwain --definition " "excluding-deferrals finished-only published"
expect "arwain-cli stats demo.arwain --by re" "region"
expect "arwain-cli report demo.arwain --format " "html pdf"
expect "arwain-cli import " "attendance cohorts enrolments feedback network organisations participants programmes sessions"
expect "arwain-cli export s" "sessions stats"
expect "arwain-cli import participants d" "demo.arwain"
# A folder is offered by its name (readline adds the slash as it completes it).
expect "arwain-cli stats " "demo.arwain notes.txt reports"
expect "arwain-cli report demo.arwain -o rep" "reports"
expect "arwain-cli stats demo.arwain --year " ""
exit $((failures > 0))
