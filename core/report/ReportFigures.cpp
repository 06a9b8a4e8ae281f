// ReportFigures: the dashboard's figures for the year and the year before, plus what only the report
// states (headcount events, the network a year earlier, the years whose trend is final).
#include "report/ReportFigures.h"

#include "domain/ReportingYear.h"
#include "services/FeedbackService.h"
#include "services/Services.h"
#include "stats/Dashboard.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <algorithm>

namespace arwain {

const Programme* ReportFigures::programme(const QString& code) const
{
    for (const Programme& p : programmes)
        if (p.code == code)
            return &p;
    return nullptr;
}

Result<QList<int>> ReportFigures::reportingYears(const Store& store)
{
    QList<int> years;
    try {
        for (const QDate& d : store.countingMonths()) { // a reporting year begins on the first of April
            const int y = ReportingYear::containing(d).firstYear();
            if (!years.contains(y))
                years.append(y);
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

Result<ReportFigures> ReportFigures::compute(const Store& store, const ReportOptions& options,
                                             const QDate& today)
{
    ReportFigures f;
    f.options = options;
    f.madeOn = today;
    f.asAt = options.asAt.value_or(today);
    StatsQuery query;
    query.year = options.year;
    query.definition = options.definition;
    query.asAt = options.asAt;
    auto current = Dashboard::compute(store, query);
    if (!current)
        return current.toError();
    f.current = current.take();

    StatsQuery before = query;
    before.year = options.year - 1;
    auto previous = Statistics(store).compute(before);
    if (!previous)
        return previous.toError();
    f.previous = previous.take();

    try {
        f.programmes = store.programmes();
        f.minResponses = options.minResponses.value_or(FeedbackService::suppressionThreshold(store));
        if (f.minResponses != f.current.feedback.query.minResponses) {
            FeedbackQuery fq = f.current.feedback.query;
            fq.minResponses = f.minResponses;
            auto feedback = FeedbackStats(store).compute(fq);
            if (!feedback)
                return feedback.toError();
            f.current.feedback = feedback.take();
        }
        const QDate yearBefore = ReportingYear(options.year - 1).end();
        f.previousNetworkMembers = Dashboard::networkMembersAt(store, std::min(yearBefore, f.asAt));
        for (const StatsRow& row : f.current.cohorts.rows) {
            if (row.headcount <= 0)
                continue;
            const auto cohort = store.cohortByCode(row.key);
            if (!cohort)
                continue;
            const auto programme = store.programmeById(cohort->programmeId);
            f.headcounts.append({programme ? programme->code : QString(), cohort->title,
                                 Statistics::countingDate(*cohort), row.participants});
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    std::sort(f.headcounts.begin(), f.headcounts.end(),
              [](const HeadcountEvent& a, const HeadcountEvent& b) { return a.date < b.date; });
    for (int y : f.current.years)
        if (ReportingYear(y).end() < f.asAt)
            f.endedYears.append(y);
    return f;
}

Result<QList<int>> ReportFigures::reportingYears(const Services& services)
{
    return reportingYears(services.store());
}

Result<ReportFigures> ReportFigures::compute(const Services& services, const ReportOptions& options,
                                             const QDate& today)
{
    return compute(services.store(), options, today);
}

} // namespace arwain
