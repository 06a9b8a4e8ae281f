// Dashboard: every figure of the managers' dashboard, computed by Statistics (the one code path of
// `arwain-cli stats`) for one set of filters.
#pragma once

#include "domain/Result.h"
#include "stats/DashboardFigures.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"

namespace arwain {

class Services;
class Store;

class Dashboard
{
public:
    static Result<DashboardFigures> compute(const Store& store, const StatsQuery& query);
    static Result<DashboardFigures> compute(const Services& services, const StatsQuery& query);
    // Members of the network on a date: joined by then and not left by then. Throws StorageError.
    static int networkMembersAt(const Store& store, const QDate& date);
};

} // namespace arwain
