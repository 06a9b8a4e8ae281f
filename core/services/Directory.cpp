// Directory: joins made in memory over a few whole-table reads, which stays linear as tables grow.
#include "services/Directory.h"

#include "domain/Records.h"
#include "services/DirectoryRows.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

template <typename T> QHash<qint64, T> byId(const QList<T>& list)
{
    QHash<qint64, T> out;
    for (const T& item : list)
        out.insert(item.id, item);
    return out;
}

template <typename F> auto guarded(F work) -> decltype(work())
{
    try {
        return work();
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace

Result<QList<ParticipantRow>> Directory::participants() const
{
    return guarded([&]() -> Result<QList<ParticipantRow>> {
        const auto orgs = byId(m_store.organisations());
        const auto programmes = byId(m_store.programmes());
        QHash<qint64, QList<EnrolmentStatus>> enrolments;
        for (const EnrolmentStatus& e : m_store.enrolmentStatuses())
            enrolments[e.participantId].append(e);
        QList<ParticipantRow> rows;
        const QList<Participant> people = m_store.participants();
        rows.reserve(people.size());
        for (const Participant& p : people) {
            ParticipantRow r;
            r.person = p;
            const Organisation o = orgs.value(p.organisationId);
            r.organisation = o.name;
            r.sector = o.sector;
            r.region = o.region;
            for (const EnrolmentStatus& e : enrolments.value(p.id)) {
                const QString code = programmes.value(e.programmeId).code;
                r.programmeStatuses << code + u':' + toText(e.status);
                if (!r.programmes.contains(code))
                    r.programmes << code;
            }
            rows.append(r);
        }
        return rows;
    });
}

Result<QList<OrganisationRow>> Directory::organisations() const
{
    return guarded([&]() -> Result<QList<OrganisationRow>> {
        QHash<qint64, int> counts;
        for (const Participant& p : m_store.participants())
            ++counts[p.organisationId];
        QList<OrganisationRow> rows;
        for (const Organisation& o : m_store.organisations())
            rows.append({o, counts.value(o.id)});
        return rows;
    });
}

Result<QList<Programme>> Directory::programmes() const
{
    return guarded([&]() -> Result<QList<Programme>> { return m_store.programmes(); });
}

Result<QList<CohortRow>> Directory::cohorts() const
{
    StatsQuery q;
    q.by = Breakdown::Cohort;
    q.people = false; // the status counts the database keeps: instant at any size
    auto figures = Statistics(m_store).compute(q);
    if (!figures)
        return figures.toError();
    return guarded([&]() -> Result<QList<CohortRow>> {
        QHash<QString, StatsRow> byCode;
        for (const StatsRow& r : figures.value().rows)
            byCode.insert(r.key, r);
        const auto programmes = byId(m_store.programmes());
        QList<CohortRow> rows;
        for (const Cohort& c : m_store.cohorts()) {
            CohortRow r{c, programmes.value(c.programmeId), byCode.value(c.code)};
            r.counts.key = c.code;
            rows.append(r);
        }
        return rows;
    });
}

Result<QList<EnrolmentRow>> Directory::enrolmentRows(const QList<Enrolment>& enrolments) const
{
    const auto people = byId(m_store.participants());
    const auto orgs = byId(m_store.organisations());
    const auto cohorts = byId(m_store.cohorts());
    const auto programmes = byId(m_store.programmes());
    const auto all = byId(m_store.enrolments());
    QHash<qint64, qint64> resumedBy;
    for (const Enrolment& e : all)
        if (e.continuesId)
            resumedBy.insert(e.continuesId, e.id);
    QList<EnrolmentRow> rows;
    for (const Enrolment& e : enrolments) {
        EnrolmentRow r;
        r.enrolment = e;
        r.person = people.value(e.participantId);
        r.organisation = orgs.value(r.person.organisationId).name;
        const Cohort c = cohorts.value(e.cohortId);
        r.cohortCode = c.code;
        const Programme p = programmes.value(c.programmeId);
        r.programmeCode = p.code;
        r.kind = p.kind;
        if (e.continuesId)
            r.continuesCohort = cohorts.value(all.value(e.continuesId).cohortId).code;
        if (resumedBy.contains(e.id))
            r.resumedIn = cohorts.value(all.value(resumedBy.value(e.id)).cohortId).code;
        rows.append(r);
    }
    return rows;
}

Result<QList<EnrolmentRow>> Directory::enrolmentsInCohort(qint64 cohortId) const
{
    return guarded([&]() { return enrolmentRows(m_store.enrolmentsInCohort(cohortId)); });
}

Result<QList<EnrolmentRow>> Directory::enrolmentsOfParticipant(qint64 participantId) const
{
    return guarded([&]() { return enrolmentRows(m_store.enrolmentsOfParticipant(participantId)); });
}

Result<QList<HistoryRow>> Directory::historyOfParticipant(qint64 participantId) const
{
    return guarded([&]() -> Result<QList<HistoryRow>> {
        const auto cohorts = byId(m_store.cohorts());
        const auto programmes = byId(m_store.programmes());
        QList<HistoryRow> rows;
        for (const Enrolment& e : m_store.enrolmentsOfParticipant(participantId)) {
            const Cohort c = cohorts.value(e.cohortId);
            for (const StatusChange& h : m_store.history(e.id))
                rows.append({h, c.code, programmes.value(c.programmeId).code});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const HistoryRow& a, const HistoryRow& b) {
            return a.change.recordedAt != b.change.recordedAt ? a.change.recordedAt > b.change.recordedAt
                                                              : a.change.id > b.change.id;
        });
        return rows;
    });
}

Result<QList<NetworkRow>> Directory::network() const
{
    return guarded([&]() -> Result<QList<NetworkRow>> {
        const auto people = byId(m_store.participants());
        const auto orgs = byId(m_store.organisations());
        QList<NetworkRow> rows;
        for (const NetworkMember& m : m_store.networkMembers()) {
            const Participant p = people.value(m.participantId);
            rows.append({m, p, orgs.value(p.organisationId).name});
        }
        return rows;
    });
}

Result<QList<Cohort>> Directory::laterCohorts(qint64 cohortId) const
{
    return guarded([&]() -> Result<QList<Cohort>> {
        const auto from = m_store.cohortById(cohortId);
        QList<Cohort> out;
        if (!from)
            return out;
        for (const Cohort& c : m_store.cohorts())
            if (c.programmeId == from->programmeId && c.startDate > from->startDate)
                out.append(c);
        return out;
    });
}

Result<std::optional<Participant>> Directory::participant(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Participant>> { return m_store.participantById(id); });
}

Result<std::optional<Cohort>> Directory::cohort(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Cohort>> { return m_store.cohortById(id); });
}

Result<std::optional<Organisation>> Directory::organisation(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Organisation>> { return m_store.organisationById(id); });
}

Result<std::optional<Programme>> Directory::programme(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Programme>> { return m_store.programmeById(id); });
}

Result<std::optional<Enrolment>> Directory::enrolment(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Enrolment>> { return m_store.enrolmentById(id); });
}

Result<int> Directory::placesTaken(qint64 cohortId) const
{
    return guarded([&]() -> Result<int> { return m_store.placesTaken(cohortId); });
}

} // namespace arwain
