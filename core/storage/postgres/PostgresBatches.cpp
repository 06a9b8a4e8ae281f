// PostgresBatches: a COPY per batch.
#include "storage/postgres/PostgresBatches.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresNative.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Rows per COPY: each COPY is three round trips to the server and one run of the kept counts' statement
// triggers, so a batch is large (docs/performance.md, "On a PostgreSQL server").
constexpr int kRows = 2048;
} // namespace

PostgresBatches::PostgresBatches(const QSqlDatabase& db, const rows::Shape& shape)
    : m_db(db), m_columns(shape.columns), m_copy(rows::copySql(shape))
{
    if (!postgres::available(db))
        throw StorageError(u"BatchWriter: the connection has no libpq connection for COPY"_s);
}

int PostgresBatches::batchRows() const
{
    return kRows;
}

void PostgresBatches::write(const QVariantList& values, int)
{
    postgres::copy(m_db, m_copy, values, m_columns);
}

} // namespace arwain
