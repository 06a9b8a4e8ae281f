// PostgresNative: the PostgreSQL side of the storage layer's bulk paths, through libpq itself: COPY, which
// QtSql does not offer, and which takes rows as one stream of text instead of a statement per batch whose
// every value QtSql would format and the server parse (see docs/performance.md). Only core/storage
// includes it; SqliteNative is its counterpart for a file.
#pragma once

#include "storage/TextRows.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace arwain::postgres {

// Whether the connection is Qt's PostgreSQL driver with a libpq connection to use.
bool available(const QSqlDatabase& db);
// Writes rows (`columns` values each, in order) with one COPY … FROM STDIN statement (rows::copySql): NULL
// as NULL, numbers, and text (dates as ISO 8601). Throws StorageError with the server's message, of the
// kind the dialect gives its error code.
void copy(const QSqlDatabase& db, const QString& copyStatement, const QVariantList& values, int columns);
// Runs `select` (no parameters) and hands each row to `sink` as the server's text, as it arrives (libpq's
// single-row mode: the rows are never all held at once); the number of rows handed over. Rows after a
// sink says stop are read and dropped, so the connection is ready for the next statement.
qint64 streamText(const QSqlDatabase& db, const QString& select, const sql::TextSink& sink);

} // namespace arwain::postgres
