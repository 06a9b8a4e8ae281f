// CohortTally: a cohort's enrolments counted by status, as the database keeps them (see Migrations).
#pragma once

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

} // namespace arwain
