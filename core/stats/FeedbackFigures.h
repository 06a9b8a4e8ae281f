// FeedbackFigures: the query and rows of feedback percentages (met needs, yes-rates, response rates).
#pragma once

#include "domain/Terms.h"
#include "stats/StatsQuery.h"

#include <QList>
#include <QString>

#include <optional>

namespace arwain {

struct FeedbackQuery
{
    std::optional<int> year;
    QString programme; // programme code; empty: all
    // Only responses of named participants with these details (anonymous ones cannot be placed).
    std::optional<Region> region;
    std::optional<Sector> sector;
    std::optional<JobRole> role;
    Breakdown by = Breakdown::Programme; // any breakdown; by region, sector or role, anonymous
                                         // responses fall under "not recorded"
    int minResponses = 0;                // rows with fewer responses are suppressed (0: never)
    // Only this cohort (0: every cohort the rest allows); its row is then worked out from its own
    // enrolments and responses, not the whole year's (a cohort's Feedback tab on a nation's file).
    qint64 cohortId = 0;
    bool filtersPeople() const { return region || sector || role; }
};

struct FeedbackRow
{
    QString key;
    int participants = 0;
    int responses = 0;
    bool suppressed = false; // fewer than minResponses: percentages withheld
    std::optional<qint64> responseRate, metNeeds, metExpectations, learnedUsable, relevant, recommend;
};

struct FeedbackResult
{
    FeedbackQuery query;
    QList<FeedbackRow> rows;
};

} // namespace arwain
