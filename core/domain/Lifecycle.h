// Lifecycle: the one place that says which enrolment status changes are allowed, and why not.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace arwain {

class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Lifecycle)
public:
    // The statuses an enrolment in `from` may move to by a direct change.
    static QList<Status> allowedTargets(Status from);
    // Whether `from -> to` is allowed; if not, the message names the rule.
    static Result<void> checkTransition(Status from, Status to);
    // Deferral and withdrawal need a reason code.
    static bool needsReason(Status to) { return to == Status::Deferred || to == Status::Withdrawn; }
    static bool isFinal(Status s) { return s == Status::Completed || s == Status::Withdrawn; }
    // "an enrolled enrolment", "a withdrawn enrolment": the article the message needs.
    static QString describe(Status s);

    // History entries that still stand: neither reverted nor a revert, oldest first.
    static QList<StatusChange> standingChanges(const QList<StatusChange>& history);
    // The status the history gives on `date` (end of day); nullopt when the enrolment did not exist yet.
    static std::optional<Status> statusOn(const QList<StatusChange>& history, const QDate& date);
};

} // namespace arwain
