// SqliteBatches: BatchWriter's batches into an SQLite file: one multi-row INSERT per batch size, prepared
// once and bound through SQLite's own interface (SqliteNative).
#pragma once

#include "storage/BatchTarget.h"
#include "storage/RowValues.h"

#include <map>
#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace arwain {

namespace sqlite {
class Statement;
}

class SqliteBatches final : public BatchTarget
{
public:
    // Throws StorageError when the connection is not Qt's SQLite driver.
    SqliteBatches(const QSqlDatabase& db, const rows::Shape& shape);
    ~SqliteBatches() override;

    int batchRows() const override;
    void write(const QVariantList& values, int rows) override;

private:
    sqlite3* m_handle;
    rows::Shape m_shape;
    std::map<int, std::unique_ptr<sqlite::Statement>> m_statements; // by rows
};

} // namespace arwain
