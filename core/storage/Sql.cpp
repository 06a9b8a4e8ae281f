// Sql: every statement Arwain runs goes through exec(), so every failure is reported the same way.
#include "storage/Sql.h"

#include "domain/Parsing.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace arwain::sql {

namespace {
[[noreturn]] void fail(const QSqlDatabase& db, const QSqlQuery& q)
{
    throw StorageError(q.lastError().text(), Dialect::of(db).kindOf(q.lastError()));
}
} // namespace

QVariant bindable(const QVariant& value)
{
    // An empty text is '' in the database, not NULL: only orNull() asks for NULL.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

bool isWholeNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

QSqlQuery exec(const QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (args.isEmpty()) {
        // Nothing to bind: run as it is. PostgreSQL prepares only queries and changes of rows, not the
        // schema or a transaction's BEGIN and COMMIT.
        if (!q.exec(statement))
            fail(db, q);
        return q;
    }
    if (!q.prepare(statement))
        fail(db, q);
    for (const QVariant& a : args)
        q.addBindValue(bindable(a));
    if (!q.exec())
        fail(db, q);
    return q;
}

qint64 insert(const QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    return scalar(db, statement + u" RETURNING id"_s, args).toLongLong();
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    QSqlQuery q = exec(db, statement, args);
    return q.next() ? q.value(0) : QVariant();
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant orNull(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace arwain::sql
