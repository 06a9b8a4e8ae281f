// Records: the rows of the data model — programmes, cohorts, organisations, participants, enrolments,
// status changes, sessions, attendance, feedback and network members.
#pragma once

#include "domain/Terms.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace arwain {

struct Programme
{
    qint64 id = 0;
    QString code;
    QString name;
    QString welshName;
    ProgrammeKind kind = ProgrammeKind::Course;
    // The attendance rule: at least this percentage of the sessions (of one kind, or all) attended.
    int attendanceThreshold = 0;               // 1 to 100; 0: the programme has no rule
    std::optional<SessionKind> attendanceKind; // nullopt: every kind of session counts
    // The row version as read: an update is refused when the row has changed since (someone else
    // saved it). 0: not checked (the writer read the row in the same transaction).
    qint64 version = 0;
    bool operator==(const Programme&) const = default;
};

struct Cohort
{
    qint64 id = 0;
    QString code;
    qint64 programmeId = 0;
    QString title;
    QDate startDate;
    QDate endDate; // null when the cohort has no end date
    DeliveryMode deliveryMode = DeliveryMode::Unset;
    QString venue;
    Region region = Region::Unset;
    QString provider;
    QString partner;
    std::optional<int> capacity;
    std::optional<int> headcount; // attendees counted, not named
    qint64 version = 0;           // see Programme::version
    bool operator==(const Cohort&) const = default;
};

struct Organisation
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Unset;
    Region region = Region::Unset;
    qint64 version = 0; // see Programme::version
    bool operator==(const Organisation&) const = default;
};

struct Participant
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString email;             // lower case; empty when not known
    qint64 organisationId = 0; // 0: none
    JobRole jobRole = JobRole::Unset;
    Language preferredLanguage = Language::English;
    bool anonymised = false;
    qint64 version = 0; // see Programme::version
    bool operator==(const Participant&) const = default;
};

struct Enrolment
{
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 cohortId = 0;
    Status status = Status::Enrolled;
    QDate statusDate;
    Reason reason = Reason::Unset;
    QString note;
    qint64 continuesId = 0; // the deferred enrolment this one resumes; 0: none
    qint64 version = 0;     // see Programme::version
    bool operator==(const Enrolment&) const = default;
};

struct StatusChange
{
    qint64 id = 0;
    qint64 enrolmentId = 0;
    std::optional<Status> from;
    Status to = Status::Enrolled;
    QDate effectiveDate;
    QDateTime recordedAt;
    Reason reason = Reason::Unset;
    QString note;
    HistoryKind kind = HistoryKind::Changed;
    qint64 reverts = 0; // the change this entry reverts; 0: none
};

struct Session
{
    qint64 id = 0;
    qint64 cohortId = 0;
    QDate date;
    SessionKind kind = SessionKind::TeachingDay;
    QString title;
    QTime startTime;          // null when not given
    QString facilitator;      // facilitator or speaker
    QString venue;            // a place, or "online"
    qint64 participantId = 0; // one-to-one (coaching) for this participant; 0: the whole cohort
    qint64 version = 0;       // see Programme::version
    bool operator==(const Session&) const = default;
};

struct Attendance
{
    qint64 sessionId = 0;
    qint64 enrolmentId = 0;
    AttendanceMark mark = AttendanceMark::Present;
    bool operator==(const Attendance&) const = default;
};

struct Feedback
{
    qint64 id = 0;
    qint64 cohortId = 0;
    qint64 participantId = 0; // 0: anonymous
    MetNeeds metNeeds = MetNeeds::Unset;
    YesNo metExpectations = YesNo::Unset;
    YesNo learnedUsable = YesNo::Unset;
    YesNo relevant = YesNo::Unset;
    YesNo recommend = YesNo::Unset;
    QString comment;
    // Equal answers, whoever gave them: how a re-imported response is recognised.
    bool sameAnswers(const Feedback& o) const
    {
        return cohortId == o.cohortId && participantId == o.participantId && metNeeds == o.metNeeds &&
               metExpectations == o.metExpectations && learnedUsable == o.learnedUsable &&
               relevant == o.relevant && recommend == o.recommend && comment == o.comment;
    }
};

// One entry of the audit log: who changed what, when. `subject` names the person or record the change
// was about; it is emptied when that person is anonymised. `detail` never holds personal data.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;           // a key such as "participant.edit"; see AuditLog::actionText
    qint64 participantId = 0; // the person the change was about; 0: none
    QString subject;
    QString detail;
};

struct NetworkMember
{
    qint64 participantId = 0;
    QDate joinedOn;
    QDate leftOn; // null while a member
    bool operator==(const NetworkMember&) const = default;
};

} // namespace arwain
