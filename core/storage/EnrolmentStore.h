// EnrolmentStore: enrolments and their status history: each change, places taken, deferrals resumed. Throws
// StorageError.
#pragma once

#include "domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace arwain {

class Database;

class EnrolmentStore
{
public:
    explicit EnrolmentStore(Database& db) : m_db(db) {}

    QList<Enrolment> enrolments() const;
    QList<Enrolment> enrolmentsInCohort(qint64 cohortId) const;
    // The enrolments of a batch of cohorts, by cohort, then id.
    QList<Enrolment> enrolmentsInCohorts(const QList<qint64>& cohortIds) const;
    QList<Enrolment> enrolmentsOfParticipant(qint64 participantId) const;
    std::optional<Enrolment> enrolment(qint64 participantId, qint64 cohortId) const;
    std::optional<Enrolment> enrolmentById(qint64 id) const;
    // Enrolments that resume the deferred enrolment `id`.
    QList<Enrolment> continuationsOf(qint64 id) const;
    // The enrolments that resume any of these, by id.
    QList<Enrolment> continuationsOfAny(const QList<qint64>& ids) const;
    // Places taken in a cohort: enrolled and completed enrolments.
    int placesTaken(qint64 cohortId) const;
    qint64 insertEnrolment(const Enrolment& e);
    qint64 updateEnrolmentStatus(const Enrolment& e);
    QList<StatusChange> history(qint64 enrolmentId) const;
    // The status changes of these enrolments, by enrolment, then as recorded.
    QList<StatusChange> historyOfAny(const QList<qint64>& enrolmentIds) const;
    QList<StatusChange> allHistory() const;
    qint64 insertHistory(const StatusChange& c);
    // An enrolment with its history and attendance.
    void removeEnrolment(qint64 id);

protected:
    Database& m_db;
};

} // namespace arwain
