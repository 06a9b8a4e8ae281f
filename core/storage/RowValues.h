// RowValues: the columns of each table Arwain inserts into, and a record's values in that order — one
// place for both the single-row inserts of the stores and the batches of BulkStore.
#pragma once

#include "domain/Records.h"

#include <QStringList>
#include <QVariantList>

namespace arwain::rows {

// A table, the columns Arwain writes ("id, name, …") in the order of the values below, and how many.
struct Shape
{
    QString table;
    QString columnList;
    int columns = 0;
};

extern const Shape kOrganisation;
extern const Shape kCohort;
extern const Shape kParticipant;
extern const Shape kEnrolment;
extern const Shape kHistory;
extern const Shape kSession;
extern const Shape kAttendance;
extern const Shape kFeedback;
extern const Shape kNetworkMember;

// An id of 0 is written as NULL: the database chooses it.
QVariantList values(const Organisation& o);
QVariantList values(const Cohort& c);
QVariantList values(const Participant& p);
QVariantList values(const Enrolment& e);
QVariantList values(const StatusChange& c);
QVariantList values(const Session& s);
QVariantList values(const Attendance& a);
QVariantList values(const Feedback& f);
QVariantList values(const NetworkMember& m);

// A start time as stored: "HH:mm", or empty.
QString timeText(const QTime& t);

// INSERT INTO table(columns) VALUES (?, …), … for `count` rows: plain SQL both engines run.
QString insertSql(const Shape& shape, int count = 1);
// "COPY table(columns) FROM STDIN": PostgreSQL's bulk path (postgres::copy).
QString copySql(const Shape& shape);

} // namespace arwain::rows
