// PostgresNative: COPY … FROM STDIN in PostgreSQL's text format, through the driver's libpq connection.
#include "storage/postgres/PostgresNative.h"

#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace arwain::postgres {

namespace {

PGconn* handle(const QSqlDatabase& db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by the struct behind libpq's typedef (pg_conn*); older Qt by the typedef.
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(h.constData());
}

// The server's message and code, as QtSql would report them, so the dialect tells its kind (busy or not).
[[noreturn]] void fail(const QSqlDatabase& db, PGconn* conn, PGresult* result)
{
    QString message;
    QString code;
    if (result) {
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        code = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
            message += u" ("_s + QString::fromUtf8(detail) + u')';
        PQclear(result);
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QSqlError error(QString(), message, QSqlError::StatementError, code);
    throw StorageError(message, Dialect::of(db).kindOf(error));
}

// One value in COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped.
void append(QByteArray& out, const QVariant& value)
{
    const QVariant v = sql::bindable(value);
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    if (sql::isWholeNumber(v)) {
        out += QByteArray::number(v.toLongLong());
        return;
    }
    if (v.typeId() == QMetaType::QDate) {
        out += v.toDate().toString(Qt::ISODate).toLatin1();
        return;
    }
    const QByteArray text = v.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

bool available(const QSqlDatabase& db)
{
    return handle(db) != nullptr;
}

qint64 streamText(const QSqlDatabase& db, const QString& select, const sql::TextSink& sink)
{
    PGconn* conn = handle(db);
    if (!conn)
        throw StorageError(u"not a PostgreSQL connection"_s);
    if (PQsendQuery(conn, select.toUtf8().constData()) != 1 || PQsetSingleRowMode(conn) != 1)
        fail(db, conn, nullptr);
    std::vector<QByteArrayView> cells;
    qint64 rows = 0;
    bool wanted = true;
    PGresult* failed = nullptr;
    while (PGresult* r = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_SINGLE_TUPLE && wanted) {
            const int columns = PQnfields(r);
            cells.resize(size_t(columns));
            for (int c = 0; c < columns; ++c)
                cells[size_t(c)] = PQgetisnull(r, 0, c)
                                       ? QByteArrayView()
                                       : QByteArrayView(PQgetvalue(r, 0, c), PQgetlength(r, 0, c));
            ++rows;
            wanted = sink(sql::TextRow(cells));
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && !failed) {
            failed = r;
            continue;
        }
        PQclear(r);
    }
    if (failed)
        fail(db, conn, failed);
    return rows;
}

void copy(const QSqlDatabase& db, const QString& copyStatement, const QVariantList& values, int columns)
{
    PGconn* conn = handle(db);
    if (!conn)
        throw StorageError(u"not a PostgreSQL connection"_s);
    QByteArray data;
    data.reserve(values.size() * 12);
    for (qsizetype i = 0; i < values.size(); ++i) {
        append(data, values.at(i));
        data += (i + 1) % columns == 0 ? '\n' : '\t';
    }
    PGresult* started = PQexec(conn, copyStatement.toUtf8().constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        fail(db, conn, started);
    PQclear(started);
    if (PQputCopyData(conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
        fail(db, conn, nullptr);
    // The COPY's own result, then nothing more (the connection is ready for the next statement).
    PGresult* result = PQgetResult(conn);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    while (PGresult* more = PQgetResult(conn)) {
        PQclear(more);
    }
    if (!ok)
        fail(db, conn, result);
    PQclear(result);
}

} // namespace arwain::postgres
