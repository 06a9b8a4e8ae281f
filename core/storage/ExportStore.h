// ExportStore: every exported table read as one joined SELECT in export order, streamed as text.
#pragma once

#include "storage/TextRows.h"

namespace arwain {

class Database;

class ExportStore
{
public:
    // The tables that are exported, one CSV kind each (io/csv/CsvKinds has their columns).
    enum class Table
    {
        Programmes,
        Organisations,
        Participants,
        Cohorts,
        Enrolments,
        Sessions,
        Attendance,
        Feedback,
        Network
    };

    explicit ExportStore(const Database& db) : m_db(db) {}

    // Hands `sink` every row of `table` in the columns and order of its CSV kind, each cell the text
    // that is stored (the canonical words and ISO dates the importer reads), NULL as empty; the number
    // of rows handed over. The order is the same in every database holding the same data: people and
    // enrolments by when they were added (so a resumed enrolment follows the one it continues), cohorts
    // and their sessions by start date and code. Throws StorageError.
    qint64 stream(Table table, const sql::TextSink& sink) const;
    // How many rows stream() will hand over (for progress).
    qint64 count(Table table) const;

private:
    const Database& m_db;
};

} // namespace arwain
