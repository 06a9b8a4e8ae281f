// CatalogueStore: the SQL of the records people type in and look up.
#include "storage/CatalogueStore.h"
#include "storage/Store.h"
#include "storage/StoreRows.h"

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

using namespace storerows;

QList<Programme> CatalogueStore::programmes() const
{
    return all<Programme>(sql::exec(m_db.connection(), kProgramme + u"ORDER BY id"_s), readProgramme);
}

std::optional<Programme> CatalogueStore::programmeByCode(const QString& code) const
{
    return first<Programme>(sql::exec(m_db.connection(), kProgramme + u"WHERE code = ?"_s, {code}),
                            readProgramme);
}

std::optional<Programme> CatalogueStore::programmeById(qint64 id) const
{
    return first<Programme>(sql::exec(m_db.connection(), kProgramme + u"WHERE id = ?"_s, {id}),
                            readProgramme);
}

qint64 CatalogueStore::insertProgramme(const Programme& p)
{
    const qint64 id =
        sql::insert(m_db.connection(),
                    u"INSERT INTO programme(code, name, welsh_name, kind, attendance_threshold, "
                    "attendance_kind) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    programmeValues(p));
    m_db.touch(Database::Programmes);
    return id;
}

qint64 CatalogueStore::updateProgramme(const Programme& p)
{
    auto q = sql::exec(
        m_db.connection(),
        u"UPDATE programme SET code = ?, name = ?, welsh_name = ?, kind = ?, attendance_threshold = ?, "
        "attendance_kind = ?, "_s +
            Store::kNextVersion,
        programmeValues(p) << p.id << p.version << p.version);
    m_db.touch(Database::Programmes);
    return Store::newVersion(q, p.code);
}

QList<Organisation> CatalogueStore::organisations() const
{
    return all<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"ORDER BY name"_s),
                             readOrganisation);
}

std::optional<Organisation> CatalogueStore::organisationByName(const QString& name) const
{
    return first<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"WHERE name = ?"_s, {name}),
                               readOrganisation);
}

QList<Organisation> CatalogueStore::organisationsWithIds(const QList<qint64>& ids) const
{
    QList<Organisation> out =
        withIdsIn<Organisation>(m_db.connection(), kOrganisation + u"WHERE id IN "_s, ids, readOrganisation);
    std::sort(out.begin(), out.end(),
              [](const Organisation& a, const Organisation& b) { return a.id < b.id; });
    return out;
}

std::optional<Organisation> CatalogueStore::organisationById(qint64 id) const
{
    return first<Organisation>(sql::exec(m_db.connection(), kOrganisation + u"WHERE id = ?"_s, {id}),
                               readOrganisation);
}

qint64 CatalogueStore::insertOrganisation(const Organisation& o)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kOrganisation), rows::values(o));
    m_db.touch(Database::Organisations);
    return id;
}

qint64 CatalogueStore::updateOrganisation(const Organisation& o)
{
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE organisation SET name = ?, sector = ?, region = ?, "_s + Store::kNextVersion,
                       {o.name, termOrNull(o.sector), termOrNull(o.region), o.id, o.version, o.version});
    m_db.touch(Database::Organisations);
    return Store::newVersion(q, o.name);
}

QList<Cohort> CatalogueStore::cohorts() const
{
    return all<Cohort>(sql::exec(m_db.connection(), kCohort + u"ORDER BY start_date, code"_s), readCohort);
}

QList<Cohort> CatalogueStore::cohortsListed() const
{
    // The columns of kCohort, those a list of cohorts does not show read as empty.
    return all<Cohort>(sql::exec(m_db.connection(),
                                 u"SELECT id, code, programme_id, title, start_date, end_date, '', '', NULL, "
                                 "'', '', NULL, NULL, version FROM cohort ORDER BY start_date, code"_s),
                       readCohort);
}

QList<Cohort> CatalogueStore::cohortsStartingAfter(qint64 programmeId, const QDate& date) const
{
    return all<Cohort>(
        sql::exec(m_db.connection(),
                  kCohort + u"WHERE programme_id = ? AND start_date > ? ORDER BY start_date, code"_s,
                  {programmeId, dateText(date)}),
        readCohort);
}

std::optional<Cohort> CatalogueStore::cohortByCode(const QString& code) const
{
    return first<Cohort>(sql::exec(m_db.connection(), kCohort + u"WHERE code = ?"_s, {code}), readCohort);
}

std::optional<Cohort> CatalogueStore::cohortById(qint64 id) const
{
    return first<Cohort>(sql::exec(m_db.connection(), kCohort + u"WHERE id = ?"_s, {id}), readCohort);
}

qint64 CatalogueStore::insertCohort(const Cohort& c)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kCohort), rows::values(c));
    m_db.touch(Database::Cohorts);
    return id;
}

qint64 CatalogueStore::updateCohort(const Cohort& c)
{
    auto q = sql::exec(
        m_db.connection(),
        u"UPDATE cohort SET code = ?, programme_id = ?, title = ?, start_date = ?, end_date = ?, "
        "delivery_mode = ?, venue = ?, region = ?, provider = ?, partner = ?, capacity = ?, headcount = ?, "_s +
            Store::kNextVersion,
        cohortValues(c) << c.id << c.version << c.version);
    m_db.touch(Database::Cohorts);
    return Store::newVersion(q, c.code);
}

QList<Participant> CatalogueStore::participants() const
{
    return all<Participant>(sql::exec(m_db.connection(), kParticipant + u"ORDER BY id"_s), readParticipant);
}

void CatalogueStore::eachParticipant(const std::function<void(const Participant&)>& each) const
{
    auto q = sql::exec(m_db.connection(), kParticipant + u"ORDER BY id"_s);
    while (q.next())
        each(readParticipant(q));
}

QList<Participant> CatalogueStore::participantsInNetwork() const
{
    return all<Participant>(
        sql::exec(m_db.connection(),
                  kParticipant + u"WHERE id IN (SELECT participant_id FROM network_member) ORDER BY id"_s),
        readParticipant);
}

QHash<qint64, int> CatalogueStore::participantsPerOrganisation() const
{
    auto q = sql::exec(m_db.connection(), u"SELECT organisation_id, count(*) FROM participant "
                                          "WHERE organisation_id IS NOT NULL GROUP BY organisation_id"_s);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

std::optional<Participant> CatalogueStore::participantByEmail(const QString& email) const
{
    return first<Participant>(sql::exec(m_db.connection(), kParticipant + u"WHERE email = ?"_s, {email}),
                              readParticipant);
}

QList<Participant> CatalogueStore::participantsWithIds(const QList<qint64>& ids) const
{
    QList<Participant> out =
        withIdsIn<Participant>(m_db.connection(), kParticipant + u"WHERE id IN "_s, ids, readParticipant);
    std::sort(out.begin(), out.end(), [](const Participant& a, const Participant& b) { return a.id < b.id; });
    return out;
}

std::optional<Participant> CatalogueStore::participantById(qint64 id) const
{
    return first<Participant>(sql::exec(m_db.connection(), kParticipant + u"WHERE id = ?"_s, {id}),
                              readParticipant);
}

std::optional<Participant> CatalogueStore::participantByName(const QString& given, const QString& family,
                                                             qint64 organisationId) const
{
    return first<Participant>(sql::exec(m_db.connection(),
                                        kParticipant +
                                            u"WHERE email IS NULL AND given_name = ? AND family_name = ? "
                                            "AND COALESCE(organisation_id, 0) = ?"_s,
                                        {given, family, organisationId}),
                              readParticipant);
}

QHash<QString, qint64> CatalogueStore::participantIdsByEmail() const
{
    QHash<QString, qint64> ids;
    QSqlQuery q =
        sql::exec(m_db.connection(), u"SELECT email, id FROM participant WHERE email IS NOT NULL"_s);
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

qint64 CatalogueStore::insertParticipant(const Participant& p)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kParticipant), rows::values(p));
    m_db.touch(Database::Participants);
    return id;
}

qint64 CatalogueStore::updateParticipant(const Participant& p)
{
    auto q =
        sql::exec(m_db.connection(),
                  u"UPDATE participant SET given_name = ?, family_name = ?, email = ?, organisation_id = ?, "
                  "job_role = ?, preferred_language = ?, anonymised = ?, "_s +
                      Store::kNextVersion,
                  participantValues(p) << p.id << p.version << p.version);
    m_db.touch(Database::Participants);
    return Store::newVersion(q, p.anonymised ? QString() : p.givenName + u' ' + p.familyName);
}

QList<NetworkMember> CatalogueStore::networkMembers() const
{
    return all<NetworkMember>(sql::exec(m_db.connection(), kNetwork + u"ORDER BY participant_id"_s),
                              readNetwork);
}

std::optional<NetworkMember> CatalogueStore::networkMember(qint64 participantId) const
{
    return first<NetworkMember>(
        sql::exec(m_db.connection(), kNetwork + u"WHERE participant_id = ?"_s, {participantId}), readNetwork);
}

void CatalogueStore::insertNetworkMember(const NetworkMember& m)
{
    sql::exec(m_db.connection(), rows::insertSql(rows::kNetworkMember), rows::values(m));
    m_db.touch(Database::Network);
}

void CatalogueStore::removeCohort(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM cohort WHERE id = ?"_s, {id});
    m_db.touch(Database::Cohorts);
}

void CatalogueStore::removeParticipant(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM participant WHERE id = ?"_s, {id});
    m_db.touch(Database::Participants);
}

void CatalogueStore::anonymiseParticipant(qint64 id)
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

void CatalogueStore::removeOrganisation(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM organisation WHERE id = ?"_s, {id});
    m_db.touch(Database::Organisations);
}

int CatalogueStore::referencesToCohort(qint64 id) const
{
    return sql::scalar(m_db.connection(),
                       u"SELECT (SELECT COUNT(*) FROM enrolment WHERE cohort_id = ?) + "
                       "(SELECT COUNT(*) FROM session WHERE cohort_id = ?) + "
                       "(SELECT COUNT(*) FROM feedback WHERE cohort_id = ?)"_s,
                       {id, id, id})
        .toInt();
}

int CatalogueStore::referencesToParticipant(qint64 id) const
{
    return sql::scalar(m_db.connection(),
                       u"SELECT (SELECT COUNT(*) FROM enrolment WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM feedback WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM session WHERE participant_id = ?) + "
                       "(SELECT COUNT(*) FROM network_member WHERE participant_id = ?)"_s,
                       {id, id, id, id})
        .toInt();
}

int CatalogueStore::referencesToOrganisation(qint64 id) const
{
    return sql::scalar(m_db.connection(), u"SELECT COUNT(*) FROM participant WHERE organisation_id = ?"_s,
                       {id})
        .toInt();
}

QString CatalogueStore::setting(const QString& key) const
{
    return sql::scalar(m_db.connection(), u"SELECT value FROM setting WHERE key = ?"_s, {key}).toString();
}

void CatalogueStore::setSetting(const QString& key, const QString& value)
{
    sql::exec(
        m_db.connection(),
        u"INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
    m_db.touch(Database::Settings);
}

} // namespace arwain
