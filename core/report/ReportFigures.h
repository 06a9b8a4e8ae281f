// ReportFigures: every figure an annual report states, computed by the dashboard's code (Statistics,
// FeedbackStats, AttendanceStats), for the reporting year and the year before it.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "report/ReportOptions.h"
#include "stats/DashboardFigures.h"

#include <QList>

namespace arwain {

class Services;
class Store;

// A single session with people counted rather than named ("164 people attended our joint session").
struct HeadcountEvent
{
    QString programme; // code
    QString title;
    QDate date;
    int attended = 0; // everyone counted at it, named or not
};

struct ReportFigures
{
    ReportOptions options;
    QDate madeOn;                // the day the report was made
    QDate asAt;                  // the date its statuses stand at (the as-at date, or madeOn)
    QList<Programme> programmes; // the catalogue: names, Welsh names, kinds, in catalogue order
    DashboardFigures current;    // the reporting year (feedback with the report's suppression)
    StatsResult previous;        // the year before, by programme
    int previousNetworkMembers = 0;
    QList<HeadcountEvent> headcounts;
    QList<int> endedYears; // reporting years with cohorts that had ended by asAt, oldest first
    int minResponses = 0;  // the suppression applied to feedback (0: none)

    const Programme* programme(const QString& code) const;
    // Reporting years that hold cohorts (by counting date), newest first.
    static Result<QList<int>> reportingYears(const Store& store);
    static Result<QList<int>> reportingYears(const Services& services);
    static Result<ReportFigures> compute(const Store& store, const ReportOptions& options,
                                         const QDate& today);
    static Result<ReportFigures> compute(const Services& services, const ReportOptions& options,
                                         const QDate& today);
};

} // namespace arwain
