// FeedbackStats: "met needs", yes-rates and response rates by programme or cohort, with suppression.
#pragma once

#include "domain/Result.h"
#include "stats/Statistics.h"

namespace arwain {

class Store;

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

class FeedbackStats
{
    Q_DECLARE_TR_FUNCTIONS(arwain::FeedbackStats)
public:
    explicit FeedbackStats(const Store& store) : m_store(store) {}
    Result<FeedbackResult> compute(const FeedbackQuery& query) const;

private:
    const Store& m_store;
};

} // namespace arwain
