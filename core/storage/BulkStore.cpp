// BulkStore: queued rows, written a batch at a time through a reused prepared statement.
#include "storage/BulkStore.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqliteNative.h"
#include "storage/StorageError.h"

#include <QSqlError>

#include <map>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Rows per statement: 64. Once, one row a statement was fastest on SQLite: batches went slower (16 rows
// 5.0-5.2 s against 4.0 s for 200,000 enrolments), in system time, since a statement that may write
// many rows keeps a statement journal and SQLite had moved it to a temporary file. With the journal
// in memory (Database::write), each statement's start, seek and halt is what a row costs, and a batch
// pays it once: 1,000,000 enrolments imported in 22.4-25.9 s one row a statement, 18.9-20.0 s with 16
// rows, 18.6-20.6 s with 64, 20.2 s with 256 (and 163 MB instead of 141), alternating on the 2-core
// machine. On a server the batch saves a round trip per row as well.
constexpr int kBatchRows = 64;
} // namespace

class BulkStore::Table
{
public:
    Table(const QSqlDatabase& db, const rows::Shape& shape, Database::Table touched)
        : m_db(db), m_sqlite(sqlite::handle(db)), m_shape(shape), m_touched(touched)
    {
        m_values.reserve(kBatchRows * shape.columns);
    }

    // Queues a row; true when the batch is full and must be written (after its parents' rows).
    bool add(const QVariantList& row)
    {
        m_values += row;
        return ++m_rows >= kBatchRows;
    }

    int writeFull() { return write(); }

    int flush() { return m_rows == 0 ? 0 : write(); }

    Database::Table touched() const { return m_touched; }

private:
    // The queued rows through a statement prepared once for that many rows and kept: a full batch, or
    // the part batch that must go first because a batch of another table refers to it.
    int write()
    {
        if (m_sqlite) {
            std::unique_ptr<sqlite::Statement>& s = m_native[m_rows];
            if (!s)
                s = std::make_unique<sqlite::Statement>(m_sqlite, rows::insertSql(m_shape, m_rows));
            s->bind(m_values);
            s->run();
            return done();
        }
        std::unique_ptr<QSqlQuery>& q = m_prepared[m_rows];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_db);
            q->setForwardOnly(true);
            if (!q->prepare(rows::insertSql(m_shape, m_rows)))
                throw StorageError(q->lastError().text());
        }
        for (int i = 0; i < m_values.size(); ++i)
            q->bindValue(i, sql::bindable(m_values.at(i)));
        if (!q->exec())
            throw StorageError(q->lastError().text());
        return done();
    }

    int done()
    {
        const int rows = m_rows;
        m_values.clear();
        m_rows = 0;
        return rows;
    }

    QSqlDatabase m_db;
    sqlite3* m_sqlite; // SQLite's own handle: values bound natively, not through QtSql
    rows::Shape m_shape;
    Database::Table m_touched;
    std::map<int, std::unique_ptr<QSqlQuery>> m_prepared;       // by rows, on any other engine
    std::map<int, std::unique_ptr<sqlite::Statement>> m_native; // by rows, on SQLite
    QVariantList m_values;
    int m_rows = 0;
};

namespace {
enum Slot
{
    Organisations,
    Cohorts,
    Participants,
    Enrolments,
    History,
    Sessions,
    AttendanceRows,
    FeedbackRows,
    Network,
    SlotCount
};
} // namespace

BulkStore::BulkStore(Database& db) : m_db(db)
{
    const QSqlDatabase& c = db.connection();
    db.dialect().bulkStarts(c);
    const std::pair<const rows::Shape*, Database::Table> shapes[SlotCount] = {
        {&rows::kOrganisation, Database::Organisations}, {&rows::kCohort, Database::Cohorts},
        {&rows::kParticipant, Database::Participants},   {&rows::kEnrolment, Database::Enrolments},
        {&rows::kHistory, Database::Enrolments},         {&rows::kSession, Database::Sessions},
        {&rows::kAttendance, Database::Attendance},      {&rows::kFeedback, Database::Feedback},
        {&rows::kNetworkMember, Database::Network}};
    for (const auto& [shape, touched] : shapes)
        m_tables.push_back(std::make_unique<Table>(c, *shape, touched));
}

BulkStore::~BulkStore()
{
    try {
        m_db.dialect().bulkEnds(m_db.connection());
    } catch (const StorageError&) {
        // The connection is closing or broken; the setting goes with it.
    }
}

void BulkStore::add(const Organisation& o)
{
    queue(Organisations, rows::values(o));
}
void BulkStore::add(const Cohort& c)
{
    queue(Cohorts, rows::values(c));
}
void BulkStore::add(const Participant& p)
{
    queue(Participants, rows::values(p));
}
void BulkStore::add(const Enrolment& e)
{
    queue(Enrolments, rows::values(e));
}
void BulkStore::add(const StatusChange& c)
{
    queue(History, rows::values(c));
}
void BulkStore::add(const Session& s)
{
    queue(Sessions, rows::values(s));
}
void BulkStore::add(const Attendance& a)
{
    queue(AttendanceRows, rows::values(a));
}
void BulkStore::add(const Feedback& f)
{
    queue(FeedbackRows, rows::values(f));
}
void BulkStore::add(const NetworkMember& m)
{
    queue(Network, rows::values(m));
}

void BulkStore::queue(int slot, const QVariantList& row)
{
    if (!m_tables[slot]->add(row))
        return;
    // Every row a full batch may refer to is written first: the tables are in the order of the
    // foreign keys, and SQLite checks them at the end of each statement.
    for (int parent = 0; parent < slot; ++parent)
        writeQueued(parent);
    m_written += m_tables[slot]->writeFull();
    m_db.touch(m_tables[slot]->touched());
}

void BulkStore::writeQueued(int slot)
{
    if (const int done = m_tables[slot]->flush(); done > 0) {
        m_written += done;
        m_db.touch(m_tables[slot]->touched());
    }
}

void BulkStore::flush()
{
    // In the order of the foreign keys: a row's parents are written before it.
    for (int slot = 0; slot < SlotCount; ++slot)
        writeQueued(slot);
    // Rows carry ids their writer chose: ids given later by the engine itself come after them.
    m_db.dialect().idsChosen(m_db.connection());
}

BulkStore::NextIds BulkStore::nextIds() const
{
    const QSqlDatabase& c = m_db.connection();
    auto next = [&c](const QString& statement) { return sql::scalar(c, statement).toLongLong() + 1; };
    NextIds ids;
    ids.organisation = next(u"SELECT COALESCE(MAX(id), 0) FROM organisation"_s);
    ids.cohort = next(u"SELECT COALESCE(MAX(id), 0) FROM cohort"_s);
    ids.participant = next(u"SELECT COALESCE(MAX(id), 0) FROM participant"_s);
    ids.enrolment = next(u"SELECT COALESCE(MAX(id), 0) FROM enrolment"_s);
    ids.session = next(u"SELECT COALESCE(MAX(id), 0) FROM session"_s);
    return ids;
}

} // namespace arwain
