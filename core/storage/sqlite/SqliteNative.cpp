// SqliteNative: statements prepared, bound and stepped through SQLite's C interface.
#include "storage/sqlite/SqliteNative.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <vector>

namespace arwain::sqlite {

sqlite3* handle(const QSqlDatabase& db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

void fail(sqlite3* handle)
{
    const int primary = sqlite3_errcode(handle) & 0xff;
    const StorageError::Kind kind = primary == SQLITE_BUSY || primary == SQLITE_LOCKED
                                        ? StorageError::Kind::Busy
                                    : primary == SQLITE_NOTADB ? StorageError::Kind::NotADatabase
                                                               : StorageError::Kind::Failure;
    throw StorageError(QString::fromUtf8(sqlite3_errmsg(handle)), kind);
}

Statement::Statement(sqlite3* handle, const QString& sql) : m_handle(handle)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK)
        fail(handle);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(const QVariantList& values, int first)
{
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant v = sql::bindable(values.at(i));
        const int at = first + i;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, at);
        } else if (sql::isWholeNumber(v)) {
            rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
        } else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            fail(m_handle);
    }
}

void Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_handle); // before a reset, which would clear the message
    sqlite3_reset(m_stmt);
}

qint64 streamText(sqlite3* handle, const QString& select, const QVariantList& args, const sql::TextSink& sink)
{
    Statement s(handle, select);
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
            fail(handle);
        for (int c = 0; c < columns; ++c) {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            cells[size_t(c)] =
                bytes ? QByteArrayView(bytes, sqlite3_column_bytes(stmt, c)) : QByteArrayView();
        }
        ++rows;
        if (!sink(sql::TextRow(cells)))
            return rows;
    }
}

} // namespace arwain::sqlite
