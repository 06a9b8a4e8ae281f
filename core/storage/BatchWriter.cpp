// BatchWriter: queued rows, written a batch at a time.
#include "storage/BatchWriter.h"

#include "storage/PostgresNative.h"
#include "storage/SqliteNative.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Rows per statement on SQLite: 64. Once, one row a statement was fastest on SQLite: batches went slower
// (16 rows 5.0-5.2 s against 4.0 s for 200,000 enrolments), in system time, since a statement that may
// write many rows keeps a statement journal and SQLite had moved it to a temporary file. With the journal
// in memory (Database::write), each statement's start, seek and halt is what a row costs, and a batch
// pays it once: 1,000,000 enrolments imported in 22.4-25.9 s one row a statement, 18.9-20.0 s with 16
// rows, 18.6-20.6 s with 64, 20.2 s with 256 (and 163 MB instead of 141), alternating on the 2-core
// machine.
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
