// BulkStore: queued rows of each table, written a batch at a time (BatchWriter), parents first.
#include "storage/BulkStore.h"

#include "storage/BatchWriter.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

using namespace Qt::StringLiterals;

namespace arwain {

struct BulkStore::Table
{
    Table(const QSqlDatabase& db, const rows::Shape& shape, Database::Table touched)
        : writer(db, shape), touched(touched)
    {
    }
    BatchWriter writer;
    Database::Table touched;
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
    if (!m_tables[slot]->writer.add(row))
        return;
    // Every row a full batch may refer to is written first: the tables are in the order of the
    // foreign keys, and SQLite checks them at the end of each statement.
    for (int parent = 0; parent < slot; ++parent)
        writeQueued(parent);
    m_written += m_tables[slot]->writer.write();
    m_db.touch(m_tables[slot]->touched);
}

void BulkStore::writeQueued(int slot)
{
    if (const int done = m_tables[slot]->writer.write(); done > 0) {
        m_written += done;
        m_db.touch(m_tables[slot]->touched);
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

qint64 BulkStore::firstFreeId(Numbered table) const
{
    // A table name is an identifier, which cannot be a bound value: it comes from this fixed list,
    // indexed by the enum, never from input.
    static const QString kNames[] = {u"organisation"_s, u"cohort"_s, u"participant"_s, u"enrolment"_s,
                                     u"session"_s};
    const int t = static_cast<int>(table);
    const QSqlDatabase& c = m_db.connection();
    m_db.dialect().idsToChoose(c, kNames[t]);
    return sql::scalar(c, u"SELECT COALESCE(MAX(id), 0) FROM "_s + kNames[t]).toLongLong() + 1;
}

} // namespace arwain
