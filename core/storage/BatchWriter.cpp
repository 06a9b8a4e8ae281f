// BatchWriter: queued rows, written a batch at a time.
#include "storage/BatchWriter.h"

#include "storage/BatchTarget.h"
#include "storage/Dialect.h"

namespace arwain {

BatchWriter::BatchWriter(const QSqlDatabase& db, const rows::Shape& shape)
    : m_target(Dialect::of(db).batchTarget(db, shape)), m_batch(m_target->batchRows())
{
    m_values.reserve(qsizetype(m_batch) * shape.columns);
}

BatchWriter::~BatchWriter() = default;

bool BatchWriter::add(const QVariantList& row)
{
    m_values += row;
    return ++m_rows >= m_batch;
}

int BatchWriter::write()
{
    if (m_rows == 0)
        return 0;
    m_target->write(m_values, m_rows);
    const int rows = m_rows;
    m_values.clear();
    m_rows = 0;
    return rows;
}

} // namespace arwain
