#!/usr/bin/env bash
# Fails when the app or the CLI reach past the services into storage: a file in ui/ or app/ that includes a
# storage header, names a storage type (Store, Database, StorageError, DatabaseCopy, ServerRoles, the
# engines' dialects), or asks a workspace for its store. They call Services and Databases
# (core/services), which return Results.
# Usage: check-service-boundary.sh SOURCE_ROOT
set -uo pipefail
root=$1
status=0
files=$(find "$root/ui" "$root/app" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
[ -n "$files" ] || { echo "no sources found under $root/ui and $root/app"; exit 1; }
found=$(grep -nE '#include "storage/|\b(Store|Database|StorageError|DatabaseCopy|ServerRoles|SqliteDialect|PostgresDialect|BulkStore|ExportStore|SessionStore|FeedbackStore)\b(::|&|\*| [a-z])|->store\(\)|\.store\(\)' $files |
  grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' || true)
if [ -n "$found" ]; then
  echo "Storage reached from ui/ or app/ (call a service in core/services instead):"
  echo "$found" | sed "s|^$root/||"
  status=1
fi
echo "ui/ and app/ files read: $(echo "$files" | wc -l); lines reaching storage: $( [ -z "$found" ] && echo 0 || echo "$found" | wc -l)"
exit $status
