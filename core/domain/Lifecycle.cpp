// Lifecycle: waitlisted -> enrolled | withdrawn; enrolled -> completed | deferred | withdrawn;
// deferred is resumed by a new enrolment; completed and withdrawn are final.
#include "domain/Lifecycle.h"

#include "domain/Records.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace arwain {

QList<Status> Lifecycle::allowedTargets(Status from)
{
    switch (from) {
    case Status::Waitlisted:
        return {Status::Enrolled, Status::Withdrawn};
    case Status::Enrolled:
        return {Status::Completed, Status::Deferred, Status::Withdrawn};
    case Status::Deferred:
    case Status::Completed:
    case Status::Withdrawn:
        return {};
    }
    return {};
}

QString Lifecycle::describe(Status s)
{
    const QString word = toText(s);
    return (s == Status::Enrolled ? u"an "_s : u"a "_s) + word + u" enrolment"_s;
}

Result<void> Lifecycle::checkTransition(Status from, Status to)
{
    if (allowedTargets(from).contains(to))
        return {};
    const QString verb = toText(to);
    if (from == to)
        return fail(tr("the enrolment is already %1").arg(verb));
    if (isFinal(from))
        return fail(tr("%1 cannot be %2: %3 is final (use \"revert last change\" to correct a mistake)")
                        .arg(describe(from), verb, toText(from)));
    if (from == Status::Deferred)
        return fail(tr("a deferred enrolment cannot be %1: it is resumed by enrolling in a later cohort of "
                       "the same programme")
                        .arg(verb));
    if (from == Status::Waitlisted)
        return fail(tr("a waitlisted enrolment cannot be %1: it must be enrolled first").arg(verb));
    // enrolled -> waitlisted
    return fail(tr("an enrolled enrolment cannot be %1: a place once given is not taken back to the waitlist")
                    .arg(verb));
}

QList<StatusChange> Lifecycle::standingChanges(const QList<StatusChange>& history)
{
    QSet<qint64> reverted;
    for (const StatusChange& c : history)
        if (c.reverts != 0)
            reverted.insert(c.reverts);
    QList<StatusChange> out;
    for (const StatusChange& c : history)
        if (c.reverts == 0 && !reverted.contains(c.id))
            out.append(c);
    return out;
}

std::optional<Status> Lifecycle::statusOn(const QList<StatusChange>& history, const QDate& date)
{
    // Changes are recorded in effective-date order (a change may not predate the one before it),
    // so the last standing change on or before the date is the status then.
    std::optional<Status> status;
    for (const StatusChange& c : standingChanges(history))
        if (c.effectiveDate <= date)
            status = c.to;
    return status;
}

} // namespace arwain
