// TextRows: each engine's own way (Dialect::streamText), or QSqlQuery, which any engine can.
#include "storage/TextRows.h"

#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

using namespace Qt::StringLiterals;

namespace arwain::sql {

qint64 streamQuery(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                   const TextSink& sink)
{
    QSqlQuery q = exec(db, select, args);
    std::vector<QByteArray> texts;
    std::vector<QByteArrayView> cells;
    qint64 rows = 0;
    while (q.next()) {
        const int columns = q.record().count();
        texts.resize(size_t(columns));
        cells.resize(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            texts[size_t(c)] = q.isNull(c) ? QByteArray() : q.value(c).toString().toUtf8();
            cells[size_t(c)] = texts[size_t(c)];
        }
        ++rows;
        if (!sink(TextRow(cells)))
            break;
    }
    return rows;
}

qint64 streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                  const TextSink& sink)
{
    return Dialect::of(db).streamText(db, select, args, sink);
}

} // namespace arwain::sql
