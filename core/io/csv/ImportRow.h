// ImportRow: one data row of a CSV import: its cells by column name, read as text, listed values,
// dates, times and numbers, and the problems found in it (each naming its column).
#pragma once

#include "domain/Terms.h"
#include "io/csv/Importer.h"
#include "services/FieldError.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>

#include <optional>

namespace arwain {

// What importing one row did.
enum class ImportOutcome
{
    Added,
    Unchanged,
    Bad
};

class ImportRow
{
public:
    explicit ImportRow(const QHash<QString, QString>& cells) : m_cells(cells) {}

    QString text(const QString& column) const { return m_cells.value(column).trimmed(); }
    bool has(const QString& column) const { return !text(column).isEmpty(); }
    void error(const QString& column, const QString& message) { m_errors.append({column, message}); }
    void errors(const FieldErrors& list) { m_errors.append(list); }
    const FieldErrors& problems() const { return m_errors; }
    bool bad() const { return !m_errors.isEmpty(); }

    template <typename E> E term(const QString& column, E fallback)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return fallback;
        if (auto v = fromText<E>(t))
            return *v;
        error(column, Importer::tr("\"%1\" is not a %2 (expected %3)").arg(t, termName<E>(), allTexts<E>()));
        return fallback;
    }
    QDate date(const QString& column);
    // A time of day, "14:00" or "9:30"; null when empty.
    QTime time(const QString& column);
    std::optional<int> number(const QString& column);

    // The message for a row whose key is in the database with other values.
    static QString differs(const QString& what);

private:
    const QHash<QString, QString>& m_cells;
    FieldErrors m_errors;
};

} // namespace arwain
