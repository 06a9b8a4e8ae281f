#!/usr/bin/env bash
# Prints a help2man include file describing every arwain-cli command, made from the program's own
# `arwain-cli --help` and `arwain-cli COMMAND --help`, so the manual page cannot drift from the program.
# Usage: commands.sh ARWAIN-CLI
set -euo pipefail
cli=$1
echo "[COMMANDS IN DETAIL]"
"$cli" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{sub(/^  /,""); split($0,p,/  +/); print $1 "\t" p[2]}' |
while IFS=$'\t' read -r command summary; do
  "$cli" "$command" --help | awk -v summary="$summary" '
    function flush() { if (term != "") { print ".TP"; print term; print text } term = ""; text = "" }
    function roff(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    NR == 1 { sub(/^usage: /, ""); print ".SS \"" $0 "\""; print roff(summary) "."; next }
    /^Options:/ || /^Arguments:/ { flush(); section = $0; next }
    /^$/ { next }
    section == "" { print roff($0); next }
    # The two options every command has are described once, under OPTIONS.
    /^  -h, --help/ || /^  --help-all/ { skip = 1; flush(); next }
    /^  [^ ]/ {
      skip = 0; flush()
      line = substr($0, 3)
      split(line, parts, /  +/)
      term = "\\fB" roff(parts[1]) "\\fR"
      text = roff(substr(line, length(parts[1]) + 1)); sub(/^ +/, "", text)
      next
    }
    /^   +/ { if (!skip) { s = $0; sub(/^ +/, "", s); text = text " " roff(s) } }
    END { flush() }' | awk '/^\.TP$/{tp=$0; next} tp!=""{held=$0; tp2=tp; tp=""; getline d; if (d!="") print tp2 "\n" held "\n" d; next} {print}'
done
