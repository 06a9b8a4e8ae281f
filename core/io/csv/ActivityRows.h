// ActivityRows: importing what happens in cohorts — enrolments (with the history the lifecycle's rules
// give them), sessions, attendance marks and feedback responses.
#pragma once

#include "domain/Clock.h"
#include "io/csv/ImportLookups.h"
#include "io/csv/ImportRow.h"
#include "services/FeedbackService.h"
#include "services/SessionService.h"
#include "storage/BulkStore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

namespace arwain {

class ActivityRows
{
public:
    ActivityRows(Store& store, ImportLookups& lookups);
    ~ActivityRows();

    ImportOutcome enrolment(ImportRow& row);
    ImportOutcome session(ImportRow& row);
    ImportOutcome attendance(ImportRow& row);
    ImportOutcome feedback(ImportRow& row);
    // Writes the enrolments still queued for a batch; before the transaction commits.
    void finish();

private:
    // What the rules need of an enrolment: those in the database before the import and the deferrals
    // it adds (at a million rows a whole record of every enrolment would be most of the memory).
    struct KnownEnrolment
    {
        qint64 id = 0;
        qint64 cohortId = 0;
        Status status = Status::Enrolled;
        Enrolment asEnrolment(qint64 participantId) const
        {
            Enrolment e;
            e.id = id;
            e.participantId = participantId;
            e.cohortId = cohortId;
            e.status = status;
            return e;
        }
    };
    std::optional<KnownEnrolment> knownEnrolment(qint64 participantId, qint64 cohortId);
    std::optional<Session> sessionFor(ImportRow& row, const Cohort& cohort, const QDate& date,
                                      const QTime& time, qint64 participantId);

    Store& m_store;
    ImportLookups& m_lookups;
    SessionService m_sessions;
    FeedbackService m_feedback;
    QHash<quint64, KnownEnrolment> m_enrolled;
    QSet<qint64> m_resumed;
    bool m_enrolmentsLoaded = false;
    std::unique_ptr<BulkStore> m_bulk;
    qint64 m_nextEnrolment = 0;
    // One time for the whole file: it is one transaction (and reading the clock costs a system call).
    const QDateTime m_recordedAt = Clock::now();
    QSet<qint64> m_feedbackLoaded;
    QHash<qint64, QList<Feedback>> m_unmatchedFeedback;
};

} // namespace arwain
