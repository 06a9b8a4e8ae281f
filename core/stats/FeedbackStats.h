// FeedbackStats: "met needs", yes-rates and response rates by programme or cohort, with suppression.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"

namespace arwain {

class Services;
class Store;

class FeedbackStats
{
    Q_DECLARE_TR_FUNCTIONS(arwain::FeedbackStats)
public:
    explicit FeedbackStats(const Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit FeedbackStats(const Services& services);
    Result<FeedbackResult> compute(const FeedbackQuery& query) const;
    // The responses behind one row of compute(query) (the row's key), comments included.
    Result<QList<Feedback>> responses(const FeedbackQuery& query, const QString& key) const;

private:
    // Each response in scope with the key of the row it counts in.
    QList<std::pair<QString, Feedback>> inScope(const FeedbackQuery& query) const;

    const Store& m_store;
};

} // namespace arwain
