// CountingStore: the SQL the counting rules read: narrow rows of enrolments, history and people, and the
// counts the file keeps per cohort.
#include "storage/CountingStore.h"
#include "storage/Store.h"
#include "storage/StoreRows.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

using namespace storerows;

#include "storage/CohortTally.h"
#include "storage/EnrolmentFact.h"

// ---- status history, as counting reads it
namespace {
StatusChange readCountingChange(const QSqlQuery& q)
{
    StatusChange c;
    c.id = q.value(0).toLongLong();
    c.enrolmentId = q.value(1).toLongLong();
    c.to = term(q.value(2), Status::Enrolled);
    c.effectiveDate = dateOf(q.value(3));
    c.reverts = q.value(4).toLongLong();
    return c;
}
} // namespace

// ---- enrolments, people and kept counts, as counting reads them
namespace {
QList<EnrolmentFact> readFacts(QSqlQuery q)
{
    return all<EnrolmentFact>(std::move(q), [](const QSqlQuery& r) {
        EnrolmentFact f;
        f.enrolmentId = r.value(0).toLongLong();
        f.participantId = r.value(1).toLongLong();
        f.cohortId = r.value(2).toLongLong();
        f.programmeId = r.value(3).toLongLong();
        f.continuesId = r.value(4).toLongLong();
        f.status = term(r.value(5), Status::Enrolled);
        f.region = term(r.value(6), Region::Unset);
        f.sector = term(r.value(7), Sector::Unset);
        f.jobRole = term(r.value(8), JobRole::Unset);
        return f;
    });
}
} // namespace

namespace {
// The enrolments of the cohorts counted between two dates, and all that resume them, however far on.
const QString kChosenInPeriod =
    u"WITH RECURSIVE chosen(id) AS (SELECT id FROM enrolment WHERE cohort_id IN "_s + kCohortsCounted +
    u" UNION SELECT n.id FROM chosen JOIN enrolment n ON n.continues_id = chosen.id) "_s;
} // namespace

namespace {
QList<CohortTally> readTallies(QSqlQuery q)
{
    return all<CohortTally>(std::move(q), [](const QSqlQuery& r) {
        return CohortTally{r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toInt(),
                           r.value(3).toInt(),      r.value(4).toInt(), r.value(5).toInt()};
    });
}
const QString kTally =
    u"SELECT cohort_id, waitlisted, enrolled, completed, deferred, withdrawn FROM cohort_tally "_s;
} // namespace

QList<Cohort> CountingStore::cohortsToCount(const QDate& from, const QDate& to) const
{
    // The columns of kCohort, those counting does not use read as empty, so that readCohort reads them.
    return all<Cohort>(
        sql::exec(m_db.connection(),
                  u"SELECT id, code, programme_id, '', start_date, end_date, delivery_mode, '', NULL, "
                  "'', '', NULL, headcount, version FROM cohort "
                  "WHERE COALESCE(end_date, start_date) BETWEEN ? AND ? ORDER BY start_date, code"_s,
                  periodBounds(from, to)),
        readCohort);
}

QList<Cohort> CountingStore::cohortsCounted(const QDate& from, const QDate& to) const
{
    return all<Cohort>(sql::exec(m_db.connection(),
                                 kCohort + u"WHERE COALESCE(end_date, start_date) BETWEEN ? AND ? "
                                           "ORDER BY start_date, code"_s,
                                 periodBounds(from, to)),
                       readCohort);
}

QList<Participant> CountingStore::participantsCounted(const QDate& from, const QDate& to) const
{
    return all<Participant>(
        sql::exec(m_db.connection(),
                  kParticipant + u"WHERE id IN (SELECT participant_id FROM enrolment WHERE cohort_id IN "_s +
                      kCohortsCounted + u") ORDER BY id"_s,
                  periodBounds(from, to)),
        readParticipant);
}

QList<StatusChange> CountingStore::historyForCounting() const
{
    return all<StatusChange>(
        sql::exec(
            m_db.connection(),
            u"SELECT id, enrolment_id, to_status, effective_date, reverts FROM status_history ORDER BY enrolment_id, id"_s),
        readCountingChange);
}

void CountingStore::eachChangeForCounting(const QDate& from, const QDate& to,
                                          const std::function<void(const StatusChange&)>& use) const
{
    auto q = sql::exec(m_db.connection(),
                       u"SELECT id, enrolment_id, to_status, effective_date, reverts FROM status_history "
                       "WHERE enrolment_id IN (SELECT id FROM enrolment WHERE cohort_id IN "_s +
                           kCohortsCounted + u") ORDER BY enrolment_id, id"_s,
                       periodBounds(from, to));
    while (q.next())
        use(readCountingChange(q));
}

QList<EnrolmentFact> CountingStore::enrolmentFacts(bool withOrganisation) const
{
    if (!withOrganisation)
        return readFacts(sql::exec(
            m_db.connection(), u"SELECT e.id, e.participant_id, e.cohort_id, c.programme_id, e.continues_id, "
                               "e.status, NULL, NULL, NULL "
                               "FROM enrolment e JOIN cohort c ON c.id = e.cohort_id ORDER BY e.id"_s));
    return readFacts(
        sql::exec(m_db.connection(),
                  u"SELECT e.id, e.participant_id, e.cohort_id, c.programme_id, e.continues_id, e.status, "
                  "o.region, o.sector, p.job_role "
                  "FROM enrolment e JOIN cohort c ON c.id = e.cohort_id "
                  "JOIN participant p ON p.id = e.participant_id "
                  "LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY e.id"_s));
}

QList<EnrolmentFact> CountingStore::enrolmentFacts(const QDate& from, const QDate& to,
                                                   bool withOrganisation) const
{
    if (!withOrganisation)
        return readFacts(sql::exec(
            m_db.connection(),
            kChosenInPeriod + u"SELECT e.id, e.participant_id, e.cohort_id, c.programme_id, "
                              "e.continues_id, e.status, NULL, NULL, NULL FROM chosen "
                              "JOIN enrolment e ON e.id = chosen.id JOIN cohort c ON c.id = e.cohort_id "
                              "ORDER BY e.id"_s,
            periodBounds(from, to)));
    return readFacts(sql::exec(
        m_db.connection(),
        kChosenInPeriod +
            u"SELECT e.id, e.participant_id, e.cohort_id, c.programme_id, e.continues_id, e.status, "
            "o.region, o.sector, p.job_role "
            "FROM chosen JOIN enrolment e ON e.id = chosen.id JOIN cohort c ON c.id = e.cohort_id "
            "JOIN participant p ON p.id = e.participant_id "
            "LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY e.id"_s,
        periodBounds(from, to)));
}

QList<QDate> CountingStore::countingMonths() const
{
    auto q =
        sql::exec(m_db.connection(), u"SELECT DISTINCT "_s +
                                         m_db.dialect().yearMonthOf(u"COALESCE(end_date, start_date)"_s) +
                                         u" FROM cohort"_s);
    return all<QDate>(std::move(q), [](const QSqlQuery& r) {
        return QDate::fromString(r.value(0).toString() + u"-01"_s, Qt::ISODate);
    });
}

QList<EnrolmentStatus> CountingStore::enrolmentStatuses() const
{
    // The room taken once: grown by doubling, a million rows held half as many again while copied.
    QList<EnrolmentStatus> out;
    out.reserve(sql::scalar(m_db.connection(), u"SELECT COUNT(*) FROM enrolment"_s).toLongLong());
    auto q =
        sql::exec(m_db.connection(), u"SELECT e.participant_id, c.programme_id, e.status FROM enrolment e "
                                     "JOIN cohort c ON c.id = e.cohort_id ORDER BY e.id"_s);
    while (q.next())
        out.append(EnrolmentStatus{q.value(0).toLongLong(), qint32(q.value(1).toLongLong()),
                                   term(q.value(2), Status::Enrolled)});
    return out;
}

QHash<qint64, int> CountingStore::completedOnResuming() const
{
    // From each completion back along `continues`: every enrolment it resumes, however far back. The
    // start reads only resuming enrolments (the `continues` index), a few per cent of all.
    auto q = sql::exec(m_db.connection(),
                       u"WITH RECURSIVE resumed(id) AS ("
                       "SELECT continues_id FROM enrolment WHERE continues_id > 0 AND status = ? "
                       "UNION SELECT e.continues_id FROM resumed JOIN enrolment e ON e.id = resumed.id "
                       "WHERE e.continues_id > 0) "
                       "SELECT cohort_id, count(*) FROM enrolment WHERE id IN (SELECT id FROM resumed) "
                       "AND status <> ? AND status <> ? GROUP BY cohort_id"_s,
                       {toText(Status::Completed), toText(Status::Completed), toText(Status::Waitlisted)});
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QList<CohortTally> CountingStore::cohortTallies() const
{
    return readTallies(sql::exec(m_db.connection(), kTally + u"ORDER BY cohort_id"_s));
}

QList<CohortTally> CountingStore::cohortTallies(const QDate& from, const QDate& to) const
{
    // A cohort's own counts, or a year's, without the other 42,000 of a nation's file.
    return readTallies(sql::exec(
        m_db.connection(), kTally + u"WHERE cohort_id IN "_s + kCohortsCounted + u" ORDER BY cohort_id"_s,
        periodBounds(from, to)));
}

QHash<qint64, PersonTerms> CountingStore::personTerms() const
{
    auto q = sql::exec(m_db.connection(), u"SELECT p.id, o.region, o.sector, p.job_role FROM participant p "
                                          "LEFT JOIN organisation o ON o.id = p.organisation_id"_s);
    QHash<qint64, PersonTerms> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {term(q.value(1), Region::Unset), term(q.value(2), Sector::Unset),
                                             term(q.value(3), JobRole::Unset)});
    return out;
}

QList<CompletedCohort> CountingStore::completedCohorts() const
{
    auto q = sql::exec(m_db.connection(),
                       u"SELECT c.code, c.start_date, t.completed FROM cohort c "
                       "JOIN cohort_tally t ON t.cohort_id = c.id JOIN programme p ON p.id = c.programme_id "
                       "WHERE t.completed > 0 AND p.kind = ? ORDER BY c.start_date DESC, c.code"_s,
                       {toText(ProgrammeKind::Course)});
    return all<CompletedCohort>(std::move(q), [](const QSqlQuery& r) {
        return CompletedCohort{r.value(0).toString(), dateOf(r.value(1)), r.value(2).toInt()};
    });
}

} // namespace arwain
