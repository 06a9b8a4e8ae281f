// Directory: the rows the desktop app shows — participants, organisations, cohorts with their counts,
// a cohort's enrolments, a person's enrolments and history, the network — read in a few queries.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "stats/Statistics.h"

#include <QCoreApplication>

namespace arwain {

class Store;

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

struct CohortRow
{
    Cohort cohort;
    Programme programme;
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

class Directory
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Directory)
public:
    explicit Directory(const Store& store) : m_store(store) {}

    Result<QList<ParticipantRow>> participants() const;
    Result<QList<OrganisationRow>> organisations() const;
    Result<QList<Programme>> programmes() const;
    Result<QList<CohortRow>> cohorts() const;
    Result<QList<EnrolmentRow>> enrolmentsInCohort(qint64 cohortId) const;
    Result<QList<EnrolmentRow>> enrolmentsOfParticipant(qint64 participantId) const;
    // Every change of every enrolment of a person, newest first.
    Result<QList<HistoryRow>> historyOfParticipant(qint64 participantId) const;
    Result<QList<NetworkRow>> network() const;
    // Cohorts of the same programme that start after this one: where a deferral can resume.
    Result<QList<Cohort>> laterCohorts(qint64 cohortId) const;
    Result<std::optional<Participant>> participant(qint64 id) const;
    Result<std::optional<Cohort>> cohort(qint64 id) const;
    Result<std::optional<Organisation>> organisation(qint64 id) const;
    Result<std::optional<Programme>> programme(qint64 id) const;
    Result<std::optional<Enrolment>> enrolment(qint64 id) const;
    // Places taken in a cohort (enrolled and completed).
    Result<int> placesTaken(qint64 cohortId) const;

private:
    Result<QList<EnrolmentRow>> enrolmentRows(const QList<Enrolment>& enrolments) const;
    const Store& m_store;
};

} // namespace arwain
