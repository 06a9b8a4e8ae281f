// SqlRead: turning query columns into domain values and back, shared by the storage classes.
#pragma once

#include "domain/Parsing.h"
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

// The cohorts counted between two bound dates (periodBounds). Written as a list that rows are looked up
// by (their cohort index), not as a join, which the planner took as a walk through every enrolment.
inline QString cohortsCounted()
{
    return QStringLiteral("(SELECT id FROM cohort WHERE COALESCE(end_date, start_date) BETWEEN ? AND ?)");
}

// A period of counting dates as bound values, an open end as the first or last date there can be.
inline QVariantList periodBounds(const QDate& from, const QDate& to)
{
    // The year 1, not 0: PostgreSQL's dates begin there.
    return {from.isValid() ? dateText(from) : QStringLiteral("0001-01-01"),
            to.isValid() ? dateText(to) : QStringLiteral("9999-12-31")};
}

// "(?, ?, ?)" for a list of bound ids, and the ids as bound values: rows of a batch of records looked up
// by an index, in plain SQL every engine runs.
inline QString idList(qsizetype n)
{
    QString out = QStringLiteral("(");
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out + QStringLiteral(")");
}
inline QVariantList idValues(const QList<qint64>& ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(id);
    return out;
}

// The rows of `selectIn` (a statement ending in "… IN ") for these ids, a batch of ids a statement: a
// cohort's rows read in a few statements rather than one per row, and never more bound values than an
// engine takes.
template <typename T, typename Read>
QList<T> withIdsIn(const QSqlDatabase& db, const QString& selectIn, const QList<qint64>& ids, Read read)
{
    constexpr qsizetype kBatch = 500;
    QList<T> out;
    for (qsizetype at = 0; at < ids.size(); at += kBatch) {
        const QList<qint64> batch = ids.mid(at, kBatch);
        QSqlQuery q = exec(db, selectIn + idList(batch.size()), idValues(batch));
        while (q.next())
            out.append(read(q));
    }
    return out;
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
