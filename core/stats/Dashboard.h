// Dashboard: every figure of the managers' dashboard, computed by Statistics (the one code path of
// `arwain-cli stats`) for one set of filters.
#pragma once

#include "stats/FeedbackStats.h"
#include "domain/Result.h"
#include "stats/Statistics.h"

namespace arwain {

class Store;

struct TrendPoint
{
    int year = 0; // first year of the reporting year
    std::optional<qint64> rate;
};

struct DashboardFigures
{
    StatsQuery query;
    StatsResult programmes; // tiles and the completion-rate bars
    StatsResult cohorts;    // the status mix per cohort
    StatsResult regions, sectors, roles;
    // Completion rate per programme over every reporting year with cohorts (the query's year ignored).
    QList<QPair<QString, QList<TrendPoint>>> trend;
    QList<int> years; // reporting years that hold cohorts, oldest first
    // Feedback by programme for the period's reporting year (or all years), as `arwain-cli feedback`.
    FeedbackResult feedback;
    // Members of the network at the end of the period (today without one).
    int networkMembers = 0;
};

class Dashboard
{
public:
    static Result<DashboardFigures> compute(const Store& store, const StatsQuery& query);
};

} // namespace arwain
