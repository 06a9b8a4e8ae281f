// SqliteSchema: the steps from one file format to the next (see docs/data-model.md, "Schema versions").
#pragma once

class QSqlDatabase;

namespace arwain::migrations::sqlite {

// Runs the steps from format `from` (0: an empty file) to `to`, inside the caller's transaction.
// Throws StorageError when a statement fails.
void run(const QSqlDatabase& db, int from, int to);

} // namespace arwain::migrations::sqlite
