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
mkdir "$work/files"
cd "$work/files"
touch demo.arwain notes.txt
mkdir reports
# bash-completion's helpers when installed (as on a desktop), else the script's own fallback.
[ -f /usr/share/bash-completion/bash_completion ] && source /usr/share/bash-completion/bash_completion
source "$completion"
failures=0

# complete LINE: what TAB offers after LINE (the last word is the one being completed), sorted. The
# words are split as bash splits them for completion: at spaces, and around "=" ("--by=re" is
# "--by" "=" "re").
complete_line() {
  local line=$1 word
  local spaced=()
  read -r -a spaced <<<"$line"
  [[ $line == *" " ]] && spaced+=("")
  COMP_WORDS=()
  for word in "${spaced[@]}"; do
    while [[ $word == *=* ]]; do
      [ -n "${word%%=*}" ] && COMP_WORDS+=("${word%%=*}")
      COMP_WORDS+=("=")
      word=${word#*=}
    done
    [[ -n $word || ${#COMP_WORDS[@]} -eq 0 || ${COMP_WORDS[-1]} != "=" ]] && COMP_WORDS+=("$word")
  done
  [[ $line == *= ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$cli
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$cli ${line#* }"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _arwain_cli arwain-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>>"$work/stderr"
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
# Values given with "=", global options before the command, an option's value among the arguments.
expect "arwain-cli stats demo.arwain --by=re" "region"
expect "arwain-cli report demo.arwain --format=" "html pdf"
expect "arwain-cli --wait 5 st" "stats status"
expect "arwain-cli export -o out.xlsx s" "sessions stats"
expect "arwain-cli export --output=out.xlsx s" "sessions stats"
# The arguments that are words, not files.
expect "arwain-cli status demo.arwain sian@example.org TMDP-2024-1 w" "withdrawn"
expect "arwain-cli server-grant postgresql://db.example.org/arwain sian " "coordinator manager"
# A file typed before any command: files only, and nothing printed into the terminal.
expect "arwain-cli demo.arwain st" ""
if [ -s "$work/stderr" ]; then
  echo "FAIL: the completion wrote into the terminal:"; cat "$work/stderr"; failures=$((failures + 1))
fi
exit $((failures > 0))
