// BulkStore: many new rows written fast, for the generator and the import of enrolments. Each table's rows
// are queued and written through one prepared INSERT per table, reused for every batch (of 64 rows, see
// kBatchRows): plain SQL that PostgreSQL runs as well. Call it inside Database::write, and flush() before
// the work returns or reads back what it added.
#pragma once

#include "domain/Records.h"

#include <QVariantList>

#include <memory>
#include <vector>

namespace arwain {

class Database;

class BulkStore
{
public:
    explicit BulkStore(Database& db);
    ~BulkStore();
    BulkStore(const BulkStore&) = delete;
    BulkStore& operator=(const BulkStore&) = delete;

    // Rows carry their ids (see nextIds()); history and feedback may leave theirs 0.
    void add(const Organisation& o);
    void add(const Cohort& c);
    void add(const Participant& p);
    void add(const Enrolment& e);
    void add(const StatusChange& c);
    void add(const Session& s);
    void add(const Attendance& a);
    void add(const Feedback& f);
    void add(const NetworkMember& m);
    // Writes every row still queued.
    void flush();
    // Rows written so far, all tables together.
    qint64 written() const { return m_written; }

    // The first free id of each table a caller numbers itself.
    struct NextIds
    {
        qint64 organisation = 1, cohort = 1, participant = 1, enrolment = 1, session = 1;
    };
    NextIds nextIds() const;

private:
    class Table;
    void queue(int slot, const QVariantList& row);
    void writeQueued(int slot);
    Database& m_db;
    std::vector<std::unique_ptr<Table>> m_tables;
    qint64 m_written = 0;
};

} // namespace arwain
