// TextRows: the rows of one SELECT streamed as UTF-8 text cells, with no QVariant per value.
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <span>

namespace arwain::sql {

// One row: a cell per column, as UTF-8 text (NULL is empty). Valid only inside the sink's call.
using TextRow = std::span<const QByteArrayView>;
// Takes a row; returning false stops the reading (a cancel).
using TextSink = std::function<bool(TextRow)>;

// Runs `select` with `args` bound in order and hands each row to `sink`; the number of rows handed
// over. Each engine's fastest way (Dialect::streamText): on SQLite the engine's own statement is stepped
// and its text read in place (SqliteNative); on PostgreSQL (without arguments) libpq's rows are read in
// place as they arrive (PostgresNative); else streamQuery. Failures throw StorageError.
qint64 streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                  const TextSink& sink);
// The same through QSqlQuery, which works on any engine (a QVariant per value).
qint64 streamQuery(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                   const TextSink& sink);

} // namespace arwain::sql
