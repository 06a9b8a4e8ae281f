#!/usr/bin/env bash
# Fails when SQL is written outside core/storage, or when a statement there is built from anything but
# string literals, k-named constants and numbers: values always travel as bound parameters (?).
# Usage: check-sql.sh SOURCE_ROOT
set -uo pipefail
root=$1
status=0
keywords='(SELECT |INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|ALTER TABLE|PRAGMA |VACUUM )'
outside=$(grep -rnE "\"$keywords" "$root/core" "$root/ui" "$root/app" --include='*.cpp' --include='*.h' |
  grep -v "^$root/core/storage/" || true)
if [ -n "$outside" ]; then
  echo "SQL outside core/storage:"
  echo "$outside"
  status=1
fi
# In storage: a statement line that splices in .arg(…) or a variable (other than kConstants, QString::number
# of one, and the names in a rows::Shape or DatabaseCopy's table of them: table and column names fixed
# at compile time, never values).
spliced=$(grep -rnE "$keywords" "$root/core/storage" --include='*.cpp' |
  sed -E 's/"_s *\+ *(t\.)?(shape\.(table|columnList)|orderBy)([^A-Za-z_(]|$)/"_s + kShape\4/g' |
  grep -E '\.arg\(|"_s *\+ *[a-jl-z][A-Za-z_]*[^A-Za-z_(]|"_s *\+ *QString::number\([a-z]' |
  grep -vE 'QString::number\((k[A-Z][A-Za-z]*|to)\)' || true)
if [ -n "$spliced" ]; then
  echo "SQL built from values (bind them with ? instead):"
  echo "$spliced"
  status=1
fi
statements=$(grep -rcE "$keywords" "$root/core/storage" --include='*.cpp' | awk -F: '{s+=$2} END {print s}')
echo "SQL statements read in core/storage: $statements; outside it: $( [ -z "$outside" ] && echo 0 || echo "$outside" | wc -l)"
[ "$statements" -gt 50 ] || { echo "too few statements found: the sources were not read"; status=1; }
exit $status
