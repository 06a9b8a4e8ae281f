// Statistics: one pass over the enrolments, counted by the rules of docs/counting-rules.md.
#include "stats/Statistics.h"

#include "i18n/Translation.h"
#include "services/Services.h"

#include "domain/Lifecycle.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "stats/StatsData.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/EnrolmentFact.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

Statistics::Statistics(const Services& services) : m_store(services.store()) {}

namespace {

struct Accumulator
{
    StatsRow row;
    int rank = 0;
    bool anyCourse = false;
    QHash<QPair<qint64, qint64>, bool> people;    // (participant, programme) -> eventually completed
    int countedPeople = 0, countedEventually = 0; // the same, from the kept counts of one cohort
};

// What `n` enrolments of status `s` add to a row (the table of docs/counting-rules.md).
void countStatus(StatsRow& r, Status s, int n)
{
    switch (s) {
    case Status::Waitlisted:
        r.waitlisted += n;
        return; // not a participant
    case Status::Enrolled:
        r.inProgress += n;
        break;
    case Status::Completed:
        r.completed += n;
        break;
    case Status::Deferred:
        r.deferred += n;
        break;
    case Status::Withdrawn:
        r.withdrawn += n;
        break;
    }
    r.participants += n;
}

} // namespace

QList<qint64> StatsRow::participantsWith(std::optional<Status> status) const
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (const auto& [person, s] : members) {
        const bool counted = status ? s == *status : s != Status::Waitlisted;
        if (counted && !seen.contains(person)) {
            seen.insert(person);
            out.append(person);
        }
    }
    return out;
}

QDate Statistics::countingDate(const Cohort& c)
{
    return c.endDate.isValid() ? c.endDate : c.startDate;
}

std::optional<qint64> Statistics::rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    // Exact half-up rounding in integers: no binary floating point between the counts and the figure.
    return (numerator * 20000 + denominator) / (2 * denominator);
}

QString Statistics::formatRate(qint64 hundredths)
{
    return QString::number(hundredths / 100) + u'.' +
           QString::number(hundredths % 100).rightJustified(2, u'0');
}

QString Statistics::describe(Definition d, const Translation* language)
{
    const char* text = nullptr;
    switch (d) {
    case Definition::Published:
        text = QT_TRANSLATE_NOOP(
            "arwain::Statistics",
            "completed ÷ everyone enrolled in the cohorts, waitlisted excluded (the published "
            "method)");
        break;
    case Definition::ExcludingDeferrals:
        text = QT_TRANSLATE_NOOP("arwain::Statistics", "completed ÷ (everyone enrolled − deferred)");
        break;
    case Definition::FinishedOnly:
        text = QT_TRANSLATE_NOOP("arwain::Statistics", "completed ÷ (completed + withdrawn)");
        break;
    }
    if (!text)
        return {};
    return language ? language->translate("arwain::Statistics", text) : tr(text);
}

QString Statistics::periodLabel(const StatsQuery& q)
{
    if (q.year)
        return ReportingYear(*q.year).label(Translation::current());
    if (q.from.isValid() || q.to.isValid())
        return tr("%1 to %2")
            .arg(q.from.isValid() ? dateText(q.from) : tr("the start"),
                 q.to.isValid() ? dateText(q.to) : tr("today"));
    return tr("all years");
}

QString Statistics::notRecorded()
{
    return tr("not recorded");
}

Result<StatsData> Statistics::load(bool withHistory) const
{
    try {
        StatsData d;
        d.programmes = m_store.programmes();
        d.cohorts = m_store.cohortsToCount();
        d.facts = m_store.enrolmentFacts();
        d.hasFacts = true;
        d.tallies = m_store.cohortTallies();
        if (withHistory) {
            for (const StatusChange& c : m_store.historyForCounting())
                d.history[c.enrolmentId].append(c);
            d.hasHistory = true;
        }
        return d;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<StatsData> Statistics::loadPeriod(const StatsQuery& query) const
{
    if (query.asAt)
        return load(true);
    const auto [from, to] = periodOf(query);
    try {
        StatsData d;
        d.programmes = m_store.programmes();
        const bool period = from.isValid() || to.isValid();
        d.cohorts = m_store.cohortsToCount(from, to);
        d.facts = period ? m_store.enrolmentFacts(from, to) : m_store.enrolmentFacts();
        d.hasFacts = true;
        return d;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<StatsData> Statistics::loadCounts() const
{
    try {
        StatsData d;
        d.programmes = m_store.programmes();
        d.cohorts = m_store.cohortsToCount();
        d.tallies = m_store.cohortTallies();
        return d;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

std::pair<QDate, QDate> Statistics::periodOf(const StatsQuery& query)
{
    if (query.year)
        return {ReportingYear(*query.year).start(), ReportingYear(*query.year).end()};
    return {query.from, query.to};
}

bool Statistics::countsSuffice(const StatsQuery& q)
{
    const bool wholeCohorts =
        q.by == Breakdown::Programme || q.by == Breakdown::Cohort || q.by == Breakdown::Year;
    return !q.people && !q.asAt && !q.region && !q.sector && !q.role && wholeCohorts;
}

bool Statistics::cohortCountsSuffice(const StatsQuery& q)
{
    // A cohort is of one programme and holds a person once: its people are its named participants.
    return q.by == Breakdown::Cohort && !q.members && !q.asAt && !q.region && !q.sector && !q.role;
}

Result<StatsResult> Statistics::compute(const StatsQuery& query) const
{
    // Only what this one query needs: the kept counts, or the enrolments of its period (with what
    // resumes them), or everything.
    const auto [from, to] = periodOf(query);
    if (query.asAt) {
        auto data = load(true);
        if (!data)
            return data.toError();
        return compute(data.value(), query);
    }
    // A person's region, sector and role only when the figures are by or for one of them: reading
    // them takes a participant and an organisation for every enrolment (at a million enrolments most
    // of the time, in reads of the file).
    const bool byOrganisation = query.region || query.sector || query.role || query.by == Breakdown::Region ||
                                query.by == Breakdown::Sector || query.by == Breakdown::Role;
    StatsData d;
    try {
        d.programmes = m_store.programmes();
        // Only the period's cohorts: a year of a nation's file is a fifteenth of them (reading all
        // 42,500 was half the time of `stats --year`).
        d.cohorts = m_store.cohortsToCount(from, to);
        const bool period = from.isValid() || to.isValid();
        if (countsSuffice(query) || cohortCountsSuffice(query)) {
            // Only the period's counts: a cohort's Feedback tab asks for one day's cohorts, not 42,500.
            d.tallies = period ? m_store.cohortTallies(from, to) : m_store.cohortTallies();
            if (query.people) { // by cohort only (countsSuffice has no people)
                d.completedOnResuming = m_store.completedOnResuming();
                d.hasCompletedOnResuming = true;
            }
        } else {
            d.facts = period ? m_store.enrolmentFacts(from, to, byOrganisation)
                             : m_store.enrolmentFacts(byOrganisation);
            d.hasFacts = true;
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return compute(d, query);
}

Result<StatsResult> Statistics::compute(const StatsData& data, const StatsQuery& query)
{
    if (query.asAt && !data.hasHistory)
        return fail(tr("figures \"as at\" a date need the status history"));
    if (!data.hasFacts && !countsSuffice(query) &&
        !(cohortCountsSuffice(query) && (!query.people || data.hasCompletedOnResuming)))
        return fail(tr("these figures need every enrolment, which was not read"));
    try {
        QHash<qint64, Programme> programmes;
        QHash<qint64, int> programmeOrder;
        for (const Programme& p : data.programmes) {
            programmeOrder.insert(p.id, int(programmes.size()));
            programmes.insert(p.id, p);
        }
        if (!query.programme.isEmpty()) {
            const bool known = std::any_of(programmes.cbegin(), programmes.cend(), [&](const Programme& p) {
                return p.code.compare(query.programme, Qt::CaseInsensitive) == 0;
            });
            if (!known)
                return fail(tr("no programme with code %1").arg(query.programme));
        }

        // The cohorts in scope, and the order cohorts sort in.
        QHash<qint64, const Cohort*> inScope; // into data.cohorts, not copies
        QHash<qint64, int> cohortOrder;
        for (const Cohort& c : data.cohorts) { // by start date, then code
            cohortOrder.insert(c.id, int(cohortOrder.size()));
            const QDate d = Statistics::countingDate(c);
            if (query.year && !ReportingYear(*query.year).contains(d))
                continue;
            if (query.from.isValid() && d < query.from)
                continue;
            if (query.to.isValid() && d > query.to)
                continue;
            if (!query.programme.isEmpty() &&
                programmes.value(c.programmeId).code.compare(query.programme, Qt::CaseInsensitive) != 0)
                continue;
            if (query.deliveryMode && c.deliveryMode != *query.deliveryMode)
                continue;
            inScope.insert(c.id, &c);
        }

        const QList<EnrolmentFact>& facts = data.facts;
        // Statuses as they stand, or as the history had them at the end of the "as at" day.
        QHash<qint64, std::optional<Status>> status;
        if (query.asAt) {
            for (const EnrolmentFact& f : facts)
                status.insert(f.enrolmentId,
                              Lifecycle::statusOn(data.history.value(f.enrolmentId), *query.asAt));
        } else {
            for (const EnrolmentFact& f : facts)
                status.insert(f.enrolmentId, f.status);
        }
        QHash<qint64, QList<qint64>> continuations;
        for (const EnrolmentFact& f : facts)
            if (f.continuesId != 0)
                continuations[f.continuesId].append(f.enrolmentId);
        // Eventual completion: this enrolment or any enrolment resuming it (and so on) completed.
        std::function<bool(qint64)> eventuallyCompleted = [&](qint64 id) {
            if (status.value(id) == Status::Completed)
                return true;
            const QList<qint64> next = continuations.value(id);
            return std::any_of(next.cbegin(), next.cend(), eventuallyCompleted);
        };

        const QString none = notRecorded();
        const int lastRank = 1 << 20;
        auto keyOf = [&](const Cohort& c, Region region, Sector sector, JobRole role) -> QPair<QString, int> {
            switch (query.by) {
            case Breakdown::Programme:
                return {programmes.value(c.programmeId).code, programmeOrder.value(c.programmeId)};
            case Breakdown::Cohort:
                return {c.code, cohortOrder.value(c.id)};
            case Breakdown::Year: {
                const ReportingYear y = ReportingYear::containing(Statistics::countingDate(c));
                return {y.label(), y.firstYear()};
            }
            case Breakdown::Region:
                return region == Region::Unset ? qMakePair(none, lastRank)
                                               : qMakePair(toText(region), int(region));
            case Breakdown::Sector:
                return sector == Sector::Unset ? qMakePair(none, lastRank)
                                               : qMakePair(toText(sector), int(sector));
            case Breakdown::Role:
                return role == JobRole::Unset ? qMakePair(none, lastRank)
                                              : qMakePair(toText(role), int(role));
            }
            return {};
        };

        auto isCourse = [&](const Cohort& c) {
            return programmes.value(c.programmeId).kind != ProgrammeKind::SingleSession;
        };
        QMap<QString, Accumulator> rows;
        auto rowFor = [&](const QPair<QString, int>& key) -> Accumulator& {
            Accumulator& acc = rows[key.first];
            acc.row.key = key.first;
            acc.rank = key.second;
            return acc;
        };
        // The cohorts behind each row, in one set for all rows: a set in each row by cohort costs memory
        // at a nation's size (docs/performance.md). The map's values stay where they are as rows are added.
        QSet<QPair<const Accumulator*, qint64>> cohortsOfRows;
        auto addCohort = [&](Accumulator& acc, const Cohort& c) {
            const qsizetype before = cohortsOfRows.size();
            cohortsOfRows.insert(qMakePair(&acc, c.id));
            if (cohortsOfRows.size() != before)
                ++acc.row.cohorts;
            acc.anyCourse = acc.anyCourse || isCourse(c);
        };

        if (!data.hasFacts) {
            for (const CohortTally& t : data.tallies) {
                const auto cohort = inScope.constFind(t.cohortId);
                if (cohort == inScope.cend() ||
                    t.waitlisted + t.enrolled + t.completed + t.deferred + t.withdrawn == 0)
                    continue;
                Accumulator& acc = rowFor(keyOf(**cohort, Region::Unset, Sector::Unset, JobRole::Unset));
                addCohort(acc, **cohort);
                for (auto [st, n] : {std::pair{Status::Waitlisted, t.waitlisted},
                                     {Status::Enrolled, t.enrolled},
                                     {Status::Completed, t.completed},
                                     {Status::Deferred, t.deferred},
                                     {Status::Withdrawn, t.withdrawn}})
                    countStatus(acc.row, st, n);
                if (query.people) {
                    acc.countedPeople += t.enrolled + t.completed + t.deferred + t.withdrawn;
                    acc.countedEventually += t.completed + data.completedOnResuming.value(t.cohortId);
                }
            }
        }
        // By programme, cohort or year every enrolment of a cohort lands in the same row: found once
        // per cohort, not once per enrolment (a million text keys looked up in the map of rows).
        const bool keyedByCohort =
            query.by == Breakdown::Programme || query.by == Breakdown::Cohort || query.by == Breakdown::Year;
        QHash<qint64, Accumulator*> rowOfCohort;
        auto rowOfFact = [&](const Cohort& c, const EnrolmentFact& f) -> Accumulator& {
            Accumulator** cached = keyedByCohort ? &rowOfCohort[c.id] : nullptr;
            if (cached && *cached)
                return **cached;
            Accumulator& acc = rowFor(keyOf(c, f.region, f.sector, f.jobRole));
            addCohort(acc, c);
            if (cached)
                *cached = &acc;
            return acc;
        };
        for (const EnrolmentFact& f : facts) {
            const auto cohort = inScope.constFind(f.cohortId);
            if (cohort == inScope.cend())
                continue;
            if ((query.region && f.region != *query.region) || (query.sector && f.sector != *query.sector) ||
                (query.role && f.jobRole != *query.role))
                continue;
            const std::optional<Status> s = status.value(f.enrolmentId);
            if (!s)
                continue; // not yet enrolled on the "as at" date
            Accumulator& acc = rowOfFact(**cohort, f);
            countStatus(acc.row, *s, 1);
            if (!query.people)
                continue;
            if (query.members)
                acc.row.members.append({f.participantId, *s});
            if (*s == Status::Waitlisted)
                continue;
            bool& done = acc.people[qMakePair(f.participantId, f.programmeId)];
            done = done || eventuallyCompleted(f.enrolmentId);
        }

        // Headcounts: people counted at a session, not named, so they attended (completed) and have
        // no region, sector or role of their own.
        const bool personFilter = query.region || query.sector || query.role;
        if (!personFilter) {
            for (const Cohort* inPeriod : std::as_const(inScope)) {
                const Cohort& c = *inPeriod;
                if (!c.headcount || *c.headcount == 0)
                    continue;
                if (query.asAt && *query.asAt < Statistics::countingDate(c))
                    continue;
                Accumulator& acc = rowFor(keyOf(c, Region::Unset, Sector::Unset, JobRole::Unset));
                addCohort(acc, c);
                acc.row.participants += *c.headcount;
                acc.row.completed += *c.headcount;
                acc.row.headcount += *c.headcount;
            }
        }

        StatsResult result;
        result.query = query;
        cohortsOfRows = {};
        // The rows ordered through pointers and moved out, not copied twice over.
        QList<Accumulator*> ordered;
        ordered.reserve(rows.size());
        for (Accumulator& acc : rows)
            ordered.append(&acc);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Accumulator* a, const Accumulator* b) {
            return a->rank != b->rank ? a->rank < b->rank : a->row.key.localeAwareCompare(b->row.key) < 0;
        });
        result.rows.reserve(ordered.size());
        for (Accumulator* accumulated : std::as_const(ordered)) {
            Accumulator& acc = *accumulated;
            StatsRow r = std::move(acc.row);
            switch (query.definition) {
            case Definition::Published:
                r.rate = rate(r.completed, r.participants);
                break;
            case Definition::ExcludingDeferrals:
                r.rate = rate(r.completed, r.participants - r.deferred);
                break;
            case Definition::FinishedOnly:
                r.rate = rate(r.completed, r.completed + r.withdrawn);
                break;
            }
            r.people = int(acc.people.size()) + acc.countedPeople;
            r.eventuallyCompleted =
                int(std::count(acc.people.cbegin(), acc.people.cend(), true)) + acc.countedEventually;
            r.eventualRate = rate(r.eventuallyCompleted, r.people);
            if (!acc.anyCourse) {
                r.attendedOnly = true;
                r.rate.reset();
                r.eventualRate.reset();
            }
            result.rows.append(std::move(r));
            acc.people = {};
        }
        return result;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace arwain
