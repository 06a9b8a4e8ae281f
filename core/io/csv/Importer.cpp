// Importer: header checks, then each row parsed, validated by the services' rules and written inside
// one transaction that is rolled back if any row is bad (or on a dry run).
#include "io/csv/Importer.h"

#include "domain/Clock.h"
#include "domain/Lifecycle.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "io/csv/CsvCell.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvRecord.h"
#include "io/csv/ImportReport.h"
#include "io/csv/SeenKeys.h"
#include "services/CatalogueService.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"
#include "services/FieldError.h"
#include "services/SessionService.h"
#include "storage/BulkStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// One data row: its cells by column name, and the problems found in it.
class Row
{
public:
    Row(const QHash<QString, QString>& cells) : m_cells(cells) {}

    QString text(const QString& column) const { return m_cells.value(column).trimmed(); }
    bool has(const QString& column) const { return !text(column).isEmpty(); }
    void error(const QString& column, const QString& message) { m_errors.append({column, message}); }
    void errors(const FieldErrors& list) { m_errors.append(list); }
    const FieldErrors& problems() const { return m_errors; }
    bool bad() const { return !m_errors.isEmpty(); }

    template <typename E> E term(const QString& column, E fallback)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return fallback;
        if (auto v = fromText<E>(t))
            return *v;
        error(column, Importer::tr("\"%1\" is not a %2 (expected %3)").arg(t, termName<E>(), allTexts<E>()));
        return fallback;
    }
    QDate date(const QString& column)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return {};
        if (auto d = parseDate(t))
            return *d;
        error(column, Importer::tr("\"%1\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)").arg(t));
        return {};
    }
    // A time of day, "14:00" or "9:30"; null when empty.
    QTime time(const QString& column)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return {};
        for (const QString& format : {u"HH:mm"_s, u"H:mm"_s, u"HH:mm:ss"_s})
            if (const QTime v = QTime::fromString(t, format); v.isValid())
                return v;
        error(column, Importer::tr("\"%1\" is not a time of day (expected HH:MM, e.g. 09:30)").arg(t));
        return {};
    }
    std::optional<int> number(const QString& column)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int v = t.toInt(&ok);
        if (!ok) {
            error(column, Importer::tr("\"%1\" is not a whole number").arg(t));
            return std::nullopt;
        }
        return v;
    }

private:
    const QHash<QString, QString>& m_cells;
    FieldErrors m_errors;
};

enum class Outcome
{
    Added,
    Unchanged,
    Bad
};

QString differs(const QString& what)
{
    return Importer::tr("%1 is already recorded with different values; change it in the app (or with "
                        "arwain-cli status) rather than by import")
        .arg(what);
}

// Reads each kind's row, compares it with what the database holds by key, and writes it if new.
class RowImporter
{
public:
    RowImporter(Store& store)
        : m_store(store), m_catalogue(store), m_enrolments(store), m_sessions(store), m_feedback(store)
    {
    }

    int organisationsCreated = 0;

    // Writes the rows still queued for a batch; before the transaction commits.
    void finish()
    {
        if (m_bulk)
            m_bulk->flush();
    }

    Outcome import(CsvKind kind, Row& row)
    {
        switch (kind) {
        case CsvKind::Programmes:
            return programme(row);
        case CsvKind::Organisations:
            return organisation(row);
        case CsvKind::Participants:
            return participant(row);
        case CsvKind::Cohorts:
            return cohort(row);
        case CsvKind::Enrolments:
            return enrolment(row);
        case CsvKind::Sessions:
            return session(row);
        case CsvKind::Attendance:
            return attendance(row);
        case CsvKind::Feedback:
            return feedback(row);
        case CsvKind::Network:
            return network(row);
        }
        return Outcome::Bad;
    }

private:
    template <typename T, typename Existing>
    Outcome settle(Row& row, T record, const std::optional<Existing>& existing, const QString& keyColumn,
                   const QString& what)
    {
        if (row.bad())
            return Outcome::Bad;
        if (existing) {
            record.id = existing->id;
            record.version = existing->version;
            if (record == *existing)
                return Outcome::Unchanged;
            row.error(keyColumn, differs(what));
            return Outcome::Bad;
        }
        row.errors(m_catalogue.validate(record));
        if (row.bad())
            return Outcome::Bad;
        auto saved = m_catalogue.save(record);
        if (!saved) {
            row.error(keyColumn, saved.error());
            return Outcome::Bad;
        }
        return Outcome::Added;
    }

    std::optional<Cohort> cohortNamed(Row& row, const QString& column)
    {
        const QString code = row.text(column);
        if (code.isEmpty()) {
            row.error(column, Importer::tr("required"));
            return std::nullopt;
        }
        if (m_cohortsByCode.isEmpty())
            for (const Cohort& c : m_store.cohorts()) {
                m_cohortsByCode.insert(codeKey(c.code), c);
                m_cohortsById.insert(c.id, c);
            }
        const auto found = m_cohortsByCode.constFind(codeKey(code));
        if (found == m_cohortsByCode.cend()) {
            row.error(column, Importer::tr("no cohort with code %1").arg(code));
            return std::nullopt;
        }
        return *found;
    }

    // The id of the person with the email in `column`, from every person's email read once.
    std::optional<qint64> personIdWithEmail(Row& row, const QString& column)
    {
        const QString email = normaliseEmail(row.text(column));
        if (email.isEmpty()) {
            row.error(column, Importer::tr("required"));
            return std::nullopt;
        }
        if (!m_peopleLoaded) {
            m_idsByEmail = m_store.participantIdsByEmail();
            m_peopleLoaded = true;
        }
        const auto found = m_idsByEmail.constFind(email);
        if (found == m_idsByEmail.cend()) {
            row.error(column,
                      Importer::tr("no participant with email %1 (import participants first)").arg(email));
            return std::nullopt;
        }
        return *found;
    }

    std::optional<Participant> personWithEmail(Row& row, const QString& column, bool required)
    {
        const QString email = normaliseEmail(row.text(column));
        if (email.isEmpty()) {
            if (required)
                row.error(column, Importer::tr("required"));
            return std::nullopt;
        }
        auto p = m_store.participantByEmail(email);
        if (!p)
            row.error(column,
                      Importer::tr("no participant with email %1 (import participants first)").arg(email));
        return p;
    }

    Outcome programme(Row& row)
    {
        Programme p;
        p.code = row.text(u"code"_s);
        p.name = row.text(u"name"_s);
        p.welshName = row.text(u"welsh_name"_s);
        p.kind = row.term(u"kind"_s, ProgrammeKind::Course);
        return settle(row, p, m_store.programmeByCode(p.code), u"code"_s,
                      Importer::tr("programme %1").arg(p.code));
    }

    Outcome organisation(Row& row)
    {
        Organisation o;
        o.name = row.text(u"name"_s);
        o.sector = row.term(u"sector"_s, Sector::Unset);
        o.region = row.term(u"region"_s, Region::Unset);
        return settle(row, o, m_store.organisationByName(o.name), u"name"_s,
                      Importer::tr("organisation %1").arg(o.name));
    }

    // People are many too (a nation's 200,000): everyone and every organisation are read once into maps,
    // the service's checks that need no database run on each row, and new people go out through
    // BulkStore. The maps stand for the database's checks: an address is someone else's, or it is new.
    Outcome participant(Row& row)
    {
        if (!m_participantsLoaded) {
            for (const Organisation& o : m_store.organisations())
                m_organisations.insert(codeKey(o.name), o.id);
            for (const Participant& p : m_store.participants())
                rememberPerson(p);
            m_participantsLoaded = true;
        }
        Participant p;
        p.givenName = row.text(u"given_name"_s);
        p.familyName = row.text(u"family_name"_s);
        p.email = normaliseEmail(row.text(u"email"_s));
        p.jobRole = row.term(u"job_role"_s, JobRole::Unset);
        p.preferredLanguage = row.term(u"preferred_language"_s, Language::English);
        const QString orgName = row.text(u"organisation"_s);
        if (!orgName.isEmpty()) {
            if (const auto org = m_organisations.constFind(codeKey(orgName)); org != m_organisations.cend()) {
                p.organisationId = *org;
            } else if (!row.bad()) {
                // New organisations are created with sector and region left empty, and counted.
                auto saved = m_catalogue.save(Organisation{0, orgName, Sector::Unset, Region::Unset});
                if (!saved) {
                    row.error(u"organisation"_s, saved.error());
                    return Outcome::Bad;
                }
                p.organisationId = saved.value().id;
                m_organisations.insert(codeKey(orgName), p.organisationId);
                ++organisationsCreated;
            }
        }
        if (!p.email.isEmpty() && !isPlausibleEmail(p.email)) {
            row.error(u"email"_s, Importer::tr("%1 is not an email address").arg(p.email));
            return Outcome::Bad;
        }
        const QString key = personKey(p);
        const QString keyColumn = p.email.isEmpty() ? u"given_name"_s : u"email"_s;
        if (row.bad())
            return Outcome::Bad;
        if (const auto existing = m_peopleByKey.constFind(key); existing != m_peopleByKey.cend()) {
            p.id = existing->id;
            p.version = existing->version;
            if (p == *existing)
                return Outcome::Unchanged;
            row.error(keyColumn,
                      differs(p.email.isEmpty()
                                  ? Importer::tr("participant %1 %2").arg(p.givenName, p.familyName)
                                  : Importer::tr("participant %1").arg(p.email)));
            return Outcome::Bad;
        }
        row.errors(CatalogueService::validateFields(p));
        if (row.bad())
            return Outcome::Bad;
        if (!m_bulk)
            m_bulk = std::make_unique<BulkStore>(m_store.database());
        if (m_nextParticipant == 0)
            m_nextParticipant = m_bulk->firstFreeId(BulkStore::Numbered::Participant);
        p.id = m_nextParticipant++;
        p.version = 1;
        m_bulk->add(p);
        rememberPerson(p);
        return Outcome::Added;
    }

    // A person is found by address, or, without one, by names and organisation (as the store does).
    static QString personKey(const Participant& p)
    {
        return p.email.isEmpty() ? u"\x1f"_s + p.givenName + u'\x1f' + p.familyName + u'\x1f' +
                                       QString::number(p.organisationId)
                                 : p.email;
    }
    void rememberPerson(const Participant& p) { m_peopleByKey.insert(personKey(p), p); }

    Outcome cohort(Row& row)
    {
        Cohort c;
        c.code = row.text(u"code"_s);
        const QString programmeCode = row.text(u"programme"_s);
        if (auto p = m_store.programmeByCode(programmeCode))
            c.programmeId = p->id;
        else
            row.error(u"programme"_s, Importer::tr("no programme with code %1").arg(programmeCode));
        c.title = row.text(u"title"_s);
        c.startDate = row.date(u"start_date"_s);
        c.endDate = row.date(u"end_date"_s);
        c.deliveryMode = row.term(u"delivery_mode"_s, DeliveryMode::Unset);
        c.venue = row.text(u"venue"_s);
        c.region = row.term(u"region"_s, Region::Unset);
        c.provider = row.text(u"provider"_s);
        c.partner = row.text(u"partner"_s);
        c.capacity = row.number(u"capacity"_s);
        c.headcount = row.number(u"headcount"_s);
        return settle(row, c, m_store.cohortByCode(c.code), u"code"_s, Importer::tr("cohort %1").arg(c.code));
    }

    // Enrolments are many (a nation's million): people, cohorts and enrolments are read once into maps,
    // the service's rules are applied to them, and new rows go out in batches (BulkStore).
    Outcome enrolment(Row& row)
    {
        if (!m_enrolmentsLoaded) {
            for (const Enrolment& e : m_store.enrolments()) {
                m_enrolled.insert(pairKey(e.participantId, e.cohortId), {e.id, e.cohortId, e.status});
                if (e.continuesId)
                    m_resumed.insert(e.continuesId);
            }
            m_enrolmentsLoaded = true;
        }
        const auto person = personIdWithEmail(row, u"email"_s);
        const auto cohort = cohortNamed(row, u"cohort"_s);
        Enrolment e;
        e.status = row.term(u"status"_s, Status::Enrolled);
        e.statusDate = row.date(u"status_date"_s);
        e.reason = row.term(u"reason"_s, Reason::Unset);
        e.note = row.text(u"note"_s);
        std::optional<Enrolment> deferred;
        if (row.has(u"continues_cohort"_s)) {
            if (const auto earlier = cohortNamed(row, u"continues_cohort"_s); earlier && person) {
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
            return Outcome::Bad;
        e.participantId = *person;
        e.cohortId = cohort->id;
        // Without a date, an enrolment is dated from its cohort's start and a finished one from its end.
        if (!e.statusDate.isValid()) {
            const bool finished = e.status != Status::Enrolled && e.status != Status::Waitlisted;
            e.statusDate = finished && cohort->endDate.isValid() ? cohort->endDate : cohort->startDate;
        }
        const quint64 key = pairKey(e.participantId, e.cohortId);
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
                return Outcome::Unchanged;
            row.error(u"cohort"_s, differs(Importer::tr("the enrolment of %1 in %2")
                                               .arg(normaliseEmail(row.text(u"email"_s)), cohort->code)));
            return Outcome::Bad;
        }
        const QString problemColumn = e.continuesId ? u"continues_cohort"_s : u"status"_s;
        auto history = EnrolmentService::importedHistory(e, *cohort, m_recordedAt);
        if (!history) {
            row.error(problemColumn, history.error());
            return Outcome::Bad;
        }
        if (deferred) {
            if (auto ok = EnrolmentService::checkResume(*deferred, m_resumed.contains(deferred->id),
                                                        m_cohortsById.value(deferred->cohortId), *cohort);
                !ok) {
                row.error(problemColumn, ok.error());
                return Outcome::Bad;
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
        return Outcome::Added;
    }

    Outcome session(Row& row)
    {
        Session s;
        const auto cohort = cohortNamed(row, u"cohort"_s);
        s.date = row.date(u"date"_s);
        s.kind = row.term(u"kind"_s, SessionKind::TeachingDay);
        s.title = row.text(u"title"_s);
        s.startTime = row.time(u"start_time"_s);
        s.facilitator = row.text(u"facilitator"_s);
        s.venue = row.text(u"venue"_s);
        const auto person = personWithEmail(row, u"for_email"_s, false);
        if (row.bad())
            return Outcome::Bad;
        s.cohortId = cohort->id;
        s.participantId = person ? person->id : 0;
        if (const auto existing = m_sessions.sessions().sessionInSlot(s)) {
            s.id = existing->id;
            s.version = existing->version;
            if (s == *existing)
                return Outcome::Unchanged;
            row.error(u"date"_s,
                      differs(Importer::tr("the session of %1 on %2").arg(cohort->code, dateText(s.date))));
            return Outcome::Bad;
        }
        row.errors(m_sessions.validate(s));
        if (row.bad())
            return Outcome::Bad;
        if (auto saved = m_sessions.save(s); !saved) {
            row.error(u"date"_s, saved.error());
            return Outcome::Bad;
        }
        return Outcome::Added;
    }

    // The session a mark is for: the one at the given time, else the only one that day open to the
    // person (their one-to-one session, or the cohort's session).
    std::optional<Session> sessionFor(Row& row, const Cohort& cohort, const QDate& date, const QTime& time,
                                      qint64 participantId)
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
            row.error(u"session_time"_s,
                      Importer::tr("cohort %1 has %2 sessions on %3; give the session_time")
                          .arg(cohort.code)
                          .arg(open.size())
                          .arg(dateText(date)));
        return std::nullopt;
    }

    Outcome attendance(Row& row)
    {
        const auto cohort = cohortNamed(row, u"cohort"_s);
        const QDate date = row.date(u"session_date"_s);
        const QTime time = row.time(u"session_time"_s);
        const auto person = personWithEmail(row, u"email"_s, true);
        const AttendanceMark mark = row.term(u"attendance"_s, AttendanceMark::Present);
        if (row.bad())
            return Outcome::Bad;
        const auto session = sessionFor(row, *cohort, date, time, person->id);
        const auto enrolment = m_store.enrolment(person->id, cohort->id);
        if (!enrolment)
            row.error(u"email"_s, Importer::tr("%1 is not enrolled in %2").arg(person->email, cohort->code));
        if (row.bad())
            return Outcome::Bad;
        if (const auto existing = m_sessions.sessions().attendanceOf(session->id, enrolment->id)) {
            if (existing->mark == mark)
                return Outcome::Unchanged;
            row.error(u"attendance"_s, differs(Importer::tr("attendance of %1").arg(person->email)));
            return Outcome::Bad;
        }
        if (auto saved = m_sessions.setMarks({{session->id, enrolment->id, mark}}); !saved) {
            row.error(u"attendance"_s, saved.error());
            return Outcome::Bad;
        }
        return Outcome::Added;
    }

    // A feedback file is taken as the full set of responses so far: a response equal to one already
    // in the database (and not yet matched by an earlier row) is not added again.
    Outcome feedback(Row& row)
    {
        Feedback f;
        const auto cohort = cohortNamed(row, u"cohort"_s);
        const auto person = personWithEmail(row, u"email"_s, false);
        f.metNeeds = row.term(u"met_needs"_s, MetNeeds::Unset);
        f.metExpectations = row.term(u"met_expectations"_s, YesNo::Unset);
        f.learnedUsable = row.term(u"learned_usable"_s, YesNo::Unset);
        f.relevant = row.term(u"relevant"_s, YesNo::Unset);
        f.recommend = row.term(u"recommend"_s, YesNo::Unset);
        f.comment = row.text(u"comment"_s);
        if (row.bad())
            return Outcome::Bad;
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
                return Outcome::Unchanged;
            }
        }
        row.errors(m_feedback.validate(f));
        if (row.bad())
            return Outcome::Bad;
        if (auto saved = m_feedback.save(f); !saved) {
            row.error(u"cohort"_s, saved.error());
            return Outcome::Bad;
        }
        return Outcome::Added;
    }

    Outcome network(Row& row)
    {
        const auto person = personWithEmail(row, u"email"_s, true);
        NetworkMember m;
        m.joinedOn = row.date(u"joined_on"_s);
        m.leftOn = row.date(u"left_on"_s);
        if (row.bad())
            return Outcome::Bad;
        m.participantId = person->id;
        if (const auto existing = m_store.networkMember(m.participantId)) {
            if (*existing == m)
                return Outcome::Unchanged;
            row.error(u"email"_s, differs(Importer::tr("network membership of %1").arg(person->email)));
            return Outcome::Bad;
        }
        row.errors(m_catalogue.validate(m));
        if (row.bad())
            return Outcome::Bad;
        if (auto saved = m_catalogue.save(m); !saved) {
            row.error(u"email"_s, saved.error());
            return Outcome::Bad;
        }
        return Outcome::Added;
    }

    // What the rules need of an enrolment: those in the database before the import and the deferrals
    // it adds (at a million rows a whole record of every enrolment would be most of the memory).
    struct KnownEnrolment
    {
        qint64 id = 0;
        qint64 cohortId = 0;
        Status status = Status::Enrolled;
        Enrolment asEnrolment(qint64 participantId) const
        {
            Enrolment e;
            e.id = id;
            e.participantId = participantId;
            e.cohortId = cohortId;
            e.status = status;
            return e;
        }
    };
    // The enrolment of a person in a cohort: in the database before the import, a deferral this file
    // added, or (rarely: a row that resumes what is not a deferral) read back from the database.
    std::optional<KnownEnrolment> knownEnrolment(qint64 participantId, qint64 cohortId)
    {
        if (const auto found = m_enrolled.constFind(pairKey(participantId, cohortId));
            found != m_enrolled.cend())
            return *found;
        if (m_bulk)
            m_bulk->flush();
        if (const auto e = m_store.enrolment(participantId, cohortId))
            return KnownEnrolment{e->id, e->cohortId, e->status};
        return std::nullopt;
    }

    static quint64 pairKey(qint64 participantId, qint64 cohortId)
    {
        return (quint64(participantId) << 32) ^ quint64(cohortId);
    }
    // Cohort codes compare as SQLite's NOCASE does: ASCII letters without case.
    static QString codeKey(const QString& code)
    {
        QString key = code;
        for (QChar& c : key)
            if (c.unicode() < 128)
                c = c.toLower();
        return key;
    }

    Store& m_store;
    QHash<QString, Cohort> m_cohortsByCode;
    QHash<qint64, Cohort> m_cohortsById;
    QHash<QString, qint64> m_idsByEmail;
    bool m_peopleLoaded = false;
    QHash<quint64, KnownEnrolment> m_enrolled;
    QSet<qint64> m_resumed;
    bool m_enrolmentsLoaded = false;
    QHash<QString, qint64> m_organisations;
    QHash<QString, Participant> m_peopleByKey;
    bool m_participantsLoaded = false;
    qint64 m_nextParticipant = 0;
    std::unique_ptr<BulkStore> m_bulk;
    qint64 m_nextEnrolment = 0;
    // One time for the whole file: it is one transaction (and reading the clock costs a system call).
    const QDateTime m_recordedAt = Clock::now();
    CatalogueService m_catalogue;
    EnrolmentService m_enrolments;
    SessionService m_sessions;
    FeedbackService m_feedback;
    QSet<qint64> m_feedbackLoaded;
    QHash<qint64, QList<Feedback>> m_unmatchedFeedback;
};

// The key columns of a kind: a key seen twice in one file is a mistake in the file.
QStringList keyColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Programmes:
    case CsvKind::Cohorts:
        return {u"code"_s};
    case CsvKind::Organisations:
        return {u"name"_s};
    case CsvKind::Participants:
    case CsvKind::Network:
        return {u"email"_s};
    case CsvKind::Enrolments:
        return {u"email"_s, u"cohort"_s};
    case CsvKind::Sessions:
        return {u"cohort"_s, u"date"_s, u"start_time"_s, u"for_email"_s};
    case CsvKind::Attendance:
        return {u"cohort"_s, u"session_date"_s, u"session_time"_s, u"email"_s};
    case CsvKind::Feedback:
        return {};
    }
    return {};
}

} // namespace

Result<ImportReport> Importer::run(CsvKind kind, QIODevice& device, const QString& fileName, bool dryRun,
                                   const Progress& progress)
{
    // The file is read a block at a time as its rows are checked, so memory does not grow with it.
    CsvReader reader(device, fileName);
    auto first = reader.next();
    if (!first)
        return first.toError();
    const CsvRecord header = std::move(*first.value());

    ImportReport report;
    auto addError = [&](int line, const QString& column, const QString& message) {
        if (report.errors.size() < kMaxErrors)
            report.errors << (column.isEmpty()
                                  ? u"%1:%2: %3"_s.arg(fileName).arg(line).arg(message)
                                  : u"%1:%2: %3: %4"_s.arg(fileName).arg(line).arg(column, message));
        else
            ++report.moreErrors;
    };

    // The header: names in any order and case; every required column, nothing unknown, nothing twice.
    const QList<CsvColumn> columns = csvColumns(kind);
    QStringList names;
    for (const QString& raw : header.fields) {
        const QString name = raw.trimmed().toLower();
        const bool known =
            std::any_of(columns.cbegin(), columns.cend(), [&](const CsvColumn& c) { return c.name == name; });
        if (!known)
            addError(header.line, raw.trimmed(),
                     tr("unknown column (a %1 file has: %2)")
                         .arg(toText(kind), csvColumnNames(kind).join(u", "_s)));
        else if (names.contains(name))
            addError(header.line, name, tr("the column appears twice"));
        names << name;
    }
    for (const CsvColumn& c : columns)
        if (c.required && !names.contains(c.name))
            addError(header.line, c.name, tr("missing required column"));
    if (!report.errors.isEmpty())
        return report;

    const QStringList keys = keyColumns(kind);
    bool cancelled = false;
    QString unreadable; // the file could not be read to its end: nothing is written
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        // One audit entry for the whole file, not one per row.
        m_store.database().auditAsOne(u"import"_s, QFileInfo(fileName).fileName(), toText(kind));
        RowImporter importer(m_store);
        SeenKeys seenKeys;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                unreadable = next.error();
                return fail(QString());
            }
            if (!next.value())
                break;
            const CsvRecord rec = std::move(*next.value());
            ++report.rows;
            if (progress && report.rows % 200 == 0 && !progress(report.rows, reader.percentRead())) {
                cancelled = true;
                return fail(tr("cancelled"));
            }
            if (rec.fields.size() != names.size()) {
                addError(rec.line, QString(),
                         tr("expected %1 cells, found %2").arg(names.size()).arg(rec.fields.size()));
                continue;
            }
            QHash<QString, QString> cells;
            for (qsizetype c = 0; c < names.size(); ++c)
                cells.insert(names.at(c), csvcell::unprotect(rec.fields.at(c)));
            Row row(cells);
            for (const CsvColumn& c : columns) {
                if (c.required && names.contains(c.name) && row.text(c.name).isEmpty())
                    row.error(c.name, tr("required"));
                if (const auto wrong = unmeantCharacter(cells.value(c.name), c.multiline))
                    row.error(c.name, *wrong);
            }
            if (!keys.isEmpty() && !row.bad()) {
                QStringList parts;
                for (const QString& k : keys)
                    parts << (k == u"email"_s ? normaliseEmail(row.text(k)) : row.text(k).toLower());
                if (!parts.join(QString()).isEmpty()) {
                    if (const int earlier = seenKeys.firstLine(parts.join(u'\x1f'), rec.line); earlier != 0)
                        row.error(keys.first(), tr("%1 appears twice in the file (first on line %2)")
                                                    .arg(parts.join(u", "_s))
                                                    .arg(earlier));
                }
            }
            const Outcome outcome = row.bad() ? Outcome::Bad : importer.import(kind, row);
            for (const FieldError& e : row.problems())
                addError(rec.line, e.field, e.message);
            if (outcome == Outcome::Added)
                ++report.added;
            else if (outcome == Outcome::Unchanged)
                ++report.unchanged;
        }
        if (progress && !progress(report.rows, reader.percentRead())) {
            cancelled = true;
            return fail(tr("cancelled"));
        }
        report.organisationsCreated = importer.organisationsCreated;
        if (!report.errors.isEmpty() || dryRun)
            return fail(QString()); // roll back: nothing is written
        try {
            importer.finish();
        } catch (const StorageError& e) {
            return fail(tr("%1: %2").arg(fileName, e.message()));
        }
        m_store.database().auditAsOne(
            u"import"_s, QFileInfo(fileName).fileName(),
            u"%1: %2 added, %3 unchanged"_s.arg(toText(kind)).arg(report.added).arg(report.unchanged));
        return {};
    });
    if (cancelled)
        return fail(tr("%1: import cancelled; nothing was written").arg(fileName));
    if (!unreadable.isEmpty())
        return fail(unreadable);
    if (!written && !written.error().isEmpty())
        return written.toError();
    report.written = written.ok();
    return report;
}

} // namespace arwain
