// FeedbackFigures: the query and rows of feedback percentages (met needs, yes-rates, response rates).
#pragma once

#include "stats/StatsQuery.h"

#include <QList>
#include <QString>

#include <optional>

namespace arwain {

struct FeedbackQuery
{
    std::optional<int> year;
    Breakdown by = Breakdown::Programme; // programme or cohort
    int minResponses = 0;                // rows with fewer responses are suppressed (0: never)
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
