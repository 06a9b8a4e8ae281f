// DirectoryRows: the rows the desktop app's tables show, each a record with the names it is shown with.
#pragma once

#include "domain/Records.h"
#include "stats/StatsResult.h"

#include <QString>
#include <QStringList>

namespace arwain {

struct ParticipantRow
{
    Participant person;
    QString organisation;
    Sector sector = Sector::Unset;
    Region region = Region::Unset;
    // "TMDP:completed" for each enrolment, for filtering by programme and status.
    QStringList programmeStatuses;
    QStringList programmes; // distinct codes, in order of enrolment
};

struct OrganisationRow
{
    Organisation organisation;
    int participants = 0;
};

// A cohort as the programme tree lists it: what the tree shows, not every field of the cohort (full
// cohorts, each with a copy of its programme, cost the tree its memory at a nation's size).
struct CohortRow
{
    qint64 id = 0;
    qint64 programmeId = 0;
    ProgrammeKind kind = ProgrammeKind::Course; // its programme's
    QString code;
    QString title;
    QDate startDate;
    QDate endDate;   // null when the cohort has no end date
    StatsRow counts; // the counting rules' figures for this cohort, as things stand
};

struct EnrolmentRow
{
    Enrolment enrolment;
    Participant person;
    QString organisation;
    QString cohortCode;
    QString programmeCode;
    ProgrammeKind kind = ProgrammeKind::Course;
    QString continuesCohort; // the cohort of the deferral this enrolment resumes
    QString resumedIn;       // the cohort where this deferral was resumed
};

struct HistoryRow
{
    StatusChange change;
    QString cohortCode;
    QString programmeCode;
};

struct NetworkRow
{
    NetworkMember member;
    Participant person;
    QString organisation;
};

} // namespace arwain
