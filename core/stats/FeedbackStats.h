// FeedbackStats: "met needs", yes-rates and response rates by programme or cohort, with suppression.
#pragma once

#include "domain/Result.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"

namespace arwain {

class Store;

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
