// PostgresBatches: BatchWriter's batches onto a PostgreSQL server: one COPY … FROM STDIN per batch, through
// libpq (PostgresNative).
#pragma once

#include "storage/BatchTarget.h"
#include "storage/RowValues.h"

#include <QSqlDatabase>
#include <QString>

namespace arwain {

class PostgresBatches final : public BatchTarget
{
public:
    // Throws StorageError when the connection has no libpq connection to use.
    PostgresBatches(const QSqlDatabase& db, const rows::Shape& shape);

    int batchRows() const override;
    void write(const QVariantList& values, int rows) override;

private:
    QSqlDatabase m_db;
    int m_columns;
    QString m_copy; // the COPY statement
};

} // namespace arwain
