// BulkStore: many new rows of several tables written fast, for the generator and the imports. Each table's
// rows are queued and written a batch at a time by the engine's bulk path (BatchWriter), a row's parents
// always before it. Call it inside Database::write, and flush() before the work returns or reads back what
// it added.
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

    // Rows carry their ids (see firstFreeId()); history and feedback may leave theirs 0.
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

    // The first free id of a table whose new rows the caller numbers itself (from it on, one by one). No
    // one else adds rows to that table until the write ends (Dialect::idsToChoose).
    enum class Numbered
    {
        Organisation,
        Cohort,
        Participant,
        Enrolment,
        Session
    };
    qint64 firstFreeId(Numbered table) const;

private:
    struct Table;
    void queue(int slot, const QVariantList& row);
    void writeQueued(int slot);
    Database& m_db;
    std::vector<std::unique_ptr<Table>> m_tables;
    qint64 m_written = 0;
};

} // namespace arwain
