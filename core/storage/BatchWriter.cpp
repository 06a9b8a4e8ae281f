// BatchWriter: queued rows, written a batch at a time.
#include "storage/BatchWriter.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresNative.h"
#include "storage/sqlite/SqliteNative.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Rows per statement on SQLite: 64. A statement that may write many rows keeps a statement journal;
// with it in memory (Database::write), each statement's start, seek and halt is what a row costs, and a
// batch pays it once. 64 was the fastest of 1, 16, 64 and 256 rows a statement, and larger batches only
// cost memory (the figures: docs/performance.md, "Measurements behind design choices").
constexpr int kSqliteRows = 64;
// Rows per COPY on PostgreSQL: each COPY is three round trips to the server and one run of the kept
// counts' statement triggers, so a batch is large (docs/performance.md, "On a PostgreSQL server").
constexpr int kCopyRows = 2048;
} // namespace

BatchWriter::BatchWriter(const QSqlDatabase& db, const rows::Shape& shape)
    : m_db(db), m_shape(shape), m_path(postgres::available(db) ? Path::Copy : Path::Sqlite),
      m_batch(m_path == Path::Copy ? kCopyRows : kSqliteRows)
{
    if (m_path == Path::Sqlite && !sqlite::handle(db))
        throw StorageError(u"BatchWriter: neither SQLite nor PostgreSQL"_s);
    if (m_path == Path::Copy)
        m_copy = rows::copySql(shape);
    m_values.reserve(m_batch * shape.columns);
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
    if (m_path == Path::Copy) {
        postgres::copy(m_db, m_copy, m_values, m_shape.columns);
    } else {
        // A statement prepared once for that many rows and kept: a full batch, or the part batch that
        // must go first because a batch of another table refers to it.
        std::unique_ptr<sqlite::Statement>& s = m_statements[m_rows];
        if (!s)
            s = std::make_unique<sqlite::Statement>(sqlite::handle(m_db), rows::insertSql(m_shape, m_rows));
        s->bind(m_values);
        s->run();
    }
    const int rows = m_rows;
    m_values.clear();
    m_rows = 0;
    return rows;
}

} // namespace arwain
