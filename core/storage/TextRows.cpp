// TextRows: stepping SQLite's statement directly, or QSqlQuery on any other engine.
#include "storage/TextRows.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace arwain::sql {

namespace {

// The connection's own SQLite handle, or null when the driver is not Qt's SQLite driver.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

[[noreturn]] void fail(sqlite3* handle)
{
    const int primary = sqlite3_errcode(handle) & 0xff;
    const StorageError::Kind kind = primary == SQLITE_BUSY || primary == SQLITE_LOCKED
                                        ? StorageError::Kind::Busy
                                    : primary == SQLITE_NOTADB ? StorageError::Kind::NotADatabase
                                                               : StorageError::Kind::Failure;
    throw StorageError(QString::fromUtf8(sqlite3_errmsg(handle)), kind);
}

// Finalises the statement however the reading ends.
struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

void bind(sqlite3* handle, sqlite3_stmt* stmt, const QVariantList& args)
{
    for (int i = 0; i < int(args.size()); ++i) {
        const QVariant v = bindable(args.at(i));
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, i + 1);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
                   v.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            fail(handle);
    }
}

qint64 streamSqlite(sqlite3* handle, const QString& select, const QVariantList& args, const TextSink& sink)
{
    Statement s;
    const QByteArray text = select.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &s.stmt, nullptr) != SQLITE_OK)
        fail(handle);
    bind(handle, s.stmt, args);
    const int columns = sqlite3_column_count(s.stmt);
    std::vector<QByteArrayView> cells(static_cast<size_t>(columns));
    qint64 rows = 0;
    for (;;) {
        const int rc = sqlite3_step(s.stmt);
        if (rc == SQLITE_DONE)
            return rows;
        if (rc != SQLITE_ROW)
            fail(handle);
        for (int c = 0; c < columns; ++c) {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, c));
            cells[size_t(c)] =
                bytes ? QByteArrayView(bytes, sqlite3_column_bytes(s.stmt, c)) : QByteArrayView();
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
    if (sqlite3* handle = sqliteHandle(db))
        return streamSqlite(handle, select, args, sink);
    return streamQuery(db, select, args, sink);
}

} // namespace arwain::sql
