// AttendanceStats: one place for the attendance rules. A session is applicable to an enrolment from
// the day the person joined until the day they deferred or withdrew (sessions on that day and later
// are not applicable) or completed (sessions after that day are not); a one-to-one session only to
// its participant. A rate is present ÷ (present + absent): excused sessions and registers not yet
// taken are left out rather than counted as absences.
#include "stats/AttendanceStats.h"

#include "domain/ReportingYear.h"
#include "services/Services.h"
#include "stats/Statistics.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

AttendanceStats::AttendanceStats(const Services& services) : m_store(services.store()) {}

std::optional<qint64> AttendanceCount::rate() const
{
    return Statistics::rate(present, counted());
}

void AttendanceCount::add(AttendanceCell cell)
{
    switch (cell) {
    case AttendanceCell::Present:
        ++present;
        break;
    case AttendanceCell::Absent:
        ++absent;
        break;
    case AttendanceCell::Excused:
        ++excused;
        break;
    case AttendanceCell::Unrecorded:
        ++unrecorded;
        break;
    case AttendanceCell::NotApplicable:
    case AttendanceCell::NotYet:
        break;
    }
}

namespace {

// The days an enrolment could attend: from `from` (no limit when null) to `until`, inclusive or not.
struct Period
{
    QDate from;
    QDate until; // null: still enrolled
    bool untilInclusive = false;
    bool contains(const QDate& d) const
    {
        if (from.isValid() && d < from)
            return false;
        if (until.isValid() && (untilInclusive ? d > until : d >= until))
            return false;
        return true;
    }
};

// The first day an enrolment was enrolled, as its history's changes are seen one by one.
void noteJoined(QHash<qint64, QDate>& joined, const StatusChange& c)
{
    if (c.to != Status::Enrolled || c.reverts != 0)
        return;
    QDate& first = joined[c.enrolmentId];
    if (!first.isValid() || c.effectiveDate < first)
        first = c.effectiveDate;
}

Period periodOf(const Enrolment& e, const QDate& joined)
{
    Period p;
    p.from = joined;
    if (e.status == Status::Deferred || e.status == Status::Withdrawn) {
        p.until = e.statusDate;
    } else if (e.status == Status::Completed) {
        p.until = e.statusDate;
        p.untilInclusive = true;
    }
    return p;
}

QString kindPlural(SessionKind k)
{
    switch (k) {
    case SessionKind::TeachingDay:
        return AttendanceStats::tr("teaching days");
    case SessionKind::ActionLearningSet:
        return AttendanceStats::tr("action learning sets");
    case SessionKind::GuestSpeaker:
        return AttendanceStats::tr("guest speaker sessions");
    case SessionKind::Coaching:
        return AttendanceStats::tr("coaching sessions");
    case SessionKind::Workshop:
        return AttendanceStats::tr("workshops");
    case SessionKind::Webinar:
        return AttendanceStats::tr("webinars");
    }
    return {};
}

} // namespace

QString AttendanceStats::describeRule(const Programme& p)
{
    if (p.attendanceThreshold <= 0)
        return {};
    const QString what = p.attendanceKind ? kindPlural(*p.attendanceKind) : tr("sessions");
    if (p.attendanceThreshold >= 100)
        return tr("all %1").arg(what);
    return tr("at least %1% of %2").arg(p.attendanceThreshold).arg(what);
}

QList<qint64> AttendanceStats::meetingRule(const AttendanceSheet& sheet)
{
    QList<qint64> out;
    for (const AttendancePerson& p : sheet.people)
        if (p.enrolment.status == Status::Enrolled && p.meetsRule.value_or(false))
            out << p.enrolment.id;
    return out;
}

AttendanceStats::People AttendanceStats::peopleOfCohort(qint64 cohortId) const
{
    // Its people and their history in a few reads, not two per enrolment.
    People people;
    QList<qint64> personIds, enrolmentIds;
    for (const Enrolment& e : m_store.enrolmentsInCohort(cohortId)) {
        personIds << e.participantId;
        enrolmentIds << e.id;
    }
    for (const Participant& p : m_store.participantsWithIds(personIds))
        people.participants.insert(p.id, p);
    for (const StatusChange& c : m_store.historyOfAny(enrolmentIds))
        noteJoined(people.joined, c);
    return people;
}

AttendanceStats::People AttendanceStats::peopleCounted(const QDate& from, const QDate& to,
                                                       bool withParticipants) const
{
    People people;
    if (withParticipants)
        for (const Participant& p : m_store.participantsCounted(from, to))
            people.participants.insert(p.id, p);
    m_store.eachChangeForCounting(from, to, [&](const StatusChange& c) { noteJoined(people.joined, c); });
    return people;
}

QHash<qint64, AttendanceStats::Registers> AttendanceStats::registersOf(const QList<qint64>& cohortIds) const
{
    const SessionStore sessions(m_store.database());
    QHash<qint64, Registers> out;
    out.reserve(cohortIds.size());
    QHash<qint64, qint64> cohortOfSession;
    for (Session& s : sessions.sessionsOfCohorts(cohortIds)) { // in each cohort's order
        cohortOfSession.insert(s.id, s.cohortId);
        out[s.cohortId].sessions.append(std::move(s));
    }
    for (const Attendance& a : sessions.attendanceOfCohorts(cohortIds))
        out[cohortOfSession.value(a.sessionId)].marks.append(a);
    for (Enrolment& e : m_store.enrolmentsInCohorts(cohortIds))
        out[e.cohortId].enrolments.append(std::move(e));
    return out;
}

AttendanceSheet AttendanceStats::build(const Cohort& cohort, const Programme& programme, const QDate& today,
                                       const People& people, const Registers& registers, Order order)
{
    AttendanceSheet sheet;
    sheet.cohort = cohort;
    sheet.programme = programme;
    sheet.ruleText = describeRule(programme);
    const bool hasRule = programme.attendanceThreshold > 0;
    auto countsForRule = [&](const Session& s) {
        return hasRule && (!programme.attendanceKind || *programme.attendanceKind == s.kind);
    };

    for (const Session& s : registers.sessions) {
        sheet.sessions.append({s, {}});
        if (countsForRule(s) && s.date > today)
            ++sheet.rulePending;
    }
    QHash<std::pair<qint64, qint64>, AttendanceMark> marks; // (session, enrolment)
    for (const Attendance& a : registers.marks)
        marks.insert({a.sessionId, a.enrolmentId}, a.mark);

    for (const Enrolment& e : registers.enrolments) {
        if (e.status == Status::Waitlisted)
            continue;
        AttendancePerson person;
        person.enrolment = e;
        person.participant = people.participants.value(e.participantId);
        person.participant.id = e.participantId; // who a one-to-one session is for, even unread
        sheet.people.append(person);
    }
    if (order == Order::ByName) {
        std::sort(sheet.people.begin(), sheet.people.end(),
                  [](const AttendancePerson& a, const AttendancePerson& b) {
                      if (const int c = a.participant.familyName.localeAwareCompare(b.participant.familyName);
                          c != 0)
                          return c < 0;
                      return a.participant.givenName.localeAwareCompare(b.participant.givenName) < 0;
                  });
    }

    for (AttendancePerson& person : sheet.people) {
        const Period period = periodOf(person.enrolment, people.joined.value(person.enrolment.id));
        QList<AttendanceCell> row;
        for (AttendanceSessionRow& sr : sheet.sessions) {
            const Session& s = sr.session;
            const auto mark = marks.constFind({s.id, person.enrolment.id});
            const bool forThem = s.participantId == 0 || s.participantId == person.participant.id;
            const bool applicable = forThem && period.contains(s.date);
            AttendanceCell cell = AttendanceCell::NotApplicable;
            if (mark != marks.cend() && (applicable || *mark == AttendanceMark::Present)) {
                // A recorded presence always counts, even outside the person's period.
                cell = *mark == AttendanceMark::Present  ? AttendanceCell::Present
                       : *mark == AttendanceMark::Absent ? AttendanceCell::Absent
                                                         : AttendanceCell::Excused;
            } else if (applicable) {
                cell = s.date > today ? AttendanceCell::NotYet : AttendanceCell::Unrecorded;
            }
            row.append(cell);
            person.all.add(cell);
            sr.count.add(cell);
            sheet.total.add(cell);
            if (countsForRule(s))
                person.rule.add(cell);
        }
        if (hasRule && person.rule.unrecorded == 0 && person.rule.counted() > 0)
            person.meetsRule =
                person.rule.present * 100 >= programme.attendanceThreshold * person.rule.counted();
        sheet.cells.append(row);
    }
    return sheet;
}

Result<AttendanceSheet> AttendanceStats::sheet(qint64 cohortId, const QDate& today) const
{
    try {
        const auto cohort = m_store.cohortById(cohortId);
        if (!cohort)
            return fail(tr("no such cohort"));
        const auto programme = m_store.programmeById(cohort->programmeId);
        if (!programme)
            return fail(tr("the cohort's programme is missing"));
        return build(*cohort, *programme, today, peopleOfCohort(cohortId),
                     registersOf({cohortId}).value(cohortId), Order::ByName);
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<QList<AttendanceSheet>> AttendanceStats::sheets(const QString& programmeCode, int year,
                                                       const QDate& today) const
{
    try {
        const auto programme = m_store.programmeByCode(programmeCode);
        if (!programme)
            return fail(tr("no programme with code %1").arg(programmeCode));
        const ReportingYear reportingYear(year);
        QList<AttendanceSheet> out;
        for (const Cohort& c : m_store.cohorts())
            if (c.programmeId == programme->id && reportingYear.contains(Statistics::countingDate(c)))
                out.append(build(c, *programme, today, peopleOfCohort(c.id), registersOf({c.id}).value(c.id),
                                 Order::ByName));
        return out;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<QList<AttendanceSummary>> AttendanceStats::summary(const StatsQuery& query, const QDate& today) const
{
    try {
        QHash<qint64, Organisation> organisations;
        if (query.region || query.sector)
            for (const Organisation& o : m_store.organisations())
                organisations.insert(o.id, o);
        auto counts = [&](const Participant& p) {
            const Organisation o = organisations.value(p.organisationId);
            return (!query.region || o.region == *query.region) &&
                   (!query.sector || o.sector == *query.sector) && (!query.role || p.jobRole == *query.role);
        };
        // The cohorts, people and history of the period only: a year of a nation's file, not all of it.
        const QDate from = query.year ? ReportingYear(*query.year).start() : query.from;
        const QDate to = query.year ? ReportingYear(*query.year).end() : query.to;
        const QList<Cohort> cohorts =
            from.isValid() || to.isValid() ? m_store.cohortsCounted(from, to) : m_store.cohorts();
        const bool byPerson = query.region || query.sector || query.role;
        const People people = peopleCounted(from, to, byPerson);
        auto add = [&](AttendanceSummary& sum, const AttendanceSheet& sheet) {
            ++sum.cohorts;
            for (const AttendanceSessionRow& s : sheet.sessions)
                if (s.session.date <= today)
                    ++sum.sessionsHeld;
            for (qsizetype i = 0; i < sheet.people.size(); ++i) {
                const AttendancePerson& person = sheet.people.at(i);
                if (!counts(person.participant))
                    continue;
                ++sum.people;
                for (AttendanceCell cell : sheet.cells.at(i))
                    sum.total.add(cell);
                if (person.meetsRule) {
                    ++sum.ruleDecided;
                    sum.ruleMet += *person.meetsRule ? 1 : 0;
                }
            }
        };
        QList<AttendanceSummary> out;
        for (const Programme& programme : m_store.programmes()) {
            if (!query.programme.isEmpty() &&
                programme.code.compare(query.programme, Qt::CaseInsensitive) != 0)
                continue;
            AttendanceSummary sum;
            sum.programme = programme.code;
            sum.ruleText = describeRule(programme);
            QList<const Cohort*> chosen;
            for (const Cohort& c : cohorts) {
                const QDate d = Statistics::countingDate(c);
                if (c.programmeId == programme.id &&
                    !(query.year && !ReportingYear(*query.year).contains(d)) &&
                    !(query.from.isValid() && d < query.from) && !(query.to.isValid() && d > query.to) &&
                    !(query.deliveryMode && c.deliveryMode != *query.deliveryMode))
                    chosen.append(&c);
            }
            // The registers read a batch of cohorts at a time: neither a year of a nation's file held at
            // once (memory) nor each cohort read alone (a read per cohort).
            constexpr qsizetype kBatch = 256;
            for (qsizetype first = 0; first < chosen.size(); first += kBatch) {
                const QList<const Cohort*> batch = chosen.mid(first, kBatch);
                QList<qint64> ids;
                for (const Cohort* c : batch)
                    ids.append(c->id);
                const QHash<qint64, Registers> registers = registersOf(ids);
                for (const Cohort* c : batch) {
                    const AttendanceSheet sheet =
                        build(*c, programme, today, people, registers.value(c->id), Order::AsRead);
                    if (!sheet.sessions.isEmpty())
                        add(sum, sheet);
                }
            }
            if (sum.cohorts > 0)
                out.append(sum);
        }
        return out;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace arwain
