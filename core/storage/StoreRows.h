// StoreRows: how the stores read and write the rows of the records' tables: each table's SELECT and
// the function that makes a record of its row, and the values an INSERT or UPDATE binds. Shared by
// CatalogueStore, EnrolmentStore and CountingStore; only core/storage includes it.
#pragma once

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace arwain::storerows {

using namespace Qt::StringLiterals;

using sql::all;
using sql::dateOf;
using sql::first;
using sql::intOrNone;
using sql::intOrNull;
using sql::term;
using sql::termOrNull;
using sql::withIdsIn;

inline const QString kCohortsCounted = sql::cohortsCounted();
using sql::periodBounds;

inline const QString kProgramme =
    u"SELECT id, code, name, welsh_name, kind, attendance_threshold, attendance_kind, version FROM programme "_s;
inline Programme readProgramme(const QSqlQuery& q)
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
inline QVariantList programmeValues(const Programme& p)
{
    return {p.code,
            p.name,
            p.welshName,
            toText(p.kind),
            p.attendanceThreshold > 0 ? QVariant(p.attendanceThreshold) : QVariant(QMetaType(QMetaType::Int)),
            p.attendanceKind ? QVariant(toText(*p.attendanceKind)) : QVariant(QMetaType(QMetaType::QString))};
}

inline const QString kOrganisation = u"SELECT id, name, sector, region, version FROM organisation "_s;
inline Organisation readOrganisation(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), term(q.value(2), Sector::Unset),
            term(q.value(3), Region::Unset), q.value(4).toLongLong()};
}

inline const QString kCohort =
    u"SELECT id, code, programme_id, title, start_date, end_date, delivery_mode, venue, "
    "region, provider, partner, capacity, headcount, version FROM cohort "_s;
inline Cohort readCohort(const QSqlQuery& q)
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
inline QVariantList cohortValues(const Cohort& c)
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

inline const QString kParticipant = u"SELECT id, given_name, family_name, email, organisation_id, job_role, "
                                    "preferred_language, anonymised, version FROM participant "_s;
inline Participant readParticipant(const QSqlQuery& q)
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
inline QVariantList participantValues(const Participant& p)
{
    return {p.givenName,           p.familyName,
            sql::orNull(p.email),  sql::orNull(p.organisationId),
            termOrNull(p.jobRole), toText(p.preferredLanguage),
            p.anonymised ? 1 : 0};
}

inline const QString kEnrolment =
    u"SELECT id, participant_id, cohort_id, status, status_date, reason, note, continues_id, version FROM enrolment "_s;
inline Enrolment readEnrolment(const QSqlQuery& q)
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

inline const QString kHistory =
    u"SELECT id, enrolment_id, from_status, to_status, effective_date, recorded_at, reason, "
    "note, kind, reverts FROM status_history "_s;
inline StatusChange readHistory(const QSqlQuery& q)
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

inline const QString kNetwork = u"SELECT participant_id, joined_on, left_on FROM network_member "_s;
inline NetworkMember readNetwork(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), dateOf(q.value(1)), dateOf(q.value(2))};
}

} // namespace arwain::storerows
