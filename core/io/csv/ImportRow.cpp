// ImportRow: reading a row's cells (see ImportRow.h).
#include "io/csv/ImportRow.h"

#include "domain/Parsing.h"

using namespace Qt::StringLiterals;

namespace arwain {

QDate ImportRow::date(const QString& column)
{
    const QString t = text(column);
    if (t.isEmpty())
        return {};
    if (auto d = parseDate(t))
        return *d;
    error(column, Importer::tr("\"%1\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)").arg(t));
    return {};
}

QTime ImportRow::time(const QString& column)
{
    const QString t = text(column);
    if (t.isEmpty())
        return {};
    for (const QString& format : {u"HH:mm"_s, u"H:mm"_s, u"HH:mm:ss"_s})
        if (const QTime v = QTime::fromString(t, format); v.isValid())
            return v;
    error(column, Importer::tr("\"%1\" is not a time of day (expected HH:MM, e.g. 09:30)").arg(t));
    return {};
}

std::optional<int> ImportRow::number(const QString& column)
{
    const QString t = text(column);
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok) {
        error(column, Importer::tr("\"%1\" is not a whole number").arg(t));
        return std::nullopt;
    }
    return v;
}

QString ImportRow::differs(const QString& what)
{
    return Importer::tr("%1 is already recorded with different values; change it in the app (or with "
                        "arwain-cli status) rather than by import")
        .arg(what);
}

} // namespace arwain
