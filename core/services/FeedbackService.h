// FeedbackService: feedback responses (named or anonymous) of a cohort: add, change, remove, put back;
// and the small-number suppression setting of the database.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "services/FieldError.h"
#include "storage/FeedbackStore.h"

#include <QCoreApplication>

namespace arwain {

class Store;

class FeedbackService
{
    Q_DECLARE_TR_FUNCTIONS(arwain::FeedbackService)
public:
    explicit FeedbackService(Store& store);

    const FeedbackStore& responses() const { return m_feedback; }
    FeedbackStore& responses() { return m_feedback; }

    // The responses of a cohort, by id; one response.
    Result<QList<Feedback>> ofCohort(qint64 cohortId) const;
    Result<std::optional<Feedback>> byId(qint64 id) const;

    FieldErrors validate(const Feedback& f) const;
    // Adds (id 0) or changes a response.
    Result<Feedback> save(Feedback f);
    // Removes a response; it comes back for undo.
    Result<Feedback> remove(qint64 id);
    // Puts a removed response back under its old id.
    Result<void> restore(const Feedback& f);

    // Feedback figures with fewer responses than this are withheld ("fewer than N"); 0: never.
    int suppressionThreshold() const { return suppressionThreshold(m_store); }
    static int suppressionThreshold(const Store& store);
    Result<void> setSuppressionThreshold(int responses);

private:
    void auditFeedback(const Feedback& f, const char* what) const;
    Store& m_store;
    FeedbackStore m_feedback;
};

} // namespace arwain
