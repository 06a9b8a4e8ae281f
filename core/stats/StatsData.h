// StatsData: what counting reads from the database, read once so that many figures can share it.
#pragma once

#include "domain/Records.h"
#include "storage/CohortTally.h"
#include "storage/EnrolmentFact.h"

#include <QHash>
#include <QList>

namespace arwain {

// What counting reads from the database, read once so that many figures can share it.
struct StatsData
{
    QList<Programme> programmes;
    QList<Cohort> cohorts;
    QList<EnrolmentFact> facts; // every enrolment, or those of the cohorts in a period and what resumes them
    QList<CohortTally> tallies; // every cohort's counts by status, as the database keeps them
    // By cohort: its enrolments not completed (nor waitlisted) that a resumption completed later.
    QHash<qint64, int> completedOnResuming;
    bool hasCompletedOnResuming = false;        // read (people by cohort from the kept counts need it)
    bool hasFacts = false;                      // facts were read (an empty list then means no enrolments)
    QHash<qint64, QList<StatusChange>> history; // by enrolment; only when "as at" figures are wanted
    bool hasHistory = false;
};

} // namespace arwain
