// EnrolmentService: enrolling, waitlists, every allowed and refused change, history, revert and resume.
#include "TestSupport.h"
#include "domain/Records.h"

#include "domain/Lifecycle.h"

using namespace arwain;
using namespace arwain::test;

namespace {

class Enrolments : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        cohortA = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28), 2);
        cohortB = addCohort(u"TMDP-2025-1"_s, u"TMDP"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
        sian = addPerson(u"Siân"_s, u"Jones"_s, u"sian.jones@example.org"_s);
        llyr = addPerson(u"Llŷr"_s, u"Ifans"_s, u"llyr.ifans@example.org"_s);
        gwen = addPerson(u"Gwenllïan"_s, u"ap Dafydd"_s, u"gwenllian@example.org"_s);
    }

    qint64 enrolled(qint64 person, qint64 cohort, QDate d = QDate(2024, 4, 1))
    {
        auto e = enrolments->enrol(person, cohort, d);
        EXPECT_TRUE(e.ok()) << s(e.error());
        return e.ok() ? e.value().id : 0;
    }

    qint64 cohortA = 0, cohortB = 0, sian = 0, llyr = 0, gwen = 0;
};

} // namespace

TEST_F(Enrolments, EnrolRecordsCreationInHistory)
{
    const qint64 e = enrolled(sian, cohortA);
    EXPECT_EQ(statusOf(e), Status::Enrolled);
    const auto h = enrolments->history(e).value();
    ASSERT_EQ(h.size(), 1);
    EXPECT_FALSE(h.first().from.has_value());
    EXPECT_EQ(h.first().to, Status::Enrolled);
    EXPECT_EQ(h.first().kind, HistoryKind::Created);
    EXPECT_EQ(h.first().recordedAt, kToday);
}

TEST_F(Enrolments, FullCohortPutsNewPeopleOnTheWaitlist)
{
    enrolled(sian, cohortA);
    enrolled(llyr, cohortA);
    const qint64 third = enrolled(gwen, cohortA);
    EXPECT_EQ(statusOf(third), Status::Waitlisted);
    auto promote = enrolments->changeStatus(third, Status::Enrolled, QDate(2024, 5, 1));
    ASSERT_FALSE(promote.ok());
    EXPECT_TRUE(promote.error().contains(u"cohort TMDP-2024-1 is full (capacity 2)"_s)) << s(promote.error());
}

TEST_F(Enrolments, AWithdrawalFreesAPlaceForTheWaitlist)
{
    const qint64 first = enrolled(sian, cohortA);
    enrolled(llyr, cohortA);
    const qint64 waiting = enrolled(gwen, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(first, Status::Withdrawn, QDate(2024, 5, 1), Reason::Health));
    auto promote = enrolments->changeStatus(waiting, Status::Enrolled, QDate(2024, 5, 2));
    ASSERT_TRUE(promote.ok()) << s(promote.error());
    EXPECT_EQ(statusOf(waiting), Status::Enrolled);
}

TEST_F(Enrolments, EnrollingTwiceIsRefusedByName)
{
    enrolled(sian, cohortA);
    auto again = enrolments->enrol(sian, cohortA, QDate(2024, 4, 2));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), u"Siân Jones is already in cohort TMDP-2024-1 (enrolled)"_s);
}

TEST_F(Enrolments, CompletionIsRecordedWithFromToAndDate)
{
    const qint64 e = enrolled(sian, cohortA);
    auto done =
        enrolments->changeStatus(e, Status::Completed, QDate(2024, 11, 28), Reason::Unset, u"passed"_s);
    ASSERT_TRUE(done.ok()) << s(done.error());
    EXPECT_EQ(statusOf(e), Status::Completed);
    const auto h = enrolments->history(e).value();
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.last().from, Status::Enrolled);
    EXPECT_EQ(h.last().to, Status::Completed);
    EXPECT_EQ(h.last().effectiveDate, QDate(2024, 11, 28));
    EXPECT_EQ(h.last().note, u"passed"_s);
}

TEST_F(Enrolments, RefusedChangesNameTheRuleAndChangeNothing)
{
    const qint64 e = enrolled(sian, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(e, Status::Withdrawn, QDate(2024, 6, 1), Reason::ChangedRole));
    auto complete = enrolments->changeStatus(e, Status::Completed, QDate(2024, 11, 28));
    ASSERT_FALSE(complete.ok());
    EXPECT_TRUE(complete.error().startsWith(u"a withdrawn enrolment cannot be completed"_s))
        << s(complete.error());
    EXPECT_EQ(statusOf(e), Status::Withdrawn);
    EXPECT_EQ(enrolments->history(e).value().size(), 2);
}

TEST_F(Enrolments, DeferralAndWithdrawalNeedAReason)
{
    const qint64 e = enrolled(sian, cohortA);
    auto defer = enrolments->changeStatus(e, Status::Deferred, QDate(2024, 6, 1));
    ASSERT_FALSE(defer.ok());
    EXPECT_TRUE(defer.error().contains(u"needs a reason"_s));
    EXPECT_TRUE(defer.error().contains(u"work pressures"_s));
    auto withdraw = enrolments->changeStatus(e, Status::Withdrawn, QDate(2024, 6, 1));
    EXPECT_FALSE(withdraw.ok());
    EXPECT_EQ(statusOf(e), Status::Enrolled);
    ASSERT_TRUE(
        enrolments->changeStatus(e, Status::Deferred, QDate(2024, 6, 1), Reason::CaringResponsibilities));
    EXPECT_EQ(store->enrolmentById(e)->reason, Reason::CaringResponsibilities);
}

TEST_F(Enrolments, DatesMayNotBeInTheFutureOrBeforeTheLastChange)
{
    const qint64 e = enrolled(sian, cohortA, QDate(2024, 4, 10));
    auto future = enrolments->changeStatus(e, Status::Completed, QDate(2027, 1, 1));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error(), u"the date 2027-01-01 is in the future"_s);
    auto early = enrolments->changeStatus(e, Status::Completed, QDate(2024, 4, 9));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error(), u"the date 2024-04-09 is before the enrolment's last change (2024-04-10)"_s);
    EXPECT_EQ(statusOf(e), Status::Enrolled);
}

TEST_F(Enrolments, RevertUndoesTheLastChangeAndIsRecorded)
{
    const qint64 e = enrolled(sian, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(e, Status::Withdrawn, QDate(2024, 6, 1), Reason::Personal));
    auto reverted = enrolments->revertLastChange(e, u"withdrawn by mistake"_s);
    ASSERT_TRUE(reverted.ok()) << s(reverted.error());
    EXPECT_EQ(statusOf(e), Status::Enrolled);
    EXPECT_EQ(store->enrolmentById(e)->reason, Reason::Unset);
    const auto h = enrolments->history(e).value();
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h.last().kind, HistoryKind::Reverted);
    EXPECT_EQ(h.last().from, Status::Withdrawn);
    EXPECT_EQ(h.last().to, Status::Enrolled);
    EXPECT_EQ(h.last().reverts, h.at(1).id);
    EXPECT_EQ(h.last().note, u"withdrawn by mistake"_s);
    // Now the mistake is gone, completing is allowed again.
    EXPECT_TRUE(enrolments->changeStatus(e, Status::Completed, QDate(2024, 11, 28)).ok());
}

TEST_F(Enrolments, RevertStepsBackOneStandingChangeAtATimeAndStopsAtCreation)
{
    const qint64 e = enrolled(gwen, cohortB, QDate(2025, 5, 1));
    ASSERT_TRUE(enrolments->changeStatus(e, Status::Completed, QDate(2026, 3, 19)));
    ASSERT_TRUE(enrolments->revertLastChange(e).ok());
    EXPECT_EQ(statusOf(e), Status::Enrolled);
    auto nothing = enrolments->revertLastChange(e);
    ASSERT_FALSE(nothing.ok());
    EXPECT_TRUE(nothing.error().contains(u"no change to revert"_s));
}

TEST_F(Enrolments, EnrollingInALaterCohortResumesTheDeferral)
{
    const qint64 a = enrolled(sian, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(a, Status::Deferred, QDate(2024, 7, 1), Reason::WorkPressures));
    auto b = enrolments->enrol(sian, cohortB, QDate(2025, 5, 20));
    ASSERT_TRUE(b.ok()) << s(b.error());
    EXPECT_EQ(b.value().continuesId, a);
    EXPECT_EQ(store->continuationsOf(a).size(), 1);
}

TEST_F(Enrolments, ResumeMustBeALaterCohortOfTheSameProgrammeAndOnlyOnce)
{
    const qint64 mmdp = addCohort(u"MMDP-2025-1"_s, u"MMDP"_s, QDate(2025, 5, 7), QDate(2026, 3, 18));
    const qint64 a = enrolled(sian, cohortA);
    auto notDeferred = enrolments->resume(a, cohortB, QDate(2025, 5, 20));
    ASSERT_FALSE(notDeferred.ok());
    EXPECT_TRUE(notDeferred.error().contains(u"only a deferred enrolment can be resumed"_s));
    ASSERT_TRUE(enrolments->changeStatus(a, Status::Deferred, QDate(2024, 7, 1), Reason::Health));
    auto other = enrolments->resume(a, mmdp, QDate(2025, 5, 1));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().contains(u"later cohort of the same programme; MMDP-2025-1 is not one"_s));
    ASSERT_TRUE(enrolments->resume(a, cohortB, QDate(2025, 5, 20)).ok());
    const qint64 c = addCohort(u"TMDP-2026-1"_s, u"TMDP"_s, QDate(2026, 9, 16), QDate(2027, 3, 18));
    auto twice = enrolments->resume(a, c, QDate(2026, 9, 1));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(u"already been resumed"_s));
}

TEST_F(Enrolments, AResumedDeferralCannotBeReverted)
{
    const qint64 a = enrolled(sian, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(a, Status::Deferred, QDate(2024, 7, 1), Reason::Health));
    ASSERT_TRUE(enrolments->enrol(sian, cohortB, QDate(2025, 5, 20)).ok());
    auto r = enrolments->revertLastChange(a);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(u"resumed in cohort TMDP-2025-1"_s));
    EXPECT_EQ(statusOf(a), Status::Deferred);
}

TEST_F(Enrolments, ImportedFinishedEnrolmentsGetAnEnrolledStartAndTheirStatus)
{
    Enrolment e;
    e.participantId = sian;
    e.cohortId = cohortA;
    e.status = Status::Completed;
    e.statusDate = QDate(2024, 11, 28);
    auto r = enrolments->recordImported(e);
    ASSERT_TRUE(r.ok()) << s(r.error());
    const auto h = enrolments->history(r.value().id).value();
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).kind, HistoryKind::Imported);
    EXPECT_EQ(h.at(0).to, Status::Enrolled);
    EXPECT_EQ(h.at(0).effectiveDate, QDate(2024, 4, 17));
    EXPECT_EQ(h.at(1).to, Status::Completed);

    Enrolment d = e;
    d.participantId = llyr;
    d.status = Status::Deferred;
    auto noReason = enrolments->recordImported(d);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().contains(u"needs a reason"_s));
}

TEST_F(Enrolments, HistoryCheckFindsNoProblemsAfterNormalWork)
{
    const qint64 e = enrolled(sian, cohortA);
    ASSERT_TRUE(enrolments->changeStatus(e, Status::Deferred, QDate(2024, 7, 1), Reason::Health));
    ASSERT_TRUE(enrolments->revertLastChange(e).ok());
    auto problems = enrolments->checkHistory();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty()) << s(problems.value().join(u'\n'));
}

TEST_F(Enrolments, SeveralChangesAreOneTransactionRefusedWholeWithTheFirstReasonNamed)
{
    const qint64 a = enrolled(sian, cohortA);
    const qint64 b = enrolled(llyr, cohortA);
    const qint64 c = enrolled(gwen, cohortB, QDate(2025, 5, 1));
    ASSERT_TRUE(enrolments->changeStatus(b, Status::Withdrawn, QDate(2024, 6, 1), Reason::ChangedRole));
    // Llŷr withdrew: completing all three is refused whole, with his name and the rule, and Siân (before
    // him in the list) is not left completed.
    auto all = enrolments->changeStatuses({a, b, c}, Status::Completed, QDate(2024, 11, 28));
    ASSERT_FALSE(all.ok());
    EXPECT_TRUE(all.error().startsWith(u"Llŷr Ifans: a withdrawn enrolment cannot be completed"_s))
        << s(all.error());
    EXPECT_EQ(statusOf(a), Status::Enrolled);
    EXPECT_EQ(statusOf(c), Status::Enrolled);
    EXPECT_EQ(enrolments->history(a).value().size(), 1);

    auto two = enrolments->changeStatuses({a, c}, Status::Completed, QDate(2025, 12, 1));
    ASSERT_TRUE(two.ok()) << s(two.error());
    ASSERT_EQ(two.value().size(), 2);
    EXPECT_EQ(statusOf(a), Status::Completed);
    EXPECT_EQ(statusOf(c), Status::Completed);

    // Undo is one transaction too: someone else's change since (Gwenllïan's completion reverted by hand)
    // refuses the whole undo, and Siân stays completed.
    const qint64 aVersion = two.value().at(0).version, cVersion = two.value().at(1).version;
    ASSERT_TRUE(enrolments->revertLastChange(c).ok());
    auto undo = enrolments->revertLastChanges({a, c}, {aVersion, cVersion});
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(undo.error().contains(u"Gwenllïan ap Dafydd"_s)) << s(undo.error());
    EXPECT_EQ(statusOf(a), Status::Completed);
    auto undoOne = enrolments->revertLastChanges({a}, {aVersion});
    ASSERT_TRUE(undoOne.ok()) << s(undoOne.error());
    EXPECT_EQ(statusOf(a), Status::Enrolled);
}

TEST_F(Enrolments, ADeferralAndItsResumeAreOneChange)
{
    const qint64 a = enrolled(sian, cohortA);
    auto deferred =
        enrolments->changeStatuses({a}, Status::Deferred, QDate(2024, 6, 1), Reason::Health, {}, {}, cohortB);
    ASSERT_TRUE(deferred.ok()) << s(deferred.error());
    ASSERT_EQ(deferred.value().size(), 2);
    const Enrolment resumed = deferred.value().last();
    EXPECT_EQ(resumed.cohortId, cohortB);
    EXPECT_EQ(resumed.continuesId, a);
    auto undo = enrolments->revertLastChanges({a}, {deferred.value().first().version}, resumed.id);
    ASSERT_TRUE(undo.ok()) << s(undo.error());
    EXPECT_EQ(statusOf(a), Status::Enrolled);
    EXPECT_FALSE(store->enrolmentById(resumed.id).has_value());
}

TEST_F(Enrolments, AStaleOneOfSeveralMakesEveryoneReloadWhatTheRollbackLeft)
{
    const qint64 a = enrolled(sian, cohortA);
    const qint64 b = enrolled(llyr, cohortA);
    const qint64 aSeen = store->enrolmentById(a)->version, bSeen = store->enrolmentById(b)->version;
    // Someone else withdraws Llŷr after the window showed him enrolled.
    ASSERT_TRUE(enrolments->changeStatus(b, Status::Withdrawn, QDate(2024, 6, 1), Reason::ChangedRole));
    // What a window reloading on each notice would read through this connection.
    QList<Status> readOnReload;
    QObject::connect(db.get(), &Database::changed, [&](DataTables::Table t) {
        if (t == DataTables::Enrolments)
            readOnReload << statusOf(a);
    });
    auto both = enrolments->changeStatuses({a, b}, Status::Completed, QDate(2024, 11, 28), Reason::Unset, {},
                                           {aSeen, bSeen});
    ASSERT_FALSE(both.ok());
    EXPECT_TRUE(both.error().contains(u"Llŷr Ifans"_s)) << s(both.error());
    EXPECT_TRUE(both.error().contains(u"changed by someone else"_s)) << s(both.error());
    // Everyone is told to reload, and only once the rollback has put Siân back: never while her completion
    // was still inside the open transaction.
    ASSERT_FALSE(readOnReload.isEmpty());
    for (Status seen : readOnReload)
        EXPECT_EQ(seen, Status::Enrolled);
    EXPECT_EQ(statusOf(a), Status::Enrolled);
}
