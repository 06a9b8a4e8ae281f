// SessionService: a cohort's sessions (add, edit, remove, put back) and the attendance marks of its
// enrolments, with the one set of rules for each.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "services/FieldError.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>

#include <optional>

namespace arwain {

class Store;

// One cell of a register: a mark to record, or none to clear it.
struct MarkChange
{
    qint64 sessionId = 0;
    qint64 enrolmentId = 0;
    std::optional<AttendanceMark> mark;
    bool operator==(const MarkChange&) const = default;
};

// A removed session with the marks it had, so that undo can put both back.
struct RemovedSession
{
    Session session;
    QList<Attendance> marks;
};

class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(arwain::SessionService)
public:
    explicit SessionService(Store& store);

    const SessionStore& sessions() const { return m_sessions; }

    // What is wrong with a session, field by field (empty when it may be written).
    FieldErrors validate(const Session& s) const;
    // The date a new session of the cohort starts on: after its last session by the gap between its last
    // two (a week when it has one), or today, or the cohort's start; never after the cohort's end. Today when
    // the database cannot be read.
    QDate suggestedDate(qint64 cohortId, const QDate& today) const;
    // One session, or nothing when there is none with that id.
    Result<std::optional<Session>> byId(qint64 id) const;
    // Why a session's date is worth a second look (outside the cohort's start and end); empty when it is
    // not. A warning, not an error: a follow-up day may fall after a cohort ends.
    QString dateWarning(const Session& s) const;
    // Adds (id 0) or changes a session.
    Result<Session> save(Session s);
    // Removes a session and its marks; what was removed comes back for undo.
    Result<RemovedSession> remove(qint64 sessionId);
    // Puts a removed session back under its old id, with its marks.
    Result<void> restore(const RemovedSession& removed);

    // Records or clears marks, all or none; returns the changes that undo them.
    Result<QList<MarkChange>> setMarks(const QList<MarkChange>& changes);

private:
    QDate suggestedDateOrThrow(qint64 cohortId, const QDate& today) const;
    Store& m_store;
    SessionStore m_sessions;
};

} // namespace arwain
