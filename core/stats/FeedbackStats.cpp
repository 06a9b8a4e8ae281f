// FeedbackStats: participants come from Statistics (one count of people); answers from the feedback table.
#include "stats/FeedbackStats.h"

#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/FeedbackStore.h"
#include "storage/Store.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace arwain {

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

Result<FeedbackResult> FeedbackStats::compute(const FeedbackQuery& query) const
{
    if (query.by != Breakdown::Programme && query.by != Breakdown::Cohort)
        return fail(tr("feedback is broken down by programme or cohort"));
    StatsQuery sq;
    sq.year = query.year;
    sq.by = query.by;
    auto people = Statistics(m_store).compute(sq);
    if (!people)
        return people.toError();
    try {
        QHash<qint64, Programme> programmes;
        for (const Programme& p : m_store.programmes())
            programmes.insert(p.id, p);
        QHash<qint64, QString> keyOfCohort;
        QStringList order;
        for (const Cohort& c : m_store.cohorts()) {
            const QDate d = c.endDate.isValid() ? c.endDate : c.startDate;
            if (query.year && !ReportingYear(*query.year).contains(d))
                continue;
            keyOfCohort.insert(c.id,
                               query.by == Breakdown::Cohort ? c.code : programmes.value(c.programmeId).code);
        }
        QHash<QString, Tally> tallies;
        for (const Feedback& f : FeedbackStore(m_store.database()).feedback()) {
            if (!keyOfCohort.contains(f.cohortId))
                continue;
            Tally& t = tallies[keyOfCohort.value(f.cohortId)];
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
        for (const StatsRow& s : people.value().rows) {
            FeedbackRow r;
            r.key = s.key;
            r.participants = s.participants;
            const Tally t = tallies.value(s.key);
            r.responses = t.responses;
            r.suppressed = query.minResponses > 0 && t.responses < query.minResponses;
            if (!r.suppressed) {
                r.responseRate = Statistics::rate(t.responses, s.participants);
                r.metNeeds = Statistics::rate(t.needsMet, t.needsAnswered);
                r.metExpectations = Statistics::rate(t.expYes, t.expAnswered);
                r.learnedUsable = Statistics::rate(t.learnYes, t.learnAnswered);
                r.relevant = Statistics::rate(t.relYes, t.relAnswered);
                r.recommend = Statistics::rate(t.recYes, t.recAnswered);
            }
            result.rows.append(r);
        }
        return result;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace arwain
