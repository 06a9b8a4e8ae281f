// RowValues: columns and values of every insert.
#include "storage/RowValues.h"

#include "storage/Sql.h"
#include "storage/SqlRead.h"

using namespace Qt::StringLiterals;

namespace arwain::rows {

namespace {
using sql::orNull;
using sql::termOrNull;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// When a change was recorded, as stored. An import records all its history at one moment: the text is
// made once for it, not once per row.
QString recordedText(const QDateTime& at)
{
    thread_local QDateTime last;
    thread_local QString text;
    if (at != last || text.isNull()) {
        last = at;
        text = at.toString(Qt::ISODate);
    }
    return text;
}
} // namespace

const Shape kOrganisation{u"organisation"_s, u"id, name, sector, region"_s, 4};
const Shape kCohort{
    u"cohort"_s,
    u"id, code, programme_id, title, start_date, end_date, delivery_mode, venue, region, provider, partner, capacity, headcount"_s,
    13};
const Shape kParticipant{
    u"participant"_s,
    u"id, given_name, family_name, email, organisation_id, job_role, preferred_language, anonymised"_s, 8};
const Shape kEnrolment{
    u"enrolment"_s, u"id, participant_id, cohort_id, status, status_date, reason, note, continues_id"_s, 8};
const Shape kHistory{
    u"status_history"_s,
    u"id, enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind, reverts"_s,
    10};
const Shape kSession{
    u"session"_s, u"id, cohort_id, date, kind, title, start_time, facilitator, venue, participant_id"_s, 9};
const Shape kAttendance{u"attendance"_s, u"session_id, enrolment_id, mark"_s, 3};
const Shape kFeedback{
    u"feedback"_s,
    u"id, cohort_id, participant_id, met_needs, met_expectations, learned_usable, relevant, recommend, comment"_s,
    9};
const Shape kNetworkMember{u"network_member"_s, u"participant_id, joined_on, left_on"_s, 3};

QVariantList values(const Organisation& o)
{
    return {orNull(o.id), o.name, termOrNull(o.sector), termOrNull(o.region)};
}

QVariantList values(const Cohort& c)
{
    return {orNull(c.id),
            c.code,
            c.programmeId,
            c.title,
            orNull(c.startDate),
            orNull(c.endDate),
            termOrNull(c.deliveryMode),
            c.venue,
            termOrNull(c.region),
            c.provider,
            c.partner,
            sql::intOrNull(c.capacity),
            sql::intOrNull(c.headcount)};
}

QVariantList values(const Participant& p)
{
    return {orNull(p.id),
            p.givenName,
            p.familyName,
            orNull(p.email),
            orNull(p.organisationId),
            termOrNull(p.jobRole),
            toText(p.preferredLanguage),
            p.anonymised ? 1 : 0};
}

QVariantList values(const Enrolment& e)
{
    return {orNull(e.id),         e.participantId,      e.cohortId, toText(e.status),
            orNull(e.statusDate), termOrNull(e.reason), e.note,     orNull(e.continuesId)};
}

QVariantList values(const StatusChange& c)
{
    return {orNull(c.id),
            c.enrolmentId,
            c.from ? QVariant(toText(*c.from)) : nullText(),
            toText(c.to),
            orNull(c.effectiveDate),
            recordedText(c.recordedAt),
            termOrNull(c.reason),
            c.note,
            toText(c.kind),
            orNull(c.reverts)};
}

QVariantList values(const Session& s)
{
    return {orNull(s.id),          s.cohortId,    orNull(s.date), toText(s.kind),         s.title,
            timeText(s.startTime), s.facilitator, s.venue,        orNull(s.participantId)};
}

QString timeText(const QTime& t)
{
    return t.isValid() ? t.toString(u"HH:mm"_s) : QString(u""_s);
}

QVariantList values(const Attendance& a)
{
    return {a.sessionId, a.enrolmentId, toText(a.mark)};
}

QVariantList values(const Feedback& f)
{
    return {orNull(f.id),
            f.cohortId,
            orNull(f.participantId),
            termOrNull(f.metNeeds),
            termOrNull(f.metExpectations),
            termOrNull(f.learnedUsable),
            termOrNull(f.relevant),
            termOrNull(f.recommend),
            f.comment};
}

QVariantList values(const NetworkMember& m)
{
    return {m.participantId, orNull(m.joinedOn), orNull(m.leftOn)};
}

QString insertSql(const Shape& shape, int count)
{
    QString one = u"("_s;
    for (int i = 0; i < shape.columns; ++i)
        one += i == 0 ? u"?"_s : u", ?"_s;
    one += u')';
    QString statement = u"INSERT INTO "_s + shape.table + u'(' + shape.columnList + u") VALUES "_s;
    statement.reserve(statement.size() + count * (one.size() + 2));
    for (int r = 0; r < count; ++r) {
        if (r > 0)
            statement += u", "_s;
        statement += one;
    }
    return statement;
}

QString copySql(const Shape& shape)
{
    return u"COPY "_s + shape.table + u'(' + shape.columnList + u") FROM STDIN"_s;
}

} // namespace arwain::rows
