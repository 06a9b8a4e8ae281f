// Directory: joins made in memory over a few whole-table reads, which stays linear as tables grow.
#include "services/Directory.h"

#include "services/Guarded.h"

#include "domain/Records.h"
#include "services/DirectoryRows.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>

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

// The record with this id from `cache`, read with `read` (an optional record) the first time it is
// asked for; a default record for 0 or an id not found.
template <typename T, typename Read> T lookedUp(QHash<qint64, T>& cache, qint64 id, Read read)
{
    if (id == 0)
        return T{};
    auto at = cache.constFind(id);
    if (at == cache.cend())
        at = cache.insert(id, read().value_or(T{}));
    return *at;
}

} // namespace

Result<QList<ParticipantRow>> Directory::participants() const
{
    QList<ParticipantRow> rows;
    if (auto done = eachParticipant([&rows](const ParticipantRow& r) { rows.append(r); }); !done)
        return done.toError();
    return rows;
}

Result<void> Directory::eachParticipant(const std::function<void(const ParticipantRow&)>& each) const
{
    return guarded([&]() -> Result<void> {
        const auto orgs = byId(m_store.organisations());
        QHash<qint64, QString> codes;
        for (const Programme& p : m_store.programmes())
            codes.insert(p.id, p.code);
        // Every enrolment's person, programme and status (narrow rows, in order of enrolment), put in
        // order of person with each person's order kept, then walked beside the people as they are read.
        QList<EnrolmentStatus> enrolments = m_store.enrolmentStatuses();
        std::stable_sort(enrolments.begin(), enrolments.end(),
                         [](const EnrolmentStatus& a, const EnrolmentStatus& b) {
                             return a.participantId < b.participantId;
                         });
        // "TMDP:completed" made once for each programme and status, and shared by every row with it.
        QHash<quint64, QString> programmeStatus; // by programme id and status, (id << 8) | status
        auto next = enrolments.cbegin();
        const auto end = enrolments.cend();
        m_store.eachParticipant([&](const Participant& p) {
            ParticipantRow r;
            r.person = p;
            const Organisation o = orgs.value(p.organisationId);
            r.organisation = o.name;
            r.sector = o.sector;
            r.region = o.region;
            while (next != end && next->participantId < p.id)
                ++next;
            for (; next != end && next->participantId == p.id; ++next) {
                const QString code = codes.value(next->programmeId);
                const quint64 key = (quint64(next->programmeId) << 8) | quint64(next->status);
                auto known = programmeStatus.constFind(key);
                if (known == programmeStatus.cend())
                    known = programmeStatus.insert(key, code + u':' + toText(next->status));
                r.programmeStatuses << *known;
                if (!r.programmes.contains(code))
                    r.programmes << code;
            }
            each(r);
        });
        return {};
    });
}

Result<QList<OrganisationRow>> Directory::organisations() const
{
    return guarded([&]() -> Result<QList<OrganisationRow>> {
        const QHash<qint64, int> counts = m_store.participantsPerOrganisation(); // counted by the database
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
        // Each cohort's figures moved, not copied, into its row, and the rows' room taken at once, so a
        // nation's cohorts are never held three times over while the list grows.
        QList<StatsRow>& figureRows = figures.value().rows;
        QHash<QString, qsizetype> byCode;
        byCode.reserve(figureRows.size());
        for (qsizetype i = 0; i < figureRows.size(); ++i)
            byCode.insert(figureRows.at(i).key, i);
        const auto programmes = byId(m_store.programmes());
        const QList<Cohort> cohorts = m_store.cohortsListed();
        QList<CohortRow> rows;
        rows.reserve(cohorts.size());
        for (const Cohort& c : cohorts) {
            const auto at = byCode.constFind(c.code);
            CohortRow r{c.id,
                        c.programmeId,
                        programmes.value(c.programmeId).kind,
                        c.code,
                        c.title,
                        c.startDate,
                        c.endDate,
                        at != byCode.cend() ? std::move(figureRows[*at]) : StatsRow{}};
            r.counts.key = r.code;
            rows.append(std::move(r));
        }
        return rows;
    });
}

Result<QList<EnrolmentRow>> Directory::enrolmentRows(const QList<Enrolment>& enrolments) const
{
    // Only what these rows name, read in a few statements: their people, those people's organisations and
    // the enrolments resuming these, not every participant, cohort and enrolment of the file (on a
    // million enrolments, seconds and hundreds of megabytes to show thirty rows), nor reads per row (up to
    // 90 statements for a cohort of 30, each prepared anew: a round trip each on a server).
    QSet<qint64> personIds, enrolmentIds;
    for (const Enrolment& e : enrolments) {
        personIds.insert(e.participantId);
        enrolmentIds.insert(e.id);
    }
    const auto people = byId(m_store.participantsWithIds(personIds.values()));
    QSet<qint64> organisationIds;
    for (const Participant& p : people)
        if (p.organisationId)
            organisationIds.insert(p.organisationId);
    const auto orgs = byId(m_store.organisationsWithIds(organisationIds.values()));
    QHash<qint64, qint64> resumedIn; // enrolment id -> the cohort of its latest continuation
    for (const Enrolment& later : m_store.continuationsOfAny(enrolmentIds.values()))
        resumedIn.insert(later.continuesId, later.cohortId); // by id: the latest wins
    QHash<qint64, Cohort> cohorts;
    QHash<qint64, Enrolment> others;
    const auto programmes = byId(m_store.programmes());
    const auto cohort = [&](qint64 id) {
        return lookedUp(cohorts, id, [&] { return m_store.cohortById(id); });
    };
    const auto enrolment = [&](qint64 id) {
        return lookedUp(others, id, [&] { return m_store.enrolmentById(id); });
    };
    QList<EnrolmentRow> rows;
    rows.reserve(enrolments.size());
    for (const Enrolment& e : enrolments) {
        EnrolmentRow r;
        r.enrolment = e;
        r.person = people.value(e.participantId);
        r.organisation = orgs.value(r.person.organisationId).name;
        const Cohort c = cohort(e.cohortId);
        r.cohortCode = c.code;
        const Programme p = programmes.value(c.programmeId);
        r.programmeCode = p.code;
        r.kind = p.kind;
        if (e.continuesId)
            r.continuesCohort = cohort(enrolment(e.continuesId).cohortId).code;
        if (const auto later = resumedIn.constFind(e.id); later != resumedIn.cend())
            r.resumedIn = cohort(*later).code;
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
        QHash<qint64, Cohort> cohorts; // the person's own, not every cohort of the file
        const auto programmes = byId(m_store.programmes());
        QList<HistoryRow> rows;
        for (const Enrolment& e : m_store.enrolmentsOfParticipant(participantId)) {
            const Cohort c = lookedUp(cohorts, e.cohortId, [&] { return m_store.cohortById(e.cohortId); });
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
        const auto people = byId(m_store.participantsInNetwork()); // its members only, not everyone
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
        if (!from)
            return QList<Cohort>();
        // Read by the database: a deferral's dialog on a file of 42,500 cohorts read them all.
        return m_store.cohortsStartingAfter(from->programmeId, from->startDate);
    });
}

Result<std::optional<Participant>> Directory::participant(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Participant>> { return m_store.participantById(id); });
}

Result<std::optional<Participant>> Directory::participantByEmail(const QString& email) const
{
    return guarded([&]() -> Result<std::optional<Participant>> { return m_store.participantByEmail(email); });
}

Result<std::optional<Cohort>> Directory::cohortByCode(const QString& code) const
{
    return guarded([&]() -> Result<std::optional<Cohort>> { return m_store.cohortByCode(code); });
}

Result<std::optional<Enrolment>> Directory::enrolmentOf(qint64 participantId, qint64 cohortId) const
{
    return guarded(
        [&]() -> Result<std::optional<Enrolment>> { return m_store.enrolment(participantId, cohortId); });
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
