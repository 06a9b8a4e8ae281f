// BatchWriter: many new rows of one table, queued and written a batch at a time by the engine's fastest
// path that plain SQL can check (Dialect::batchTarget): on SQLite, one multi-row INSERT prepared once and
// bound through SQLite's own interface (sqlite/SqliteBatches); on PostgreSQL, COPY … FROM STDIN through
// libpq (postgres/PostgresBatches). Both fire the same triggers and check the same links as any INSERT. Used
// inside Database::write by BulkStore (the generator, imports) and DatabaseCopy.
#pragma once

#include "storage/RowValues.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

namespace arwain {

class BatchTarget;

class BatchWriter
{
public:
    BatchWriter(const QSqlDatabase& db, const rows::Shape& shape);
    ~BatchWriter();
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    // Queues a row (the shape's columns, in order); true when the batch is full and should be written.
    bool add(const QVariantList& row);
    // Writes every queued row; how many. Throws StorageError.
    int write();
    int queued() const { return m_rows; }

private:
    std::unique_ptr<BatchTarget> m_target;
    int m_batch;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace arwain
