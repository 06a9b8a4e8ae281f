// ActivityRows: enrolments, sessions, attendance and feedback, read, checked and written (see
// ActivityRows.h).
#include "io/csv/ActivityRows.h"

#include "domain/Lifecycle.h"
#include "domain/Parsing.h"
#include "services/EnrolmentService.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

ActivityRows::ActivityRows(Store& store, ImportLookups& lookups)
    : m_store(store), m_lookups(lookups), m_sessions(store), m_feedback(store)
{
}

ActivityRows::~ActivityRows() = default;

void ActivityRows::finish()
{
    if (m_bulk)
        m_bulk->flush();
}

// Enrolments are many (a nation's million): people, cohorts and enrolments are read once into maps,
// the service's rules are applied to them, and new rows go out in batches (BulkStore).
ImportOutcome ActivityRows::enrolment(ImportRow& row)
{
    if (!m_enrolmentsLoaded) {
        for (const Enrolment& e : m_store.enrolments()) {
            m_enrolled.insert(ImportLookups::pairKey(e.participantId, e.cohortId),
                              {e.id, e.cohortId, e.status});
            if (e.continuesId)
                m_resumed.insert(e.continuesId);
        }
        m_enrolmentsLoaded = true;
    }
    const auto person = m_lookups.personIdWithEmail(row, u"email"_s);
    const auto cohort = m_lookups.cohortNamed(row, u"cohort"_s);
    Enrolment e;
    e.status = row.term(u"status"_s, Status::Enrolled);
    e.statusDate = row.date(u"status_date"_s);
    e.reason = row.term(u"reason"_s, Reason::Unset);
    e.note = row.text(u"note"_s);
    std::optional<Enrolment> deferred;
    if (row.has(u"continues_cohort"_s)) {
        if (const auto earlier = m_lookups.cohortNamed(row, u"continues_cohort"_s); earlier && person) {
            if (const auto found = knownEnrolment(*person, earlier->id)) {
                deferred = found->asEnrolment(*person);
                e.continuesId = found->id;
            } else {
                row.error(u"continues_cohort"_s,
                          Importer::tr("%1 has no enrolment in %2 to continue")
                              .arg(normaliseEmail(row.text(u"email"_s)), earlier->code));
            }
        }
    }
    if (row.bad())
        return ImportOutcome::Bad;
    e.participantId = *person;
    e.cohortId = cohort->id;
    // Without a date, an enrolment is dated from its cohort's start and a finished one from its end.
    if (!e.statusDate.isValid()) {
        const bool finished = e.status != Status::Enrolled && e.status != Status::Waitlisted;
        e.statusDate = finished && cohort->endDate.isValid() ? cohort->endDate : cohort->startDate;
    }
    const quint64 key = ImportLookups::pairKey(e.participantId, e.cohortId);
    if (const auto known = m_enrolled.constFind(key); known != m_enrolled.cend()) {
        // Rare (a file imported again): the whole record is read to compare every field.
        const std::optional<Enrolment> existing = m_store.enrolmentById(known->id);
        if (!existing)
            throw StorageError(Importer::tr("an enrolment disappeared during the import"));
        Enrolment same = e;
        same.id = existing->id;
        same.version = existing->version;
        if (!Lifecycle::needsReason(same.status))
            same.reason = Reason::Unset;
        if (same == *existing)
            return ImportOutcome::Unchanged;
        row.error(u"cohort"_s,
                  ImportRow::differs(Importer::tr("the enrolment of %1 in %2")
                                         .arg(normaliseEmail(row.text(u"email"_s)), cohort->code)));
        return ImportOutcome::Bad;
    }
    const QString problemColumn = e.continuesId ? u"continues_cohort"_s : u"status"_s;
    auto history = EnrolmentService::importedHistory(e, *cohort, m_recordedAt);
    if (!history) {
        row.error(problemColumn, history.error());
        return ImportOutcome::Bad;
    }
    if (deferred) {
        if (auto ok = EnrolmentService::checkResume(*deferred, m_resumed.contains(deferred->id),
                                                    m_lookups.cohortById(deferred->cohortId), *cohort);
            !ok) {
            row.error(problemColumn, ok.error());
            return ImportOutcome::Bad;
        }
        m_resumed.insert(deferred->id);
    }
    if (!m_bulk) {
        m_bulk = std::make_unique<BulkStore>(m_store.database());
        m_nextEnrolment = m_bulk->firstFreeId(BulkStore::Numbered::Enrolment);
    }
    e.id = m_nextEnrolment++;
    e.version = 1;
    m_bulk->add(e);
    for (StatusChange& c : history.value()) {
        c.enrolmentId = e.id;
        m_bulk->add(c);
    }
    // Of the enrolments this file adds, only deferrals are kept: a later row may resume them, and
    // a row repeating an earlier one was refused above (seenKeys). knownEnrolment() finds the rest.
    if (e.status == Status::Deferred)
        m_enrolled.insert(key, {e.id, e.cohortId, e.status});
    return ImportOutcome::Added;
}

ImportOutcome ActivityRows::session(ImportRow& row)
{
    Session s;
    const auto cohort = m_lookups.cohortNamed(row, u"cohort"_s);
    s.date = row.date(u"date"_s);
    s.kind = row.term(u"kind"_s, SessionKind::TeachingDay);
    s.title = row.text(u"title"_s);
    s.startTime = row.time(u"start_time"_s);
    s.facilitator = row.text(u"facilitator"_s);
    s.venue = row.text(u"venue"_s);
    const auto person = m_lookups.personWithEmail(row, u"for_email"_s, false);
    if (row.bad())
        return ImportOutcome::Bad;
    s.cohortId = cohort->id;
    s.participantId = person ? person->id : 0;
    if (const auto existing = m_sessions.sessions().sessionInSlot(s)) {
        s.id = existing->id;
        s.version = existing->version;
        if (s == *existing)
            return ImportOutcome::Unchanged;
        row.error(
            u"date"_s,
            ImportRow::differs(Importer::tr("the session of %1 on %2").arg(cohort->code, dateText(s.date))));
        return ImportOutcome::Bad;
    }
    row.errors(m_sessions.validate(s));
    if (row.bad())
        return ImportOutcome::Bad;
    if (auto saved = m_sessions.save(s); !saved) {
        row.error(u"date"_s, saved.error());
        return ImportOutcome::Bad;
    }
    return ImportOutcome::Added;
}

// The session a mark is for: the one at the given time, else the only one that day open to the
// person (their one-to-one session, or the cohort's session).
std::optional<Session> ActivityRows::sessionFor(ImportRow& row, const Cohort& cohort, const QDate& date,
                                                const QTime& time, qint64 participantId)
{
    QList<Session> open;
    for (const Session& s : m_sessions.sessions().sessionsOn(cohort.id, date))
        if ((s.participantId == 0 || s.participantId == participantId) &&
            (!time.isValid() || s.startTime == time))
            open << s;
    if (open.size() == 1)
        return open.first();
    const QString when =
        time.isValid() ? dateText(date) + u" "_s + time.toString(u"HH:mm"_s) : dateText(date);
    if (open.isEmpty())
        row.error(time.isValid() ? u"session_time"_s : u"session_date"_s,
                  Importer::tr("cohort %1 has no session on %2").arg(cohort.code, when));
    else
        row.error(u"session_time"_s, Importer::tr("cohort %1 has %2 sessions on %3; give the session_time")
                                         .arg(cohort.code)
                                         .arg(open.size())
                                         .arg(dateText(date)));
    return std::nullopt;
}

ImportOutcome ActivityRows::attendance(ImportRow& row)
{
    const auto cohort = m_lookups.cohortNamed(row, u"cohort"_s);
    const QDate date = row.date(u"session_date"_s);
    const QTime time = row.time(u"session_time"_s);
    const auto person = m_lookups.personWithEmail(row, u"email"_s, true);
    const AttendanceMark mark = row.term(u"attendance"_s, AttendanceMark::Present);
    if (row.bad())
        return ImportOutcome::Bad;
    const auto session = sessionFor(row, *cohort, date, time, person->id);
    const auto enrolment = m_store.enrolment(person->id, cohort->id);
    if (!enrolment)
        row.error(u"email"_s, Importer::tr("%1 is not enrolled in %2").arg(person->email, cohort->code));
    if (row.bad())
        return ImportOutcome::Bad;
    if (const auto existing = m_sessions.sessions().attendanceOf(session->id, enrolment->id)) {
        if (existing->mark == mark)
            return ImportOutcome::Unchanged;
        row.error(u"attendance"_s, ImportRow::differs(Importer::tr("attendance of %1").arg(person->email)));
        return ImportOutcome::Bad;
    }
    if (auto saved = m_sessions.setMarks({{session->id, enrolment->id, mark}}); !saved) {
        row.error(u"attendance"_s, saved.error());
        return ImportOutcome::Bad;
    }
    return ImportOutcome::Added;
}

// A feedback file is taken as the full set of responses so far: a response equal to one already
// in the database (and not yet matched by an earlier row) is not added again.
ImportOutcome ActivityRows::feedback(ImportRow& row)
{
    Feedback f;
    const auto cohort = m_lookups.cohortNamed(row, u"cohort"_s);
    const auto person = m_lookups.personWithEmail(row, u"email"_s, false);
    f.metNeeds = row.term(u"met_needs"_s, MetNeeds::Unset);
    f.metExpectations = row.term(u"met_expectations"_s, YesNo::Unset);
    f.learnedUsable = row.term(u"learned_usable"_s, YesNo::Unset);
    f.relevant = row.term(u"relevant"_s, YesNo::Unset);
    f.recommend = row.term(u"recommend"_s, YesNo::Unset);
    f.comment = row.text(u"comment"_s);
    if (row.bad())
        return ImportOutcome::Bad;
    f.cohortId = cohort->id;
    f.participantId = person ? person->id : 0;
    if (!m_feedbackLoaded.contains(f.cohortId)) {
        m_feedbackLoaded.insert(f.cohortId);
        m_unmatchedFeedback[f.cohortId] = m_feedback.responses().feedbackOfCohort(f.cohortId);
    }
    QList<Feedback>& pool = m_unmatchedFeedback[f.cohortId];
    for (qsizetype i = 0; i < pool.size(); ++i) {
        if (pool.at(i).sameAnswers(f)) {
            pool.removeAt(i);
            return ImportOutcome::Unchanged;
        }
    }
    row.errors(m_feedback.validate(f));
    if (row.bad())
        return ImportOutcome::Bad;
    if (auto saved = m_feedback.save(f); !saved) {
        row.error(u"cohort"_s, saved.error());
        return ImportOutcome::Bad;
    }
    return ImportOutcome::Added;
}

// The enrolment of a person in a cohort: in the database before the import, a deferral this file
// added, or (rarely: a row that resumes what is not a deferral) read back from the database.
std::optional<ActivityRows::KnownEnrolment> ActivityRows::knownEnrolment(qint64 participantId,
                                                                         qint64 cohortId)
{
    if (const auto found = m_enrolled.constFind(ImportLookups::pairKey(participantId, cohortId));
        found != m_enrolled.cend())
        return *found;
    if (m_bulk)
        m_bulk->flush();
    if (const auto e = m_store.enrolment(participantId, cohortId))
        return KnownEnrolment{e->id, e->cohortId, e->status};
    return std::nullopt;
}

} // namespace arwain
