// TextRows: stepping SQLite's statement directly, or QSqlQuery on any other engine.
#include "storage/TextRows.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresNative.h"
#include "storage/sqlite/SqliteNative.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace arwain::sql {

namespace {

qint64 streamSqlite(sqlite3* handle, const QString& select, const QVariantList& args, const TextSink& sink)
{
    sqlite::Statement s(handle, select);
    s.bind(args);
    sqlite3_stmt* stmt = s.get();
    const int columns = sqlite3_column_count(stmt);
    std::vector<QByteArrayView> cells(static_cast<size_t>(columns));
    qint64 rows = 0;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            return rows;
        if (rc != SQLITE_ROW)
            sqlite::fail(handle);
        for (int c = 0; c < columns; ++c) {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            cells[size_t(c)] =
                bytes ? QByteArrayView(bytes, sqlite3_column_bytes(stmt, c)) : QByteArrayView();
        }
        ++rows;
        if (!sink(TextRow(cells)))
            return rows;
    }
}

qint64 streamQuery(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                   const TextSink& sink)
{
    QSqlQuery q = exec(db, select, args);
    std::vector<QByteArray> texts;
    std::vector<QByteArrayView> cells;
    qint64 rows = 0;
    while (q.next()) {
        const int columns = q.record().count();
        texts.resize(size_t(columns));
        cells.resize(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            texts[size_t(c)] = q.isNull(c) ? QByteArray() : q.value(c).toString().toUtf8();
            cells[size_t(c)] = texts[size_t(c)];
        }
        ++rows;
        if (!sink(TextRow(cells)))
            break;
    }
    return rows;
}

} // namespace

qint64 streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                  const TextSink& sink)
{
    if (sqlite3* handle = sqlite::handle(db))
        return streamSqlite(handle, select, args, sink);
    if (args.isEmpty() && postgres::available(db))
        return postgres::streamText(db, select, sink);
    return streamQuery(db, select, args, sink);
}

} // namespace arwain::sql
