// FeedbackStats: participants come from Statistics (one count of people); answers from the feedback table.
#include "stats/FeedbackStats.h"

#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "services/Services.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/FeedbackStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace arwain {

FeedbackStats::FeedbackStats(const Services& services) : m_store(services.store()) {}

namespace {

struct Tally
{
    int responses = 0;
    int needsAnswered = 0, needsMet = 0;
    int expAnswered = 0, expYes = 0;
    int learnAnswered = 0, learnYes = 0;
    int relAnswered = 0, relYes = 0;
    int recAnswered = 0, recYes = 0;
};

void count(YesNo v, int& answered, int& yes)
{
    if (v == YesNo::Unset)
        return;
    ++answered;
    if (v == YesNo::Yes)
        ++yes;
}

} // namespace

QList<std::pair<QString, Feedback>> FeedbackStats::inScope(const FeedbackQuery& query) const
{
    QHash<qint64, Programme> programmes;
    for (const Programme& p : m_store.programmes())
        programmes.insert(p.id, p);
    QHash<qint64, Cohort> cohorts;
    // One cohort, or the year's (a fifteenth of a nation's 42,500), or all.
    const QDate from = query.year ? ReportingYear(*query.year).start() : QDate();
    const QDate to = query.year ? ReportingYear(*query.year).end() : QDate();
    const QList<Cohort> candidates =
        query.cohortId ? QList<Cohort>{m_store.cohortById(query.cohortId).value_or(Cohort{})}
                       : m_store.cohortsCounted(from, to);
    for (const Cohort& c : candidates) {
        if (c.id == 0)
            continue; // the one cohort asked for is gone
        const QDate d = Statistics::countingDate(c);
        if (query.year && !ReportingYear(*query.year).contains(d))
            continue;
        if (!query.programme.isEmpty() &&
            programmes.value(c.programmeId).code.compare(query.programme, Qt::CaseInsensitive) != 0)
            continue;
        cohorts.insert(c.id, c);
    }
    const bool byPerson =
        query.by == Breakdown::Region || query.by == Breakdown::Sector || query.by == Breakdown::Role;
    const QHash<qint64, PersonTerms> people =
        byPerson || query.filtersPeople() ? m_store.personTerms() : QHash<qint64, PersonTerms>();
    const QString none = Statistics::notRecorded();
    QList<std::pair<QString, Feedback>> out;
    const FeedbackStore store(m_store.database());
    for (const Feedback& f : query.cohortId ? store.feedbackOfCohort(query.cohortId) : store.feedback()) {
        const auto c = cohorts.constFind(f.cohortId);
        if (c == cohorts.cend())
            continue;
        const auto person = people.constFind(f.participantId);
        const bool known = f.participantId != 0 && person != people.cend();
        if (query.filtersPeople()) {
            if (!known || (query.region && person->region != *query.region) ||
                (query.sector && person->sector != *query.sector) ||
                (query.role && person->jobRole != *query.role))
                continue;
        }
        QString key;
        switch (query.by) {
        case Breakdown::Programme:
            key = programmes.value(c->programmeId).code;
            break;
        case Breakdown::Cohort:
            key = c->code;
            break;
        case Breakdown::Year:
            key = ReportingYear::containing(Statistics::countingDate(*c)).label();
            break;
        case Breakdown::Region:
            key = known && person->region != Region::Unset ? toText(person->region) : none;
            break;
        case Breakdown::Sector:
            key = known && person->sector != Sector::Unset ? toText(person->sector) : none;
            break;
        case Breakdown::Role:
            key = known && person->jobRole != JobRole::Unset ? toText(person->jobRole) : none;
            break;
        }
        out.append({key, f});
    }
    return out;
}

Result<FeedbackResult> FeedbackStats::compute(const FeedbackQuery& query) const
{
    StatsQuery sq;
    sq.year = query.year;
    sq.programme = query.programme;
    sq.region = query.region;
    sq.sector = query.sector;
    sq.role = query.role;
    sq.by = query.by;
    sq.people = false; // a response rate is over participants, not distinct people: the kept counts do
    if (query.cohortId) {
        // The cohorts counted on the same day as this one (the period's read: a handful, not a year).
        std::optional<Cohort> cohort;
        try {
            cohort = m_store.cohortById(query.cohortId);
        } catch (const StorageError& e) {
            return fail(e.message());
        }
        if (cohort) {
            sq.year.reset();
            sq.from = sq.to = Statistics::countingDate(*cohort);
        }
    }
    auto people = Statistics(m_store).compute(sq);
    if (!people)
        return people.toError();
    try {
        QHash<QString, Tally> tallies;
        for (const auto& [key, f] : inScope(query)) {
            Tally& t = tallies[key];
            ++t.responses;
            if (f.metNeeds != MetNeeds::Unset) {
                ++t.needsAnswered;
                if (f.metNeeds == MetNeeds::VeryWell || f.metNeeds == MetNeeds::QuiteWell)
                    ++t.needsMet;
            }
            count(f.metExpectations, t.expAnswered, t.expYes);
            count(f.learnedUsable, t.learnAnswered, t.learnYes);
            count(f.relevant, t.relAnswered, t.relYes);
            count(f.recommend, t.recAnswered, t.recYes);
        }
        FeedbackResult result;
        result.query = query;
        QSet<QString> seen;
        auto addRow = [&](const QString& key, int participants) {
            FeedbackRow r;
            r.key = key;
            r.participants = participants;
            const Tally t = tallies.value(key);
            r.responses = t.responses;
            r.suppressed = query.minResponses > 0 && t.responses < query.minResponses;
            if (!r.suppressed) {
                r.responseRate = Statistics::rate(t.responses, participants);
                r.metNeeds = Statistics::rate(t.needsMet, t.needsAnswered);
                r.metExpectations = Statistics::rate(t.expYes, t.expAnswered);
                r.learnedUsable = Statistics::rate(t.learnYes, t.learnAnswered);
                r.relevant = Statistics::rate(t.relYes, t.relAnswered);
                r.recommend = Statistics::rate(t.recYes, t.recAnswered);
            }
            result.rows.append(r);
            seen.insert(key);
        };
        for (const StatsRow& s : people.value().rows)
            addRow(s.key, s.participants);
        // Anonymous responses broken down by person: a row of their own, with no participants to rate.
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
            if (!seen.contains(it.key()))
                addRow(it.key(), 0);
        return result;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<QList<Feedback>> FeedbackStats::responses(const FeedbackQuery& query, const QString& key) const
{
    try {
        QList<Feedback> out;
        for (const auto& [k, f] : inScope(query))
            if (k == key)
                out.append(f);
        return out;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace arwain
