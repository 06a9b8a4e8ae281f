// DashboardFigures: every figure the managers' dashboard shows for one set of filters.
#pragma once

#include "stats/AttendanceFigures.h"
#include "stats/FeedbackFigures.h"
#include "stats/StatsResult.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace arwain {

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
    // Attendance per programme with sessions in the period, people filtered as above.
    QList<AttendanceSummary> attendance;
    // Members of the network at the end of the period (today without one).
    int networkMembers = 0;
};

} // namespace arwain
