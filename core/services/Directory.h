// Directory: the rows the desktop app shows — participants, organisations, cohorts with their counts,
// a cohort's enrolments, a person's enrolments and history, the network — read in a few queries.
#pragma once

#include "domain/Result.h"
#include "services/DirectoryRows.h"

#include <QCoreApplication>

#include <functional>

namespace arwain {

class Store;

class Directory
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Directory)
public:
    explicit Directory(const Store& store) : m_store(store) {}

    Result<QList<ParticipantRow>> participants() const;
    // The same rows one at a time, in order of id, each made as its person is read and held by no one
    // here: a table of a nation's 200,000 people without a second copy of them in memory.
    Result<void> eachParticipant(const std::function<void(const ParticipantRow&)>& each) const;
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
    // Looked up by what a person types: an email (as normaliseEmail gives it), a cohort's code; and a
    // person's enrolment in a cohort.
    Result<std::optional<Participant>> participantByEmail(const QString& email) const;
    Result<std::optional<Cohort>> cohortByCode(const QString& code) const;
    Result<std::optional<Enrolment>> enrolmentOf(qint64 participantId, qint64 cohortId) const;
    // Places taken in a cohort (enrolled and completed).
    Result<int> placesTaken(qint64 cohortId) const;

private:
    Result<QList<EnrolmentRow>> enrolmentRows(const QList<Enrolment>& enrolments) const;
    const Store& m_store;
};

} // namespace arwain
