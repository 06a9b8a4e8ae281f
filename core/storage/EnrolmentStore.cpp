// EnrolmentStore: the SQL of enrolments and their history.
#include "storage/EnrolmentStore.h"
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

QList<Enrolment> EnrolmentStore::enrolments() const
{
    return all<Enrolment>(sql::exec(m_db.connection(), kEnrolment + u"ORDER BY id"_s), readEnrolment);
}

QList<Enrolment> EnrolmentStore::enrolmentsInCohort(qint64 cohortId) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE cohort_id = ? ORDER BY id"_s, {cohortId}),
        readEnrolment);
}

QList<Enrolment> EnrolmentStore::enrolmentsInCohorts(const QList<qint64>& cohortIds) const
{
    if (cohortIds.isEmpty())
        return {};
    return all<Enrolment>(sql::exec(m_db.connection(),
                                    kEnrolment + u"WHERE cohort_id IN "_s + sql::idList(cohortIds.size()) +
                                        u" ORDER BY cohort_id, id"_s,
                                    sql::idValues(cohortIds)),
                          readEnrolment);
}

QList<Enrolment> EnrolmentStore::enrolmentsOfParticipant(qint64 participantId) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE participant_id = ? ORDER BY id"_s, {participantId}),
        readEnrolment);
}

std::optional<Enrolment> EnrolmentStore::enrolment(qint64 participantId, qint64 cohortId) const
{
    return first<Enrolment>(sql::exec(m_db.connection(),
                                      kEnrolment + u"WHERE participant_id = ? AND cohort_id = ?"_s,
                                      {participantId, cohortId}),
                            readEnrolment);
}

std::optional<Enrolment> EnrolmentStore::enrolmentById(qint64 id) const
{
    return first<Enrolment>(sql::exec(m_db.connection(), kEnrolment + u"WHERE id = ?"_s, {id}),
                            readEnrolment);
}

QList<Enrolment> EnrolmentStore::continuationsOfAny(const QList<qint64>& ids) const
{
    QList<Enrolment> out =
        withIdsIn<Enrolment>(m_db.connection(), kEnrolment + u"WHERE continues_id IN "_s, ids, readEnrolment);
    std::sort(out.begin(), out.end(), [](const Enrolment& a, const Enrolment& b) { return a.id < b.id; });
    return out;
}

QList<Enrolment> EnrolmentStore::continuationsOf(qint64 id) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE continues_id = ? ORDER BY id"_s, {id}),
        readEnrolment);
}

int EnrolmentStore::placesTaken(qint64 cohortId) const
{
    return sql::scalar(
               m_db.connection(),
               u"SELECT COUNT(*) FROM enrolment WHERE cohort_id = ? AND status IN ('enrolled', 'completed')"_s,
               {cohortId})
        .toInt();
}

qint64 EnrolmentStore::insertEnrolment(const Enrolment& e)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kEnrolment), rows::values(e));
    m_db.touch(Database::Enrolments);
    return id;
}

qint64 EnrolmentStore::updateEnrolmentStatus(const Enrolment& e)
{
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE enrolment SET status = ?, status_date = ?, reason = ?, note = ?, "_s +
                           Store::kNextVersion,
                       {toText(e.status), sql::orNull(e.statusDate), termOrNull(e.reason), e.note, e.id,
                        e.version, e.version});
    m_db.touch(Database::Enrolments);
    return Store::newVersion(q, Database::tr("This enrolment"));
}

QList<StatusChange> EnrolmentStore::history(qint64 enrolmentId) const
{
    return all<StatusChange>(
        sql::exec(m_db.connection(), kHistory + u"WHERE enrolment_id = ? ORDER BY id"_s, {enrolmentId}),
        readHistory);
}

QList<StatusChange> EnrolmentStore::historyOfAny(const QList<qint64>& enrolmentIds) const
{
    QList<StatusChange> out = withIdsIn<StatusChange>(
        m_db.connection(), kHistory + u"WHERE enrolment_id IN "_s, enrolmentIds, readHistory);
    std::sort(out.begin(), out.end(), [](const StatusChange& a, const StatusChange& b) {
        return a.enrolmentId != b.enrolmentId ? a.enrolmentId < b.enrolmentId : a.id < b.id;
    });
    return out;
}

QList<StatusChange> EnrolmentStore::allHistory() const
{
    return all<StatusChange>(sql::exec(m_db.connection(), kHistory + u"ORDER BY enrolment_id, id"_s),
                             readHistory);
}

qint64 EnrolmentStore::insertHistory(const StatusChange& c)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kHistory), rows::values(c));
    m_db.touch(Database::Enrolments);
    return id;
}

void EnrolmentStore::removeEnrolment(qint64 id)
{
    m_db.dialect().removeEnrolment(m_db.connection(), id);
    m_db.touch(Database::Enrolments);
}

} // namespace arwain
