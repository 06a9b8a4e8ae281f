#!/usr/bin/env bash
# Fails when the app or the CLI reach past the services into storage: a file in ui/ or app/ that includes a
# storage header, names a storage type in its code (string literals and comments are not read: a label
# may say "Database"), or asks for what a service keeps for core's own use (Services::store() and
# database(), FeedbackService::responses(), SessionService::sessions()). They call Services and Databases
# (core/services), which return Results.
# Usage: check-service-boundary.sh SOURCE_ROOT
set -uo pipefail
root=$1
status=0
files=$(find "$root/ui" "$root/app" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
[ -n "$files" ] || { echo "no sources found under $root/ui and $root/app"; exit 1; }
types='Store|Database|StorageError|Dialect|DatabaseCopy|ServerRoles|ServerAddress|SqliteDialect|PostgresDialect|BulkStore|ExportStore|SessionStore|FeedbackStore|CatalogueStore|EnrolmentStore|CountingStore|AuditStore|BatchWriter|BatchTarget'
found=$(for f in $files; do
  # Each line without its string literals and its // comment, kept with its file and number.
  sed -E 's/"([^"\\]|\\.)*"//g; s|//.*$||' "$f" | grep -nE "#include [<\"]\.*/?storage/|\b($types)\b|\b(store|responses)\(\)|services\(\)[.]database\(\)|sessions\(\)\.sessions\(\)" |
    sed "s|^|$f:|"
done; grep -HnE '#include "([^"]*/)?storage/' $files || true)
found=$(echo "$found" | sed '/^$/d' | sort -u)
if [ -n "$found" ]; then
  echo "Storage reached from ui/ or app/ (call a service in core/services instead):"
  echo "$found" | sed "s|^$root/||"
  status=1
fi
echo "ui/ and app/ files read: $(echo "$files" | wc -l); lines reaching storage: $( [ -z "$found" ] && echo 0 || echo "$found" | wc -l)"
exit $status
