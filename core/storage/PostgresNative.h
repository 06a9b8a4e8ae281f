// PostgresNative: the PostgreSQL side of the storage layer's bulk paths, through libpq itself: COPY, which
// QtSql does not offer, and which takes rows as one stream of text instead of a statement per batch whose
// every value QtSql would format and the server parse (see docs/performance.md). Only core/storage
// includes it; SqliteNative is its counterpart for a file.
#pragma once

#include <QSqlDatabase>
#include <QVariantList>

namespace arwain::postgres {

// Whether the connection is Qt's PostgreSQL driver with a libpq connection to use.
bool available(const QSqlDatabase& db);
// Writes rows (`columns` values each, in order) with one COPY … FROM STDIN statement (rows::copySql): NULL
// as NULL, numbers, and text (dates as ISO 8601). Throws StorageError with the server's message, of the
// kind the dialect gives its error code.
void copy(const QSqlDatabase& db, const QString& copyStatement, const QVariantList& values, int columns);

} // namespace arwain::postgres
