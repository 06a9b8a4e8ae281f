// Lifecycle: every pair of statuses, allowed or refused, and the refusal names the rule.
#include "domain/Lifecycle.h"
#include "domain/Records.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(Lifecycle, ExactlyTheTransitionsOfTheSpecificationAreAllowed)
{
    const QList<Status> all = {Status::Waitlisted, Status::Enrolled, Status::Completed, Status::Deferred,
                               Status::Withdrawn};
    const QList<QPair<Status, Status>> allowed = {{Status::Waitlisted, Status::Enrolled},
                                                  {Status::Waitlisted, Status::Withdrawn},
                                                  {Status::Enrolled, Status::Completed},
                                                  {Status::Enrolled, Status::Deferred},
                                                  {Status::Enrolled, Status::Withdrawn}};
    for (Status from : all)
        for (Status to : all) {
            const bool ok = Lifecycle::checkTransition(from, to).ok();
            EXPECT_EQ(ok, allowed.contains({from, to}))
                << toText(from).toStdString() << " -> " << toText(to).toStdString();
        }
}

TEST(Lifecycle, RefusalsNameTheRule)
{
    EXPECT_TRUE(Lifecycle::checkTransition(Status::Withdrawn, Status::Completed)
                    .error()
                    .startsWith(u"a withdrawn enrolment cannot be completed"_s));
    EXPECT_TRUE(Lifecycle::checkTransition(Status::Completed, Status::Deferred).error().contains(u"final"_s));
    EXPECT_TRUE(Lifecycle::checkTransition(Status::Deferred, Status::Completed)
                    .error()
                    .contains(u"later cohort of the same programme"_s));
    EXPECT_TRUE(Lifecycle::checkTransition(Status::Waitlisted, Status::Completed)
                    .error()
                    .contains(u"must be enrolled first"_s));
    EXPECT_EQ(Lifecycle::checkTransition(Status::Enrolled, Status::Enrolled).error(),
              u"the enrolment is already enrolled"_s);
}

TEST(Lifecycle, DeferralAndWithdrawalNeedReasons)
{
    EXPECT_TRUE(Lifecycle::needsReason(Status::Deferred));
    EXPECT_TRUE(Lifecycle::needsReason(Status::Withdrawn));
    EXPECT_FALSE(Lifecycle::needsReason(Status::Completed));
}

TEST(Lifecycle, StatusOnADateSkipsRevertedChangesAndTheirReverts)
{
    auto change = [](qint64 id, std::optional<Status> from, Status to, QDate d, qint64 reverts = 0) {
        StatusChange c;
        c.id = id;
        c.from = from;
        c.to = to;
        c.effectiveDate = d;
        c.reverts = reverts;
        return c;
    };
    const QList<StatusChange> h = {
        change(1, std::nullopt, Status::Enrolled, QDate(2024, 4, 1)),
        change(2, Status::Enrolled, Status::Withdrawn, QDate(2024, 6, 1)),    // a mistake…
        change(3, Status::Withdrawn, Status::Enrolled, QDate(2024, 6, 2), 2), // …reverted
        change(4, Status::Enrolled, Status::Completed, QDate(2024, 11, 28)),
    };
    EXPECT_FALSE(Lifecycle::statusOn(h, QDate(2024, 3, 31)).has_value());
    EXPECT_EQ(Lifecycle::statusOn(h, QDate(2024, 7, 1)), Status::Enrolled);
    EXPECT_EQ(Lifecycle::statusOn(h, QDate(2024, 11, 28)), Status::Completed);
    EXPECT_EQ(Lifecycle::standingChanges(h).size(), 2);
}
