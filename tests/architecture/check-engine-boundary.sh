#!/usr/bin/env bash
# Fails when storage code both engines share (core/storage outside sqlite/ and postgres/) knows an engine:
# includes a sqlite/ or postgres/ header, calls SQLite's or libpq's C interface, names a QtSql driver,
# runs an SQLite PRAGMA, or branches on which engine it is (isServer, isServerLocation). The one exception
# is the Dialect itself: its factory (Dialect.cpp), which picks the engine for a connection or a location,
# and the declarations of the two questions in Dialect.h.
# Also fails when one engine's folder includes the other's, or code outside core/storage includes an
# engine's header, except the one door to a team server's roles (core/services/Databases.cpp includes
# ServerRoles: roles exist only on PostgreSQL).
# Usage: check-engine-boundary.sh SOURCE_ROOT
set -uo pipefail
root=$1
status=0
shared=$(find "$root/core/storage" -maxdepth 1 -type f \( -name '*.cpp' -o -name '*.h' \) ! -name Dialect.cpp | sort)
[ -n "$shared" ] || { echo "no shared storage sources found under $root/core/storage"; exit 1; }
engine='#include "storage/(sqlite|postgres)/|sqlite3_[a-z_]+\(|sqlite3\b|\bPQ[a-z][A-Za-z]*\(|libpq-fe\.h|"QSQLITE"|"QPSQL"|PRAGMA |isServer(Location)?\('
at='^[^:]+:[0-9]+:[[:space:]]*'
# Whole lines of Dialect.h only: the two questions' declarations.
allowed="^[^:]*/Dialect\.h:[0-9]+:[[:space:]]*(static bool isServerLocation\\(const QString& location\\)|virtual bool isServer\\(\\) const = 0);\$"
found=$(grep -HnE "$engine" $shared | grep -vE "$at//" | grep -vE "$allowed" || true)
if [ -n "$found" ]; then
  echo "Engine-specific code in storage both engines share (move it behind the Dialect, into sqlite/ or postgres/):"
  echo "$found" | sed "s|^$root/||"
  status=1
fi
crossed=$( (grep -HnE '#include "storage/postgres/' "$root"/core/storage/sqlite/*.cpp "$root"/core/storage/sqlite/*.h
            grep -HnE '#include "storage/sqlite/' "$root"/core/storage/postgres/*.cpp "$root"/core/storage/postgres/*.h) || true)
if [ -n "$crossed" ]; then
  echo "One engine's folder includes the other's:"
  echo "$crossed" | sed "s|^$root/||"
  status=1
fi
outside=$(grep -rHnE '#include "storage/(sqlite|postgres)/' "$root/core" "$root/ui" "$root/app" --include='*.cpp' --include='*.h' |
  grep -v "^$root/core/storage/" | grep -v "^$root/core/services/Databases.cpp:[0-9]*:#include \"storage/postgres/ServerRoles.h\"" || true)
if [ -n "$outside" ]; then
  echo "An engine's storage header included outside core/storage:"
  echo "$outside" | sed "s|^$root/||"
  status=1
fi
echo "shared storage files read: $(echo "$shared" | wc -l); engine-specific lines in them: $( [ -z "$found" ] && echo 0 || echo "$found" | wc -l)"
exit $status
