// Sql: every statement Arwain runs goes through exec(), so every failure is reported the same way.
#include "storage/Sql.h"

#include "domain/Parsing.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace arwain::sql {

namespace {
[[noreturn]] void fail(const QSqlDatabase& db, const QSqlQuery& q)
{
    const StorageError::Kind kind = Dialect::of(db).kindOf(q.lastError());
    // A lock another program holds is said in our words, never as the driver's "database is locked": a
    // user must not take a busy database for a damaged one.
    if (kind == StorageError::Kind::Busy)
        throw StorageError(
            QCoreApplication::translate("arwain::Database",
                                        "it is in use by another program, which holds a lock on it"),
            kind);
    throw StorageError(q.lastError().text(), kind);
}
} // namespace

QVariant bindable(const QVariant& value)
{
    // An empty text is '' in the database, not NULL: only orNull() asks for NULL.
    if (value.isNull() || value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
    if (text.isNull())
        return QString(u""_s);
    // The last guard of every path that writes (forms, imports, the CLI, a copy between databases): no
    // text longer than a field can ever hold, and every text in NFC, so one name has one spelling and a
    // look-up finds it however it was typed.
    if (text.size() > kMaxAnyText)
        throw StorageError(QCoreApplication::translate(
                               "arwain::Database", "a text of %1 characters is longer than any field holds "
                                                   "(%2); nothing was saved")
                               .arg(text.size())
                               .arg(kMaxAnyText));
    return toNfc(text);
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
