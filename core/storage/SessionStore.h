// SessionStore: the SQL of sessions and attendance marks.
#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace arwain {

class Database;

class SessionStore
{
public:
    explicit SessionStore(Database& db) : m_db(db) {}

    // In date and time order.
    QList<Session> sessions() const;
    QList<Session> sessionsOfCohort(qint64 cohortId) const;
    // The sessions of a batch of cohorts, by cohort and then as sessionsOfCohort orders them.
    QList<Session> sessionsOfCohorts(const QList<qint64>& cohortIds) const;
    QList<Session> sessionsOn(qint64 cohortId, const QDate& date) const;
    std::optional<Session> sessionById(qint64 id) const;
    // The session in the same slot: cohort, date, start time and (one-to-one) participant.
    std::optional<Session> sessionInSlot(const Session& s) const;
    // Inserts under s.id when it is not 0 (redoing an addition after undo).
    qint64 insertSession(const Session& s);
    // The new version; a Conflict error when `s` carries a version the row no longer has.
    qint64 updateSession(const Session& s);
    // A session with its attendance marks.
    void removeSession(qint64 id);

    QList<Attendance> attendance() const;
    QList<Attendance> attendanceOfCohort(qint64 cohortId) const;
    // The marks of the sessions of a batch of cohorts.
    QList<Attendance> attendanceOfCohorts(const QList<qint64>& cohortIds) const;
    QList<Attendance> attendanceOfSession(qint64 sessionId) const;
    std::optional<Attendance> attendanceOf(qint64 sessionId, qint64 enrolmentId) const;
    // Records a mark, replacing the one there was.
    void setAttendance(const Attendance& a);
    void clearAttendance(qint64 sessionId, qint64 enrolmentId);

private:
    Database& m_db;
};

} // namespace arwain
