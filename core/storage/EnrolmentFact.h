// EnrolmentFact: one enrolment with what the counting rules need to know about it.
#pragma once

#include "domain/Terms.h"

#include <QtGlobal>

namespace arwain {

// One enrolment with what the counting rules need to know about it, read in one query.
struct EnrolmentFact
{
    qint64 enrolmentId = 0;
    qint64 participantId = 0;
    qint64 cohortId = 0;
    qint64 programmeId = 0;
    qint64 continuesId = 0;
    Status status = Status::Enrolled;
    Region region = Region::Unset; // of the participant's organisation
    Sector sector = Sector::Unset;
    JobRole jobRole = JobRole::Unset;
};

// What figures by person read of one: the region and sector of their organisation, and their role.
struct PersonTerms
{
    Region region = Region::Unset;
    Sector sector = Sector::Unset;
    JobRole jobRole = JobRole::Unset;
};

} // namespace arwain
