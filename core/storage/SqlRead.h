// SqlRead: turning query columns into domain values and back, shared by the storage classes.
#pragma once

#include "domain/Terms.h"
#include "storage/Sql.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace arwain::sql {

template <typename E> E term(const QVariant& v, E fallback)
{
    return v.isNull() ? fallback : fromText<E>(v.toString()).value_or(fallback);
}

template <typename E> QVariant termOrNull(E value)
{
    return orNull(toText(value));
}

inline QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline std::optional<int> intOrNone(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline QVariant intOrNull(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

template <typename T, typename Read> QList<T> all(QSqlQuery q, Read read)
{
    QList<T> out;
    while (q.next())
        out.append(read(q));
    return out;
}

template <typename T, typename Read> std::optional<T> first(QSqlQuery q, Read read)
{
    if (q.next())
        return read(q);
    return std::nullopt;
}

} // namespace arwain::sql
