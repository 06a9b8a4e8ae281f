// Sql: every statement Arwain runs goes through exec(), so every failure is reported the same way.
#include "storage/Sql.h"

#include "domain/Parsing.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace arwain::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery& q)
{
    const QString code = q.lastError().nativeErrorCode();
    // SQLite's primary codes 5 (busy), 6 (locked) and 26 (not a database); extended codes keep them in the
    // low byte.
    const int primary = code.toInt() & 0xff;
    const StorageError::Kind kind = primary == 5 || primary == 6 ? StorageError::Kind::Busy
                                    : primary == 26              ? StorageError::Kind::NotADatabase
                                                                 : StorageError::Kind::Failure;
    throw StorageError(q.lastError().text(), kind);
}
} // namespace

QVariant bindable(const QVariant& value)
{
    // An empty text is '' in the database, not NULL: only orNull() asks for NULL.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

QSqlQuery exec(const QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(q);
    for (const QVariant& a : args)
        q.addBindValue(bindable(a));
    if (!q.exec())
        fail(q);
    return q;
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
