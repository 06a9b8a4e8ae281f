// CohortTally: a cohort's enrolments counted by status, as the database keeps them (see Migrations).
#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace arwain {

// A cohort's enrolments counted by status, kept up to date by the database itself.
struct CohortTally
{
    qint64 cohortId = 0;
    int waitlisted = 0;
    int enrolled = 0;
    int completed = 0;
    int deferred = 0;
    int withdrawn = 0;
};

// A cohort of a course with people who completed it: one that has certificates to make.
struct CompletedCohort
{
    QString code;
    QDate startDate;
    int completed = 0; // named people who completed
};

} // namespace arwain
