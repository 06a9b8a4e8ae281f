// SessionStore: sessions (several a day when their start times or one-to-one participants differ) and
// the attendance marks of enrolments at them.
#include "storage/SessionStore.h"

#include "storage/Database.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

const QString kSession = u"SELECT id, cohort_id, date, kind, title, start_time, facilitator, venue, "
                         "participant_id, version FROM session "_s;
const QString kSessionOrder = u" ORDER BY cohort_id, date, start_time, COALESCE(participant_id, 0), id"_s;

Session readSession(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.cohortId = q.value(1).toLongLong();
    s.date = sql::dateOf(q.value(2));
    s.kind = sql::term(q.value(3), SessionKind::TeachingDay);
    s.title = q.value(4).toString();
    s.startTime = QTime::fromString(q.value(5).toString(), u"HH:mm"_s);
    s.facilitator = q.value(6).toString();
    s.venue = q.value(7).toString();
    s.participantId = q.value(8).toLongLong();
    s.version = q.value(9).toLongLong();
    return s;
}

const QString kAttendance = u"SELECT a.session_id, a.enrolment_id, a.mark FROM attendance a "_s;
Attendance readAttendance(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), sql::term(q.value(2), AttendanceMark::Present)};
}

} // namespace

QList<Session> SessionStore::sessions() const
{
    return sql::all<Session>(sql::exec(m_db.connection(), kSession + kSessionOrder), readSession);
}

QList<Session> SessionStore::sessionsOfCohort(qint64 cohortId) const
{
    return sql::all<Session>(
        sql::exec(m_db.connection(), kSession + u"WHERE cohort_id = ?"_s + kSessionOrder, {cohortId}),
        readSession);
}

QList<Session> SessionStore::sessionsOfCohorts(const QList<qint64>& cohortIds) const
{
    if (cohortIds.isEmpty())
        return {};
    return sql::all<Session>(
        sql::exec(m_db.connection(),
                  kSession + u"WHERE cohort_id IN "_s + sql::idList(cohortIds.size()) + kSessionOrder,
                  sql::idValues(cohortIds)),
        readSession);
}

QList<Session> SessionStore::sessionsOn(qint64 cohortId, const QDate& date) const
{
    return sql::all<Session>(sql::exec(m_db.connection(),
                                       kSession + u"WHERE cohort_id = ? AND date = ?"_s + kSessionOrder,
                                       {cohortId, sql::orNull(date)}),
                             readSession);
}

std::optional<Session> SessionStore::sessionById(qint64 id) const
{
    return sql::first<Session>(sql::exec(m_db.connection(), kSession + u"WHERE id = ?"_s, {id}), readSession);
}

std::optional<Session> SessionStore::sessionInSlot(const Session& s) const
{
    return sql::first<Session>(
        sql::exec(m_db.connection(),
                  kSession + u"WHERE cohort_id = ? AND date = ? AND start_time = ? AND "
                             "COALESCE(participant_id, 0) = ?"_s,
                  {s.cohortId, sql::orNull(s.date), rows::timeText(s.startTime), s.participantId}),
        readSession);
}

qint64 SessionStore::insertSession(const Session& s)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kSession), rows::values(s));
    m_db.touch(Database::Sessions);
    return id;
}

qint64 SessionStore::updateSession(const Session& s)
{
    auto q = sql::exec(
        m_db.connection(),
        u"UPDATE session SET cohort_id = ?, date = ?, kind = ?, title = ?, start_time = ?, facilitator = ?, "
        "venue = ?, participant_id = ?, "_s +
            Store::kNextVersion,
        {s.cohortId, sql::orNull(s.date), toText(s.kind), s.title, rows::timeText(s.startTime), s.facilitator,
         s.venue, sql::orNull(s.participantId), s.id, s.version, s.version});
    m_db.touch(Database::Sessions);
    return Store::newVersion(q, s.date.toString(Qt::ISODate));
}

void SessionStore::removeSession(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM attendance WHERE session_id = ?"_s, {id});
    sql::exec(m_db.connection(), u"DELETE FROM session WHERE id = ?"_s, {id});
    m_db.touch(Database::Sessions);
    m_db.touch(Database::Attendance);
}

QList<Attendance> SessionStore::attendance() const
{
    return sql::all<Attendance>(
        sql::exec(m_db.connection(), kAttendance + u"ORDER BY a.session_id, a.enrolment_id"_s),
        readAttendance);
}

QList<Attendance> SessionStore::attendanceOfCohort(qint64 cohortId) const
{
    return sql::all<Attendance>(sql::exec(m_db.connection(),
                                          kAttendance + u"JOIN session s ON s.id = a.session_id "
                                                        "WHERE s.cohort_id = ? ORDER BY a.session_id, "
                                                        "a.enrolment_id"_s,
                                          {cohortId}),
                                readAttendance);
}

QList<Attendance> SessionStore::attendanceOfCohorts(const QList<qint64>& cohortIds) const
{
    if (cohortIds.isEmpty())
        return {};
    return sql::all<Attendance>(
        sql::exec(m_db.connection(),
                  kAttendance + u"JOIN session s ON s.id = a.session_id WHERE s.cohort_id IN "_s +
                      sql::idList(cohortIds.size()) + u" ORDER BY a.session_id, a.enrolment_id"_s,
                  sql::idValues(cohortIds)),
        readAttendance);
}

QList<Attendance> SessionStore::attendanceOfSession(qint64 sessionId) const
{
    return sql::all<Attendance>(sql::exec(m_db.connection(),
                                          kAttendance + u"WHERE a.session_id = ? ORDER BY a.enrolment_id"_s,
                                          {sessionId}),
                                readAttendance);
}

std::optional<Attendance> SessionStore::attendanceOf(qint64 sessionId, qint64 enrolmentId) const
{
    return sql::first<Attendance>(sql::exec(m_db.connection(),
                                            kAttendance + u"WHERE a.session_id = ? AND a.enrolment_id = ?"_s,
                                            {sessionId, enrolmentId}),
                                  readAttendance);
}

void SessionStore::setAttendance(const Attendance& a)
{
    sql::exec(m_db.connection(),
              u"INSERT INTO attendance(session_id, enrolment_id, mark) VALUES (?, ?, ?) "
              "ON CONFLICT(session_id, enrolment_id) DO UPDATE SET mark = excluded.mark"_s,
              {a.sessionId, a.enrolmentId, toText(a.mark)});
    m_db.touch(Database::Attendance);
}

void SessionStore::clearAttendance(qint64 sessionId, qint64 enrolmentId)
{
    sql::exec(m_db.connection(), u"DELETE FROM attendance WHERE session_id = ? AND enrolment_id = ?"_s,
              {sessionId, enrolmentId});
    m_db.touch(Database::Attendance);
}

} // namespace arwain
