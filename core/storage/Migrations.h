// Migrations: the steps from one file format to the next (see docs/data-model.md, "Schema versions").
#pragma once

#include <QStringList>

class QSqlDatabase;

namespace arwain::migrations {

// Runs the steps from format `from` (0: an empty file) to `to`, inside the caller's transaction.
// Throws StorageError when a statement fails.
void run(const QSqlDatabase& db, int from, int to);

// The built-in programmes and reason codes every new database starts with (plain SQL for every engine).
QStringList builtInRows();

} // namespace arwain::migrations
