// EnrolmentService: enrolling, status changes, deferral resumes and "revert last change", all recorded in
// history.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>

namespace arwain {

class Store;

class EnrolmentService
{
    Q_DECLARE_TR_FUNCTIONS(arwain::EnrolmentService)
public:
    explicit EnrolmentService(Store& store) : m_store(store) {}

    // Enrols a participant; a full cohort puts them on the waitlist. If they deferred from an earlier
    // cohort of the same programme and have not resumed yet, the new enrolment resumes that one.
    // `reuseId` puts an enrolment back under the id it had (redo after undo).
    Result<Enrolment> enrol(qint64 participantId, qint64 cohortId, const QDate& date,
                            const QString& note = {}, qint64 reuseId = 0);
    // Resumes a deferred enrolment in a later cohort of the same programme.
    Result<Enrolment> resume(qint64 deferredEnrolmentId, qint64 laterCohortId, const QDate& date,
                             const QString& note = {}, qint64 reuseId = 0);
    // A status change the lifecycle allows; deferral and withdrawal need a reason. `seenVersion`: the
    // version of the enrolment the user saw (0: as it is now); if it has changed since, the change is
    // refused ("changed by someone else: reload") rather than made over someone else's.
    Result<Enrolment> changeStatus(qint64 enrolmentId, Status to, const QDate& date,
                                   Reason reason = Reason::Unset, const QString& note = {},
                                   qint64 seenVersion = 0);
    // Several enrolments changed at once (a selection completed, a register's marks): one transaction, so
    // all change or none does, refused whole with the reason of the first that cannot change, named
    // ("Siân Jones: …"). `seenVersions`: one per enrolment as above (empty: unchecked). One enrolment
    // deferred may resume at once in a later cohort (`resumeInCohort`, 0: not; `resumeReuseId` as for
    // resume), in the same transaction. The changed enrolments, in order, then the resumed one.
    Result<QList<Enrolment>> changeStatuses(const QList<qint64>& enrolmentIds, Status to, const QDate& date,
                                            Reason reason = Reason::Unset, const QString& note = {},
                                            const QList<qint64>& seenVersions = {}, qint64 resumeInCohort = 0,
                                            qint64 resumeReuseId = 0);
    // Undoes changeStatuses: the resumed enrolment removed (`resumedId`, 0: none), then each enrolment's
    // latest change reverted, last first, each checked against the version its change left; one
    // transaction. The reverted enrolments, in the order reverted.
    Result<QList<Enrolment>> revertLastChanges(const QList<qint64>& enrolmentIds,
                                               const QList<qint64>& versions, qint64 resumedId = 0);
    // Undoes the latest change that still stands; the correction is itself recorded. `seenVersion` as
    // above: an undo never reverts a change someone else made since.
    Result<Enrolment> revertLastChange(qint64 enrolmentId, const QString& note = {}, qint64 seenVersion = 0);
    // Removes an enrolment that has had no change since it was made (undoing the enrolment itself).
    Result<void> removeUnchanged(qint64 enrolmentId);
    // A historical record from a file: any status, with "imported" history entries.
    Result<Enrolment> recordImported(const Enrolment& enrolment);
    // What a deferral resumed in a later cohort must be, from records the caller holds: the enrolment it
    // continues, whether that was already resumed, and both cohorts.
    static Result<void> checkResume(const Enrolment& deferred, bool resumedAlready, const Cohort& from,
                                    const Cohort& to);
    // The rules and history of an imported enrolment, from records the caller holds (an importer's
    // maps): `e` is completed (a reason only where the status takes one) and its history entries are
    // returned, recorded at `recordedAt`, their enrolment id left for the caller to fill. recordImported
    // applies the same.
    static Result<QList<StatusChange>> importedHistory(Enrolment& e, const Cohort& cohort,
                                                       const QDateTime& recordedAt);

    Result<QList<StatusChange>> history(qint64 enrolmentId) const;
    // Enrolments whose status is not what their history says: each a message naming the enrolment.
    Result<QStringList> checkHistory() const;

private:
    // "Siân Jones: " before a reason about one of several enrolments (unless the reason names them).
    QString named(qint64 enrolmentId, const QString& reason) const;
    // The audit entry of a change to `e`: who it is about, its cohort and `detail`.
    void audit(const Enrolment& e, const QString& action, const QString& detail) const;
    // "… changed by someone else since it was shown: reload …", and a reload for everyone.
    Result<Enrolment> changedSinceShown(const Enrolment& e) const;
    Result<Enrolment> insertNew(const Enrolment& e, qint64 cohortId);
    Result<void> checkResume(const Enrolment& deferred, qint64 laterCohortId) const;
    Result<void> checkDate(const Enrolment& e, const QDate& date) const;
    // Runs `work` as one transaction; then the enrolment as written, or why it was not.
    Result<Enrolment> commit(const Enrolment& e, const std::function<Result<void>()>& work);

    Store& m_store;
};

} // namespace arwain
