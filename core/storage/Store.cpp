// Store: the SQL of Arwain's tables, one small read function per table.
#include "storage/Store.h"

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

namespace {

using sql::all;
using sql::dateOf;
using sql::first;
using sql::intOrNone;
using sql::intOrNull;
using sql::term;
using sql::termOrNull;
using sql::withIdsIn;

const QString kCohortsCounted = sql::cohortsCounted();
using sql::periodBounds;

const QString kProgramme =
    u"SELECT id, code, name, welsh_name, kind, attendance_threshold, attendance_kind, version FROM programme "_s;
Programme readProgramme(const QSqlQuery& q)
{
    Programme p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.welshName = q.value(3).toString();
    p.kind = term(q.value(4), ProgrammeKind::Course);
    p.attendanceThreshold = q.value(5).toInt();
    if (!q.value(6).isNull())
        p.attendanceKind = fromText<SessionKind>(q.value(6).toString());
    p.version = q.value(7).toLongLong();
    return p;
}
QVariantList programmeValues(const Programme& p)
{
    return {p.code,
            p.name,
            p.welshName,
            toText(p.kind),
            p.attendanceThreshold > 0 ? QVariant(p.attendanceThreshold) : QVariant(QMetaType(QMetaType::Int)),
            p.attendanceKind ? QVariant(toText(*p.attendanceKind)) : QVariant(QMetaType(QMetaType::QString))};
}

const QString kOrganisation = u"SELECT id, name, sector, region, version FROM organisation "_s;
Organisation readOrganisation(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), term(q.value(2), Sector::Unset),
            term(q.value(3), Region::Unset), q.value(4).toLongLong()};
}

const QString kCohort = u"SELECT id, code, programme_id, title, start_date, end_date, delivery_mode, venue, "
                        "region, provider, partner, capacity, headcount, version FROM cohort "_s;
Cohort readCohort(const QSqlQuery& q)
{
    Cohort c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.programmeId = q.value(2).toLongLong();
    c.title = q.value(3).toString();
    c.startDate = dateOf(q.value(4));
    c.endDate = dateOf(q.value(5));
    c.deliveryMode = term(q.value(6), DeliveryMode::Unset);
    c.venue = q.value(7).toString();
    c.region = term(q.value(8), Region::Unset);
    c.provider = q.value(9).toString();
    c.partner = q.value(10).toString();
    c.capacity = intOrNone(q.value(11));
    c.headcount = intOrNone(q.value(12));
    c.version = q.value(13).toLongLong();
    return c;
}
QVariantList cohortValues(const Cohort& c)
{
    return {c.code,
            c.programmeId,
            c.title,
            sql::orNull(c.startDate),
            sql::orNull(c.endDate),
            termOrNull(c.deliveryMode),
            c.venue,
            termOrNull(c.region),
            c.provider,
            c.partner,
            intOrNull(c.capacity),
            intOrNull(c.headcount)};
}

const QString kParticipant = u"SELECT id, given_name, family_name, email, organisation_id, job_role, "
                             "preferred_language, anonymised, version FROM participant "_s;
Participant readParticipant(const QSqlQuery& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.givenName = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.email = q.value(3).toString();
    p.organisationId = q.value(4).toLongLong();
    p.jobRole = term(q.value(5), JobRole::Unset);
    p.preferredLanguage = term(q.value(6), Language::English);
    p.anonymised = q.value(7).toBool();
    p.version = q.value(8).toLongLong();
    return p;
}
QVariantList participantValues(const Participant& p)
{
    return {p.givenName,           p.familyName,
            sql::orNull(p.email),  sql::orNull(p.organisationId),
            termOrNull(p.jobRole), toText(p.preferredLanguage),
            p.anonymised ? 1 : 0};
}

const QString kEnrolment =
    u"SELECT id, participant_id, cohort_id, status, status_date, reason, note, continues_id, version FROM enrolment "_s;
Enrolment readEnrolment(const QSqlQuery& q)
{
    Enrolment e;
    e.id = q.value(0).toLongLong();
    e.participantId = q.value(1).toLongLong();
    e.cohortId = q.value(2).toLongLong();
    e.status = term(q.value(3), Status::Enrolled);
    e.statusDate = dateOf(q.value(4));
    e.reason = term(q.value(5), Reason::Unset);
    e.note = q.value(6).toString();
    e.continuesId = q.value(7).toLongLong();
    e.version = q.value(8).toLongLong();
    return e;
}

const QString kHistory =
    u"SELECT id, enrolment_id, from_status, to_status, effective_date, recorded_at, reason, "
    "note, kind, reverts FROM status_history "_s;
StatusChange readHistory(const QSqlQuery& q)
{
    StatusChange c;
    c.id = q.value(0).toLongLong();
    c.enrolmentId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.from = term(q.value(2), Status::Enrolled);
    c.to = term(q.value(3), Status::Enrolled);
    c.effectiveDate = dateOf(q.value(4));
    c.recordedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    c.reason = term(q.value(6), Reason::Unset);
    c.note = q.value(7).toString();
    c.kind = term(q.value(8), HistoryKind::Changed);
    c.reverts = q.value(9).toLongLong();
    return c;
}

const QString kNetwork = u"SELECT participant_id, joined_on, left_on FROM network_member "_s;
NetworkMember readNetwork(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), dateOf(q.value(1)), dateOf(q.value(2))};
}

} // namespace

// The end of every UPDATE of an editable row: bumps its version, and matches only the version shown (when
// one is given). Binds: id, version, version.
const QString Store::kNextVersion =
    u"version = version + 1 WHERE id = ? AND (? = 0 OR version = ?) RETURNING version"_s;

qint64 Store::newVersion(QSqlQuery& q, const QString& what)
{
    if (q.next())
        return q.value(0).toLongLong();
    throw StorageError(conflictMessage(what), StorageError::Kind::Conflict);
}

QString Store::conflictMessage(const QString& what)
{
    if (Database::retry() == Database::Retry::RunAgain)
        return what.isEmpty() ? Database::tr("This record was changed by someone else while the command ran; "
                                             "nothing was saved. Run the command again.")
                              : Database::tr("%1 was changed by someone else while the command ran; nothing "
                                             "was saved. Run the command again.")
                                    .arg(what);
    return what.isEmpty()
               ? Database::tr(
                     "This record was changed by someone else since it was shown; nothing was saved. The "
                     "window now shows their change: make yours again if it is still needed.")
               : Database::tr("%1 was changed by someone else since it was shown; nothing was saved. The "
                              "window now shows their change: make yours again if it is still needed.")
                     .arg(what);
}

// ---- programmes
QList<Programme> Store::programmes() const
{
    return all<Programme>(sql::exec(m_db.connection(), kProgramme + u"ORDER BY id"_s), readProgramme);
}
std::optional<Programme> Store::programmeByCode(const QString& code) const
{
    return first<Programme>(sql::exec(m_db.connection(), kProgramme + u"WHERE code = ?"_s, {code}),
                            readProgramme);
}
std::optional<Programme> Store::programmeById(qint64 id) const
{
    return first<Programme>(sql::exec(m_db.connection(), kProgramme + u"WHERE id = ?"_s, {id}),
                            readProgramme);
}
qint64 Store::insertProgramme(const Programme& p)
{
    const qint64 id =
        sql::insert(m_db.connection(),
                    u"INSERT INTO programme(code, name, welsh_name, kind, attendance_threshold, "
                    "attendance_kind) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    programmeValues(p));
    m_db.touch(Database::Programmes);
    return id;
}
qint64 Store::updateProgramme(const Programme& p)
{
    auto q = sql::exec(
        m_db.connection(),
        u"UPDATE programme SET code = ?, name = ?, welsh_name = ?, kind = ?, attendance_threshold = ?, "
        "attendance_kind = ?, "_s +
            kNextVersion,
        programmeValues(p) << p.id << p.version << p.version);
    m_db.touch(Database::Programmes);
    return newVersion(q, p.code);
}

// ---- organisations
QList<Organisation> Store::organisations() const
{
    return all<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"ORDER BY name"_s),
                             readOrganisation);
}
std::optional<Organisation> Store::organisationByName(const QString& name) const
{
    return first<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"WHERE name = ?"_s, {name}),
                               readOrganisation);
}
QList<Organisation> Store::organisationsWithIds(const QList<qint64>& ids) const
{
    QList<Organisation> out =
        withIdsIn<Organisation>(m_db.connection(), kOrganisation + u"WHERE id IN "_s, ids, readOrganisation);
    std::sort(out.begin(), out.end(),
              [](const Organisation& a, const Organisation& b) { return a.id < b.id; });
    return out;
}
std::optional<Organisation> Store::organisationById(qint64 id) const
{
    return first<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"WHERE id = ?"_s, {id}),
                               readOrganisation);
}
qint64 Store::insertOrganisation(const Organisation& o)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kOrganisation), rows::values(o));
    m_db.touch(Database::Organisations);
    return id;
}
qint64 Store::updateOrganisation(const Organisation& o)
{
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE organisation SET name = ?, sector = ?, region = ?, "_s + kNextVersion,
                       {o.name, termOrNull(o.sector), termOrNull(o.region), o.id, o.version, o.version});
    m_db.touch(Database::Organisations);
    return newVersion(q, o.name);
}

// ---- cohorts
QList<Cohort> Store::cohorts() const
{
    return all<Cohort>(sql::exec(m_db.connection(), kCohort + u"ORDER BY start_date, code"_s), readCohort);
}
QList<Cohort> Store::cohortsToCount(const QDate& from, const QDate& to) const
{
    // The columns of kCohort, those counting does not use read as empty, so that readCohort reads them.
    return all<Cohort>(
        sql::exec(m_db.connection(),
                  u"SELECT id, code, programme_id, '', start_date, end_date, delivery_mode, '', NULL, "
                  "'', '', NULL, headcount, version FROM cohort "
                  "WHERE COALESCE(end_date, start_date) BETWEEN ? AND ? ORDER BY start_date, code"_s,
                  periodBounds(from, to)),
        readCohort);
}
QList<Cohort> Store::cohortsListed() const
{
    // The columns of kCohort, those a list of cohorts does not show read as empty.
    return all<Cohort>(sql::exec(m_db.connection(),
                                 u"SELECT id, code, programme_id, title, start_date, end_date, '', '', NULL, "
                                 "'', '', NULL, NULL, version FROM cohort ORDER BY start_date, code"_s),
                       readCohort);
}
QList<Cohort> Store::cohortsStartingAfter(qint64 programmeId, const QDate& date) const
{
    return all<Cohort>(
        sql::exec(m_db.connection(),
                  kCohort + u"WHERE programme_id = ? AND start_date > ? ORDER BY start_date, code"_s,
                  {programmeId, dateText(date)}),
        readCohort);
}
QList<Cohort> Store::cohortsCounted(const QDate& from, const QDate& to) const
{
    return all<Cohort>(sql::exec(m_db.connection(),
                                 kCohort + u"WHERE COALESCE(end_date, start_date) BETWEEN ? AND ? "
                                           "ORDER BY start_date, code"_s,
                                 periodBounds(from, to)),
                       readCohort);
}
std::optional<Cohort> Store::cohortByCode(const QString& code) const
{
    return first<Cohort>(sql::exec(m_db.connection(), kCohort + u"WHERE code = ?"_s, {code}), readCohort);
}
std::optional<Cohort> Store::cohortById(qint64 id) const
{
    return first<Cohort>(sql::exec(m_db.connection(), kCohort + u"WHERE id = ?"_s, {id}), readCohort);
}
qint64 Store::insertCohort(const Cohort& c)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kCohort), rows::values(c));
    m_db.touch(Database::Cohorts);
    return id;
}
qint64 Store::updateCohort(const Cohort& c)
{
    auto q = sql::exec(
        m_db.connection(),
        u"UPDATE cohort SET code = ?, programme_id = ?, title = ?, start_date = ?, end_date = ?, "
        "delivery_mode = ?, venue = ?, region = ?, provider = ?, partner = ?, capacity = ?, headcount = ?, "_s +
            kNextVersion,
        cohortValues(c) << c.id << c.version << c.version);
    m_db.touch(Database::Cohorts);
    return newVersion(q, c.code);
}

// ---- participants
QList<Participant> Store::participants() const
{
    return all<Participant>(sql::exec(m_db.connection(), kParticipant + u"ORDER BY id"_s), readParticipant);
}
void Store::eachParticipant(const std::function<void(const Participant&)>& each) const
{
    auto q = sql::exec(m_db.connection(), kParticipant + u"ORDER BY id"_s);
    while (q.next())
        each(readParticipant(q));
}
QList<Participant> Store::participantsInNetwork() const
{
    return all<Participant>(
        sql::exec(m_db.connection(),
                  kParticipant + u"WHERE id IN (SELECT participant_id FROM network_member) ORDER BY id"_s),
        readParticipant);
}
QHash<qint64, int> Store::participantsPerOrganisation() const
{
    auto q = sql::exec(m_db.connection(), u"SELECT organisation_id, count(*) FROM participant "
                                          "WHERE organisation_id IS NOT NULL GROUP BY organisation_id"_s);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}
QList<Participant> Store::participantsCounted(const QDate& from, const QDate& to) const
{
    return all<Participant>(
        sql::exec(m_db.connection(),
                  kParticipant + u"WHERE id IN (SELECT participant_id FROM enrolment WHERE cohort_id IN "_s +
                      kCohortsCounted + u") ORDER BY id"_s,
                  periodBounds(from, to)),
        readParticipant);
}
std::optional<Participant> Store::participantByEmail(const QString& email) const
{
    return first<Participant>(sql::exec(m_db.connection(), kParticipant + u"WHERE email = ?"_s, {email}),
                              readParticipant);
}
QList<Participant> Store::participantsWithIds(const QList<qint64>& ids) const
{
    QList<Participant> out =
        withIdsIn<Participant>(m_db.connection(), kParticipant + u"WHERE id IN "_s, ids, readParticipant);
    std::sort(out.begin(), out.end(), [](const Participant& a, const Participant& b) { return a.id < b.id; });
    return out;
}
std::optional<Participant> Store::participantById(qint64 id) const
{
    return first<Participant>(sql::exec(m_db.connection(), kParticipant + u"WHERE id = ?"_s, {id}),
                              readParticipant);
}
std::optional<Participant> Store::participantByName(const QString& given, const QString& family,
                                                    qint64 organisationId) const
{
    return first<Participant>(sql::exec(m_db.connection(),
                                        kParticipant +
                                            u"WHERE email IS NULL AND given_name = ? AND family_name = ? "
                                            "AND COALESCE(organisation_id, 0) = ?"_s,
                                        {given, family, organisationId}),
                              readParticipant);
}
QHash<QString, qint64> Store::participantIdsByEmail() const
{
    QHash<QString, qint64> ids;
    QSqlQuery q =
        sql::exec(m_db.connection(), u"SELECT email, id FROM participant WHERE email IS NOT NULL"_s);
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}
qint64 Store::insertParticipant(const Participant& p)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kParticipant), rows::values(p));
    m_db.touch(Database::Participants);
    return id;
}
qint64 Store::updateParticipant(const Participant& p)
{
    auto q =
        sql::exec(m_db.connection(),
                  u"UPDATE participant SET given_name = ?, family_name = ?, email = ?, organisation_id = ?, "
                  "job_role = ?, preferred_language = ?, anonymised = ?, "_s +
                      kNextVersion,
                  participantValues(p) << p.id << p.version << p.version);
    m_db.touch(Database::Participants);
    return newVersion(q, p.anonymised ? QString() : p.givenName + u' ' + p.familyName);
}

// ---- enrolments
QList<Enrolment> Store::enrolments() const
{
    return all<Enrolment>(sql::exec(m_db.connection(), kEnrolment + u"ORDER BY id"_s), readEnrolment);
}
QList<Enrolment> Store::enrolmentsInCohort(qint64 cohortId) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE cohort_id = ? ORDER BY id"_s, {cohortId}),
        readEnrolment);
}
QList<Enrolment> Store::enrolmentsInCohorts(const QList<qint64>& cohortIds) const
{
    if (cohortIds.isEmpty())
        return {};
    return all<Enrolment>(sql::exec(m_db.connection(),
                                    kEnrolment + u"WHERE cohort_id IN "_s + sql::idList(cohortIds.size()) +
                                        u" ORDER BY cohort_id, id"_s,
                                    sql::idValues(cohortIds)),
                          readEnrolment);
}
QList<Enrolment> Store::enrolmentsOfParticipant(qint64 participantId) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE participant_id = ? ORDER BY id"_s, {participantId}),
        readEnrolment);
}
std::optional<Enrolment> Store::enrolment(qint64 participantId, qint64 cohortId) const
{
    return first<Enrolment>(sql::exec(m_db.connection(),
                                      kEnrolment + u"WHERE participant_id = ? AND cohort_id = ?"_s,
                                      {participantId, cohortId}),
                            readEnrolment);
}
std::optional<Enrolment> Store::enrolmentById(qint64 id) const
{
    return first<Enrolment>(sql::exec(m_db.connection(), kEnrolment + u"WHERE id = ?"_s, {id}),
                            readEnrolment);
}
QList<Enrolment> Store::continuationsOfAny(const QList<qint64>& ids) const
{
    QList<Enrolment> out =
        withIdsIn<Enrolment>(m_db.connection(), kEnrolment + u"WHERE continues_id IN "_s, ids, readEnrolment);
    std::sort(out.begin(), out.end(), [](const Enrolment& a, const Enrolment& b) { return a.id < b.id; });
    return out;
}
QList<Enrolment> Store::continuationsOf(qint64 id) const
{
    return all<Enrolment>(
        sql::exec(m_db.connection(), kEnrolment + u"WHERE continues_id = ? ORDER BY id"_s, {id}),
        readEnrolment);
}
int Store::placesTaken(qint64 cohortId) const
{
    return sql::scalar(
               m_db.connection(),
               u"SELECT COUNT(*) FROM enrolment WHERE cohort_id = ? AND status IN ('enrolled', 'completed')"_s,
               {cohortId})
        .toInt();
}
qint64 Store::insertEnrolment(const Enrolment& e)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kEnrolment), rows::values(e));
    m_db.touch(Database::Enrolments);
    return id;
}
qint64 Store::updateEnrolmentStatus(const Enrolment& e)
{
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE enrolment SET status = ?, status_date = ?, reason = ?, note = ?, "_s +
                           kNextVersion,
                       {toText(e.status), sql::orNull(e.statusDate), termOrNull(e.reason), e.note, e.id,
                        e.version, e.version});
    m_db.touch(Database::Enrolments);
    return newVersion(q, Database::tr("This enrolment"));
}

// ---- status history
QList<StatusChange> Store::history(qint64 enrolmentId) const
{
    return all<StatusChange>(
        sql::exec(m_db.connection(), kHistory + u"WHERE enrolment_id = ? ORDER BY id"_s, {enrolmentId}),
        readHistory);
}
QList<StatusChange> Store::historyOfAny(const QList<qint64>& enrolmentIds) const
{
    QList<StatusChange> out = withIdsIn<StatusChange>(
        m_db.connection(), kHistory + u"WHERE enrolment_id IN "_s, enrolmentIds, readHistory);
    std::sort(out.begin(), out.end(), [](const StatusChange& a, const StatusChange& b) {
        return a.enrolmentId != b.enrolmentId ? a.enrolmentId < b.enrolmentId : a.id < b.id;
    });
    return out;
}
QList<StatusChange> Store::allHistory() const
{
    return all<StatusChange>(sql::exec(m_db.connection(), kHistory + u"ORDER BY enrolment_id, id"_s),
                             readHistory);
}
qint64 Store::insertHistory(const StatusChange& c)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kHistory), rows::values(c));
    m_db.touch(Database::Enrolments);
    return id;
}

// ---- network
QList<NetworkMember> Store::networkMembers() const
{
    return all<NetworkMember>(sql::exec(m_db.connection(), kNetwork + u"ORDER BY participant_id"_s),
                              readNetwork);
}
std::optional<NetworkMember> Store::networkMember(qint64 participantId) const
{
    return first<NetworkMember>(
        sql::exec(m_db.connection(), kNetwork + u"WHERE participant_id = ?"_s, {participantId}), readNetwork);
}
void Store::insertNetworkMember(const NetworkMember& m)
{
    sql::exec(m_db.connection(), rows::insertSql(rows::kNetworkMember), rows::values(m));
    m_db.touch(Database::Network);
}

// ---- audit log
namespace {
const QString kAudit = u"SELECT id, at, actor, action, participant_id, subject, detail FROM audit "_s;
AuditEntry readAudit(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.at.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.participantId = q.value(4).toLongLong();
    e.subject = q.value(5).toString();
    e.detail = q.value(6).toString();
    return e;
}
} // namespace

QList<AuditEntry> Store::auditEntries(const QDateTime& since, int limit) const
{
    const QString from = since.isValid() ? since.toUTC().toString(Qt::ISODate) : QString(u""_s);
    return all<AuditEntry>(
        sql::exec(m_db.connection(), kAudit + u"WHERE at >= ? ORDER BY id DESC LIMIT ?"_s, {from, limit}),
        readAudit);
}
QList<AuditEntry> Store::auditAbout(qint64 participantId) const
{
    return all<AuditEntry>(
        sql::exec(m_db.connection(), kAudit + u"WHERE participant_id = ? ORDER BY id"_s, {participantId}),
        readAudit);
}

// ---- removals
void Store::removeCohort(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM cohort WHERE id = ?"_s, {id});
    m_db.touch(Database::Cohorts);
}
void Store::removeParticipant(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM participant WHERE id = ?"_s, {id});
    m_db.touch(Database::Participants);
}
void Store::anonymiseParticipant(qint64 id)
{
    const QSqlDatabase c = m_db.connection();
    sql::exec(c,
              u"UPDATE participant SET given_name = '', family_name = '', email = NULL, anonymised = 1 "
              "WHERE id = ?"_s,
              {id});
    sql::exec(c, u"UPDATE feedback SET participant_id = NULL WHERE participant_id = ?"_s, {id});
    sql::exec(c, u"UPDATE enrolment SET note = '' WHERE participant_id = ?"_s, {id});
    // The audit log keeps what was done, and when, but no longer whom it was about.
    m_db.dialect().eraseFromHistory(c, id);
    for (Database::Table t : {Database::Participants, Database::Enrolments, Database::Feedback})
        m_db.touch(t);
}
void Store::removeOrganisation(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM organisation WHERE id = ?"_s, {id});
    m_db.touch(Database::Organisations);
}
void Store::removeEnrolment(qint64 id)
{
    m_db.dialect().removeEnrolment(m_db.connection(), id);
    m_db.touch(Database::Enrolments);
}
int Store::referencesToCohort(qint64 id) const
{
    return sql::scalar(m_db.connection(),
                       u"SELECT (SELECT COUNT(*) FROM enrolment WHERE cohort_id = ?) + "
                       "(SELECT COUNT(*) FROM session WHERE cohort_id = ?) + "
                       "(SELECT COUNT(*) FROM feedback WHERE cohort_id = ?)"_s,
                       {id, id, id})
        .toInt();
}
int Store::referencesToParticipant(qint64 id) const
{
    return sql::scalar(m_db.connection(),
                       u"SELECT (SELECT COUNT(*) FROM enrolment WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM feedback WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM session WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM network_member WHERE participant_id = ?)"_s,
                       {id, id, id, id})
        .toInt();
}
int Store::referencesToOrganisation(qint64 id) const
{
    return sql::scalar(m_db.connection(), u"SELECT COUNT(*) FROM participant WHERE organisation_id = ?"_s,
                       {id})
        .toInt();
}

// ---- counting
// ---- settings
QString Store::setting(const QString& key) const
{
    return sql::scalar(m_db.connection(), u"SELECT value FROM setting WHERE key = ?"_s, {key}).toString();
}
void Store::setSetting(const QString& key, const QString& value)
{
    sql::exec(
        m_db.connection(),
        u"INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
    m_db.touch(Database::Settings);
}

} // namespace arwain
