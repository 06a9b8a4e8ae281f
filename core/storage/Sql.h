// Sql: prepared, bound statements for core storage; failures become StorageError.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace arwain::sql {

// A value as it is bound: an empty text is '' in the database, not NULL (only orNull() asks for NULL).
QVariant bindable(const QVariant& value);
// Whether a value is a whole number (integers and booleans), written as an integer by the bulk paths.
bool isWholeNumber(const QVariant& value);

// Prepares `statement`, binds `args` in order and runs it.
QSqlQuery exec(const QSqlDatabase& db, const QString& statement, const QVariantList& args = {});
// Runs an INSERT of one row and returns the new row's id (RETURNING id: SQLite and PostgreSQL alike).
qint64 insert(const QSqlDatabase& db, const QString& statement, const QVariantList& args);
// The first column of the first row, or a null QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& args = {});

// Helpers that map empty or zero values to SQL NULL and back.
QVariant orNull(const QString& text);
QVariant orNull(qint64 id);
QVariant orNull(const QDate& date);

} // namespace arwain::sql
