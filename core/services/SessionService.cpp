// SessionService: sessions and attendance marks. A one-to-one session belongs to one enrolled
// participant; a mark is only ever for an enrolment of the session's own cohort.
#include "services/SessionService.h"

#include "domain/Parsing.h"
#include "services/CatalogueService.h"
#include "services/Guarded.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// How the audit log names a session: its cohort and day.
QString subjectOf(const Store& store, const Session& s)
{
    const auto cohort = store.cohortById(s.cohortId);
    return (cohort ? cohort->code : QString()) + u' ' + s.date.toString(Qt::ISODate) +
           (s.startTime.isValid() ? u' ' + s.startTime.toString(u"HH:mm"_s) : QString());
}
} // namespace

SessionService::SessionService(Store& store) : m_store(store), m_sessions(store.database()) {}

Result<std::optional<Session>> SessionService::byId(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Session>> { return m_sessions.sessionById(id); });
}

QDate SessionService::suggestedDate(qint64 cohortId, const QDate& today) const
{
    try {
        return suggestedDateOrThrow(cohortId, today);
    } catch (const StorageError&) {
        return today; // the database cannot be read: saving the session will say so
    }
}

QDate SessionService::suggestedDateOrThrow(qint64 cohortId, const QDate& today) const
{
    const auto cohort = m_store.cohortById(cohortId);
    if (!cohort)
        return today;
    QList<QDate> dates;
    for (const Session& s : m_sessions.sessionsOfCohort(cohortId))
        dates << s.date;
    std::sort(dates.begin(), dates.end());
    QDate date;
    if (dates.isEmpty()) {
        const bool running =
            today >= cohort->startDate && (!cohort->endDate.isValid() || today <= cohort->endDate);
        date = running || !cohort->startDate.isValid() ? today : cohort->startDate;
    } else {
        const qint64 gap = dates.size() > 1 ? dates.at(dates.size() - 2).daysTo(dates.last()) : 7;
        date = dates.last().addDays(std::max<qint64>(gap, 1));
    }
    if (cohort->endDate.isValid() && date > cohort->endDate)
        date = cohort->endDate;
    return date;
}

QString SessionService::dateWarning(const Session& s) const
{
    std::optional<Cohort> cohort;
    try {
        cohort = m_store.cohortById(s.cohortId);
    } catch (const StorageError&) {
        return {}; // validate() reports a database that cannot be read
    }
    if (!cohort || !s.date.isValid())
        return {};
    if (cohort->startDate.isValid() && s.date < cohort->startDate)
        return tr("%1 is before %2 starts (%3).")
            .arg(dateText(s.date), cohort->code, dateText(cohort->startDate));
    if (cohort->endDate.isValid() && s.date > cohort->endDate)
        return tr("%1 is after %2 ends (%3).").arg(dateText(s.date), cohort->code, dateText(cohort->endDate));
    return {};
}

FieldErrors SessionService::validate(const Session& s) const
{
    FieldErrors errors;
    try {
        if (!m_store.cohortById(s.cohortId))
            errors.append({u"cohort"_s, tr("no such cohort")});
        if (!s.date.isValid())
            errors.append({u"date"_s, tr("required")});
        if (s.participantId != 0 && !m_store.enrolment(s.participantId, s.cohortId))
            errors.append({u"for"_s, tr("a one-to-one session is for someone enrolled in the cohort")});
        if (s.date.isValid()) {
            if (const auto other = m_sessions.sessionInSlot(s); other && other->id != s.id) {
                const QString when =
                    s.startTime.isValid()
                        ? tr("%1 at %2").arg(dateText(s.date), s.startTime.toString(u"HH:mm"_s))
                        : dateText(s.date);
                errors.append(
                    {u"date"_s, s.participantId != 0
                                    ? tr("this person already has a session on %1").arg(when)
                                    : tr("the cohort already has a session on %1; give each session "
                                         "on one day its own start time")
                                          .arg(when)});
            }
        }
    } catch (const StorageError& e) {
        errors.append({QString(), tr("the database could not be read: %1").arg(e.message())});
    }
    return errors;
}

Result<Session> SessionService::save(Session s)
{
    s.title = s.title.trimmed();
    s.facilitator = s.facilitator.trimmed();
    s.venue = s.venue.trimmed();
    const FieldErrors errors = validate(s);
    if (!errors.isEmpty())
        return fail(CatalogueService::describe(errors));
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        if (s.id == 0) {
            s.id = m_sessions.insertSession(s);
            s.version = 1;
            m_store.database().audit(u"session.add"_s, subjectOf(m_store, s));
            return {};
        }
        const auto before = m_sessions.sessionById(s.id);
        if (!before)
            return fail(tr("the session no longer exists"));
        if (before->cohortId != s.cohortId)
            return fail(tr("a session stays with its cohort"));
        s.version = m_sessions.updateSession(s);
        m_store.database().audit(u"session.edit"_s, subjectOf(m_store, s));
        // A session that becomes one-to-one keeps only the marks of its participant.
        if (s.participantId != 0)
            for (const Attendance& a : m_sessions.attendanceOfSession(s.id))
                if (const auto e = m_store.enrolmentById(a.enrolmentId);
                    e && e->participantId != s.participantId)
                    return fail(
                        tr("others' attendance is recorded for this session; clear it before making the "
                           "session one-to-one"));
        return {};
    });
    if (!written)
        return written.toError();
    return s;
}

Result<RemovedSession> SessionService::remove(qint64 sessionId)
{
    RemovedSession removed;
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        const auto s = m_sessions.sessionById(sessionId);
        if (!s)
            return fail(tr("the session no longer exists"));
        removed.session = *s;
        removed.marks = m_sessions.attendanceOfSession(sessionId);
        m_sessions.removeSession(sessionId);
        m_store.database().audit(u"session.remove"_s, subjectOf(m_store, *s));
        return {};
    });
    if (!written)
        return written.toError();
    return removed;
}

Result<void> SessionService::restore(const RemovedSession& removed)
{
    const FieldErrors errors = validate(removed.session);
    if (!errors.isEmpty())
        return fail(CatalogueService::describe(errors));
    return m_store.database().write([&]() -> Result<void> {
        if (m_sessions.sessionById(removed.session.id))
            return fail(tr("the session is already there"));
        m_sessions.insertSession(removed.session);
        for (const Attendance& a : removed.marks) {
            if (!m_store.enrolmentById(a.enrolmentId))
                return fail(tr("an enrolment this session's register names no longer exists"));
            m_sessions.setAttendance(a);
        }
        m_store.database().audit(u"session.restore"_s, subjectOf(m_store, removed.session));
        return {};
    });
}

Result<QList<MarkChange>> SessionService::setMarks(const QList<MarkChange>& changes)
{
    QList<MarkChange> undo;
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        for (const MarkChange& c : changes) {
            const auto s = m_sessions.sessionById(c.sessionId);
            if (!s)
                return fail(tr("the session no longer exists"));
            const auto e = m_store.enrolmentById(c.enrolmentId);
            if (!e || e->cohortId != s->cohortId)
                return fail(tr("the person is not enrolled in this session's cohort"));
            if (s->participantId != 0 && e->participantId != s->participantId)
                return fail(tr("this one-to-one session is for someone else"));
            const auto before = m_sessions.attendanceOf(c.sessionId, c.enrolmentId);
            undo.prepend({c.sessionId, c.enrolmentId,
                          before ? std::optional<AttendanceMark>(before->mark) : std::nullopt});
            if (c.mark)
                m_sessions.setAttendance({c.sessionId, c.enrolmentId, *c.mark});
            else if (before)
                m_sessions.clearAttendance(c.sessionId, c.enrolmentId);
        }
        if (!changes.isEmpty())
            if (const auto s = m_sessions.sessionById(changes.first().sessionId))
                m_store.database().audit(u"attendance.mark"_s, subjectOf(m_store, *s),
                                         QString::number(changes.size()));
        return {};
    });
    if (!written)
        return written.toError();
    return undo;
}

} // namespace arwain
