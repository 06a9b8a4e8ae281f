// Dashboard: the same StatsQuery with a different breakdown for each panel, and once per year for trends.
#include "stats/Dashboard.h"

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "services/FeedbackService.h"
#include "services/Services.h"
#include "stats/AttendanceStats.h"
#include "stats/DashboardFigures.h"
#include "stats/FeedbackFigures.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"
#include "stats/StatsData.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace arwain {

namespace {

// The trend: every year with cohorts, the other filters as chosen, counted from `data`.
Result<void> trendOf(const StatsData& data, const StatsQuery& trendQuery, DashboardFigures& f)
{
    QSet<int> years;
    for (const Cohort& c : data.cohorts) // every cohort of the file
        years.insert(ReportingYear::containing(Statistics::countingDate(c)).firstYear());
    f.years = years.values();
    std::sort(f.years.begin(), f.years.end());
    QMap<QString, QList<TrendPoint>> series;
    QStringList order;
    for (int y : f.years) {
        StatsQuery q = trendQuery;
        q.year = y;
        auto r = Statistics::compute(data, q);
        if (!r)
            return r.toError();
        for (const StatsRow& row : r.value().rows) {
            if (!order.contains(row.key))
                order << row.key;
            series[row.key].append({y, row.rate});
        }
    }
    for (const QString& key : order)
        f.trend.append({key, series.value(key)});
    return {};
}

} // namespace

Result<DashboardFigures> Dashboard::compute(const Store& store, const StatsQuery& query)
{
    DashboardFigures f;
    f.query = query;
    // Trends: every year with cohorts, the other filters as chosen. Rates of whole cohorts come from the
    // counts the database keeps; a person filter or "as at" needs every enrolment.
    StatsQuery trendQuery = query;
    trendQuery.year.reset();
    trendQuery.from = trendQuery.to = QDate();
    trendQuery.by = Breakdown::Programme;
    trendQuery.people = false; // rates only
    const bool fromCounts = Statistics::countsSuffice(trendQuery);
    const auto [from, to] = Statistics::periodOf(query);
    const bool partial = !query.asAt && (from.isValid() || to.isValid());
    const bool trendFromPeriod = !fromCounts && !partial; // the period's read is the whole file
    {
        // Read once, counted many times: the panels from one read of the period's enrolments, which
        // is let go before the next read (on a million enrolments each holds tens of megabytes).
        auto loaded = Statistics(store).loadPeriod(query);
        if (!loaded)
            return loaded.toError();
        const StatsData& data = loaded.value();
        auto by = [&](Breakdown b, StatsResult& out) -> Result<void> {
            StatsQuery q = query;
            q.by = b;
            auto r = Statistics::compute(data, q);
            if (!r)
                return r.toError();
            out = r.take();
            return {};
        };
        for (auto [b, out] :
             {std::pair{Breakdown::Programme, &f.programmes}, std::pair{Breakdown::Cohort, &f.cohorts},
              std::pair{Breakdown::Region, &f.regions}, std::pair{Breakdown::Sector, &f.sectors},
              std::pair{Breakdown::Role, &f.roles}})
            if (auto done = by(b, *out); !done)
                return done.toError();
        if (trendFromPeriod)
            if (auto done = trendOf(data, trendQuery, f); !done)
                return done.toError();
    }
    if (!trendFromPeriod) {
        auto everything = fromCounts ? Statistics(store).loadCounts() : Statistics(store).load(false);
        if (!everything)
            return everything.toError();
        if (auto done = trendOf(everything.value(), trendQuery, f); !done)
            return done.toError();
    }

    // Feedback follows the dashboard's filters: programme, and (for named responses) region, sector, role.
    FeedbackQuery fq;
    fq.year = query.year;
    fq.programme = query.programme;
    fq.region = query.region;
    fq.sector = query.sector;
    fq.role = query.role;
    fq.minResponses = FeedbackService::suppressionThreshold(store);
    auto feedback = FeedbackStats(store).compute(fq);
    if (!feedback)
        return feedback.toError();
    f.feedback = feedback.take();
    auto attendance = AttendanceStats(store).summary(query, Clock::today());
    if (!attendance)
        return attendance.toError();
    f.attendance = attendance.take();
    const QDate end = query.year ? ReportingYear(*query.year).end() : query.to.isValid() ? query.to : QDate();
    const QDate at = query.asAt ? *query.asAt : end.isValid() ? end : QDate(9999, 12, 31);
    try {
        f.networkMembers = networkMembersAt(store, at);
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return f;
}

int Dashboard::networkMembersAt(const Store& store, const QDate& date)
{
    int members = 0;
    for (const NetworkMember& m : store.networkMembers())
        if (m.joinedOn <= date && (!m.leftOn.isValid() || m.leftOn > date))
            ++members;
    return members;
}

Result<DashboardFigures> Dashboard::compute(const Services& services, const StatsQuery& query)
{
    return compute(services.store(), query);
}

} // namespace arwain
