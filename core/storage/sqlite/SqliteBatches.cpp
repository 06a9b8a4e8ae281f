// SqliteBatches: multi-row INSERTs, each prepared once.
#include "storage/sqlite/SqliteBatches.h"

#include "storage/StorageError.h"
#include "storage/sqlite/SqliteNative.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Rows per statement: 64. A statement that may write many rows keeps a statement journal; with it in
// memory (Database::write), each statement's start, seek and halt is what a row costs, and a batch pays it
// once. 64 was the fastest of 1, 16, 64 and 256 rows a statement, and larger batches only cost memory
// (the figures: docs/performance.md, "Measurements behind design choices").
constexpr int kRows = 64;
} // namespace

SqliteBatches::SqliteBatches(const QSqlDatabase& db, const rows::Shape& shape)
    : m_handle(sqlite::handle(db)), m_shape(shape)
{
    if (!m_handle)
        throw StorageError(u"BatchWriter: the connection is not Qt's SQLite driver"_s);
}

SqliteBatches::~SqliteBatches() = default;

int SqliteBatches::batchRows() const
{
    return kRows;
}

void SqliteBatches::write(const QVariantList& values, int rows)
{
    // A statement prepared once for that many rows and kept: a full batch, or the part batch that must go
    // first because a batch of another table refers to it.
    std::unique_ptr<sqlite::Statement>& s = m_statements[rows];
    if (!s)
        s = std::make_unique<sqlite::Statement>(m_handle, rows::insertSql(m_shape, rows));
    s->bind(values);
    s->run();
}

} // namespace arwain
