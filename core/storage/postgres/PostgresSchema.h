// PostgresSchema: Arwain's schema on a PostgreSQL server, versioned as the SQLite file is (see
// docs/data-model.md, "Schema versions"). A server database starts at version 5, the version of the file
// format when servers came; every later version is a step in both Migrations.cpp and here.
#pragma once

class QSqlDatabase;

namespace arwain::migrations::postgres {

// The first version a server database can have.
inline constexpr int kFirstVersion = 5;

// Runs the steps from version `from` (0: an empty database) to `to`, inside the caller's transaction.
// Throws StorageError.
void run(const QSqlDatabase& db, int from, int to);

} // namespace arwain::migrations::postgres
