// Statistics: the three definitions, half-up rounding, eventual completion, as-at and breakdowns.
#include "TestSupport.h"
#include "domain/Records.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include "stats/Statistics.h"
#include "storage/CohortTally.h"

#include <tuple>

using namespace arwain;
using namespace arwain::test;

namespace {

class Counting : public DbTest
{
protected:
    // Cohort A (2024 to 2025, 5 places): two complete, one defers and completes in cohort B
    // (2025 to 2026), one withdraws, one is in progress, one waits for a place.
    void SetUp() override
    {
        DbTest::SetUp();
        const qint64 north =
            catalogue->save(Organisation{0, u"Cyngor Gwynedd"_s, Sector::LocalAuthority, Region::NorthWales})
                .value()
                .id;
        const qint64 third =
            catalogue->save(Organisation{0, u"Llais Trust"_s, Sector::ThirdSector, Region::MidWales})
                .value()
                .id;
        a = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28), 5);
        b = addCohort(u"TMDP-2025-1"_s, u"TMDP"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
        const QStringList names = {u"Siân"_s,   u"Llŷr"_s,  u"Gwenllïan"_s,
                                   u"Rhodri"_s, u"Ffion"_s, u"Dafydd"_s};
        for (int i = 0; i < 6; ++i) {
            Participant p;
            p.givenName = names.at(i);
            p.familyName = u"Jones"_s;
            p.email = u"p%1@example.org"_s.arg(i + 1);
            p.organisationId = i < 3 ? north : third;
            p.jobRole = i % 2 ? JobRole::MiddleManager : JobRole::FirstLineManager;
            people << catalogue->save(p).value().id;
            e << enrolments->enrol(people.last(), a, QDate(2024, 4, 10)).value().id;
        }
        ASSERT_TRUE(enrolments->changeStatus(e[0], Status::Completed, QDate(2024, 11, 28)));
        ASSERT_TRUE(enrolments->changeStatus(e[1], Status::Completed, QDate(2024, 11, 28)));
        ASSERT_TRUE(enrolments->changeStatus(e[2], Status::Deferred, QDate(2024, 7, 1), Reason::Health));
        ASSERT_TRUE(
            enrolments->changeStatus(e[3], Status::Withdrawn, QDate(2024, 8, 1), Reason::ChangedRole));
        ASSERT_EQ(statusOf(e[5]), Status::Waitlisted);
        const qint64 resumed = enrolments->enrol(people[2], b, QDate(2025, 5, 20)).value().id;
        ASSERT_TRUE(enrolments->changeStatus(resumed, Status::Completed, QDate(2026, 3, 19)));
    }

    StatsResult compute(StatsQuery q)
    {
        auto r = Statistics(*store).compute(q);
        EXPECT_TRUE(r.ok()) << s(r.error());
        return r.ok() ? r.value() : StatsResult{};
    }
    StatsQuery year2024(Definition d = Definition::Published)
    {
        StatsQuery q;
        q.year = 2024;
        q.definition = d;
        return q;
    }

    qint64 a = 0, b = 0;
    QList<qint64> people, e;
};

} // namespace

TEST(StatisticsRate, RoundsHalfUpToTwoDecimals)
{
    EXPECT_EQ(Statistics::rate(32, 36), 8889);
    EXPECT_EQ(Statistics::rate(13, 15), 8667);
    EXPECT_EQ(Statistics::rate(1, 32), 313); // 3.125: half-up, not half-even
    EXPECT_EQ(Statistics::rate(1, 8), 1250);
    EXPECT_EQ(Statistics::rate(2, 3), 6667);
    EXPECT_EQ(Statistics::rate(5, 5), 10000);
    EXPECT_FALSE(Statistics::rate(0, 0).has_value());
    EXPECT_EQ(Statistics::formatRate(8889), u"88.89"_s);
    EXPECT_EQ(Statistics::formatRate(10000), u"100.00"_s);
    EXPECT_EQ(Statistics::formatRate(5), u"0.05"_s);
}

TEST_F(Counting, PublishedDefinitionCountsEveryoneEnrolledButTheWaitlist)
{
    const auto r = compute(year2024());
    ASSERT_EQ(r.rows.size(), 1);
    const StatsRow& t = r.rows.first();
    EXPECT_EQ(t.key, u"TMDP"_s);
    EXPECT_EQ(t.cohorts, 1);
    EXPECT_EQ(t.participants, 5);
    EXPECT_EQ(t.completed, 2);
    EXPECT_EQ(t.deferred, 1);
    EXPECT_EQ(t.withdrawn, 1);
    EXPECT_EQ(t.inProgress, 1);
    EXPECT_EQ(t.waitlisted, 1);
    EXPECT_EQ(t.rate, 4000);
}

TEST_F(Counting, OtherDefinitionsChangeOnlyTheDenominator)
{
    EXPECT_EQ(compute(year2024(Definition::ExcludingDeferrals)).rows.first().rate, 5000); // 2 / (5 - 1)
    EXPECT_EQ(compute(year2024(Definition::FinishedOnly)).rows.first().rate, 6667);       // 2 / (2 + 1)
}

TEST_F(Counting, DeferredInOneYearCompletedInTheNextAndEventuallyCompletedOnce)
{
    const auto r2024 = compute(year2024());
    EXPECT_EQ(r2024.rows.first().people, 5);
    EXPECT_EQ(r2024.rows.first().eventuallyCompleted, 3);
    EXPECT_EQ(r2024.rows.first().eventualRate, 6000);
    StatsQuery q;
    q.year = 2025;
    const auto r2025 = compute(q);
    ASSERT_EQ(r2025.rows.size(), 1);
    EXPECT_EQ(r2025.rows.first().completed, 1);
    EXPECT_EQ(r2025.rows.first().participants, 1);
    // All years together: Gwenllïan counts twice as an enrolment, once as a person.
    const auto all = compute(StatsQuery{});
    EXPECT_EQ(all.rows.first().participants, 6);
    EXPECT_EQ(all.rows.first().people, 5);
    EXPECT_EQ(all.rows.first().eventuallyCompleted, 3);
}

TEST_F(Counting, AsAtRebuildsFiguresFromHistory)
{
    StatsQuery q = year2024();
    q.asAt = QDate(2024, 6, 30);
    auto before = compute(q).rows.first();
    EXPECT_EQ(before.participants, 5);
    EXPECT_EQ(before.inProgress, 5);
    EXPECT_EQ(before.completed, 0);
    EXPECT_EQ(before.eventuallyCompleted, 0);
    q.asAt = QDate(2024, 8, 1);
    auto later = compute(q).rows.first();
    EXPECT_EQ(later.deferred, 1);
    EXPECT_EQ(later.withdrawn, 1);
    EXPECT_EQ(later.inProgress, 3);
    q.asAt = QDate(2024, 4, 9);
    EXPECT_TRUE(compute(q).rows.isEmpty());
}

TEST_F(Counting, AsAtIgnoresARevertedMistake)
{
    ASSERT_TRUE(enrolments->changeStatus(e[4], Status::Withdrawn, QDate(2024, 9, 1), Reason::Other));
    ASSERT_TRUE(enrolments->revertLastChange(e[4]).ok());
    StatsQuery q = year2024();
    q.asAt = QDate(2024, 10, 1);
    const auto row = compute(q).rows.first();
    // Rhodri's withdrawal stands; Ffion's mistaken one does not. Siân and Llŷr complete only in November.
    EXPECT_EQ(row.withdrawn, 1);
    EXPECT_EQ(row.inProgress, 3);
}

TEST_F(Counting, BreakdownsByRegionSectorRoleAndCohort)
{
    StatsQuery q = year2024();
    q.by = Breakdown::Region;
    auto regions = compute(q).rows;
    ASSERT_EQ(regions.size(), 2);
    EXPECT_EQ(regions.at(0).key, u"North Wales"_s);
    EXPECT_EQ(regions.at(0).participants, 3);
    EXPECT_EQ(regions.at(1).key, u"Mid Wales"_s);
    EXPECT_EQ(regions.at(1).participants, 2);
    EXPECT_EQ(regions.at(1).waitlisted, 1);
    q.by = Breakdown::Sector;
    EXPECT_EQ(compute(q).rows.at(1).key, u"third sector"_s);
    q.by = Breakdown::Role;
    auto roles = compute(q).rows;
    EXPECT_EQ(roles.at(0).key, u"first-line manager"_s);
    EXPECT_EQ(roles.at(0).participants, 3);
    q.year.reset();
    q.by = Breakdown::Cohort;
    auto cohorts = compute(q).rows;
    ASSERT_EQ(cohorts.size(), 2);
    EXPECT_EQ(cohorts.at(0).key, u"TMDP-2024-1"_s);
    EXPECT_EQ(cohorts.at(1).key, u"TMDP-2025-1"_s);
    q.by = Breakdown::Year;
    auto years = compute(q).rows;
    ASSERT_EQ(years.size(), 2);
    EXPECT_EQ(years.at(0).key, u"2024 to 2025"_s);
}

TEST_F(Counting, FiltersNarrowThePeopleCounted)
{
    StatsQuery q = year2024();
    q.region = Region::MidWales;
    const auto row = compute(q).rows.first();
    EXPECT_EQ(row.participants, 2); // Rhodri withdrew, Ffion in progress; Dafydd waits
    EXPECT_EQ(row.withdrawn, 1);
    q.region.reset();
    q.programme = u"mmdp"_s;
    EXPECT_TRUE(compute(q).rows.isEmpty());
    q.programme = u"NOPE"_s;
    auto unknown = Statistics(*store).compute(q);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error(), u"no programme with code NOPE"_s);
}

TEST_F(Counting, HeadcountsCountAsAttendedWithNoRegion)
{
    Cohort joint;
    joint.code = u"WSH-2025-HEIW"_s;
    joint.programmeId = store->programmeByCode(u"WSH"_s)->id;
    joint.startDate = joint.endDate = QDate(2025, 3, 12);
    joint.headcount = 164;
    ASSERT_TRUE(catalogue->save(joint).ok());
    StatsQuery q = year2024();
    q.programme = u"WSH"_s;
    auto row = compute(q).rows.first();
    EXPECT_EQ(row.participants, 164);
    EXPECT_EQ(row.completed, 164);
    q.programme.clear();
    q.by = Breakdown::Region;
    EXPECT_EQ(compute(q).rows.last().key, u"not recorded"_s);
    EXPECT_EQ(compute(q).rows.last().participants, 164);
    q.region = Region::NorthWales;
    EXPECT_EQ(compute(q).rows.size(), 1);
}

TEST_F(Counting, DateRangeSelectsCohortsByTheirEndDate)
{
    StatsQuery q;
    q.from = QDate(2024, 11, 1);
    q.to = QDate(2024, 11, 30);
    EXPECT_EQ(compute(q).rows.first().participants, 5);
    q.to = QDate(2024, 11, 27);
    EXPECT_TRUE(compute(q).rows.isEmpty());
    EXPECT_EQ(Statistics::periodLabel(q), u"2024-11-01 to 2024-11-27"_s);
}

namespace {
// The status counts of `q` read from the counts the database keeps must equal a recount of every
// enrolment, row for row.
void expectKeptCountsAgree(Store& store, StatsQuery q)
{
    q.people = true;
    const auto recounted = Statistics(store).compute(q);
    q.people = false;
    const auto kept = Statistics(store).compute(q);
    ASSERT_TRUE(recounted.ok() && kept.ok());
    ASSERT_EQ(kept.value().rows.size(), recounted.value().rows.size());
    for (qsizetype i = 0; i < kept.value().rows.size(); ++i) {
        const StatsRow& k = kept.value().rows.at(i);
        const StatsRow& r = recounted.value().rows.at(i);
        EXPECT_EQ(k.key, r.key);
        EXPECT_EQ(k.cohorts, r.cohorts) << s(r.key);
        EXPECT_EQ(std::tie(k.participants, k.completed, k.deferred, k.withdrawn, k.inProgress, k.waitlisted),
                  std::tie(r.participants, r.completed, r.deferred, r.withdrawn, r.inProgress, r.waitlisted))
            << s(r.key);
        EXPECT_EQ(k.rate, r.rate) << s(r.key);
        EXPECT_EQ(k.people, 0); // not asked for
    }
    if (q.by != Breakdown::Cohort)
        return;
    // By cohort, people and eventual completion come from the kept counts too when no one asks who.
    q.people = true;
    q.members = false;
    const auto counted = Statistics(store).compute(q);
    ASSERT_TRUE(counted.ok());
    ASSERT_EQ(counted.value().rows.size(), recounted.value().rows.size());
    for (qsizetype i = 0; i < counted.value().rows.size(); ++i) {
        const StatsRow& k = counted.value().rows.at(i);
        const StatsRow& r = recounted.value().rows.at(i);
        EXPECT_EQ(std::tie(k.key, k.participants, k.completed, k.people, k.eventuallyCompleted),
                  std::tie(r.key, r.participants, r.completed, r.people, r.eventuallyCompleted))
            << s(r.key);
        EXPECT_EQ(k.eventualRate, r.eventualRate) << s(r.key);
        EXPECT_TRUE(k.members.isEmpty());
    }
}
} // namespace

TEST_F(Counting, KeptCountsAgreeWithARecountAfterEveryKindOfChange)
{
    auto agree = [&](const char* after) {
        SCOPED_TRACE(after);
        EXPECT_TRUE(db->check().value().isEmpty()) << s(db->check().value().join(u"; "_s));
        for (Breakdown by : {Breakdown::Programme, Breakdown::Cohort, Breakdown::Year})
            for (std::optional<int> year :
                 {std::optional<int>(), std::optional<int>(2024), std::optional<int>(2025)})
                for (Definition d : {Definition::Published, Definition::FinishedOnly}) {
                    StatsQuery q;
                    q.by = by;
                    q.year = year;
                    q.definition = d;
                    expectKeptCountsAgree(*store, q);
                }
    };
    agree("the fixture");
    ASSERT_TRUE(enrolments->changeStatus(e[4], Status::Completed, QDate(2024, 11, 28)));
    agree("a completion");
    ASSERT_TRUE(enrolments->revertLastChange(e[4]).ok());
    agree("a revert");
    ASSERT_TRUE(enrolments->changeStatus(e[5], Status::Enrolled, QDate(2024, 4, 20)).ok());
    agree("a place given to the waitlisted");
    store->removeEnrolment(e[3]);
    agree("an enrolment removed");
    const qint64 empty = addCohort(u"TMDP-2024-9"_s, u"TMDP"_s, QDate(2024, 9, 1), QDate(2025, 1, 31));
    agree("a cohort with nobody in it");
    ASSERT_TRUE(enrolments->enrol(people[3], empty, QDate(2024, 8, 20)));
    agree("an enrolment added");
    // Deferred twice: in A, then again in B on resuming, then completed in C.
    const qint64 c = addCohort(u"TMDP-2026-1"_s, u"TMDP"_s, QDate(2026, 5, 1), QDate(2026, 10, 30));
    ASSERT_TRUE(enrolments->changeStatus(e[4], Status::Deferred, QDate(2024, 9, 1), Reason::Health));
    const qint64 again = enrolments->enrol(people[4], b, QDate(2025, 5, 20)).value().id;
    ASSERT_TRUE(enrolments->changeStatus(again, Status::Deferred, QDate(2025, 9, 1), Reason::Health));
    agree("deferred twice, not yet completed");
    const qint64 last = enrolments->enrol(people[4], c, QDate(2026, 4, 20)).value().id;
    const auto done = enrolments->changeStatus(last, Status::Completed, QDate(2026, 10, 30));
    ASSERT_TRUE(done.ok()) << s(done.error());
    agree("completed on the second resumption");
    StatsQuery cohorts;
    cohorts.by = Breakdown::Cohort;
    cohorts.members = false;
    const StatsRow first = compute(cohorts).rows.first();
    ASSERT_EQ(first.key, u"TMDP-2024-1"_s);
    EXPECT_EQ(first.people, 5);              // two completed, two deferred, Dafydd in progress
    EXPECT_EQ(first.eventuallyCompleted, 4); // both deferrals completed later, one on its second resuming
    StatsQuery byProgramme;
    byProgramme.year = 2024;
    byProgramme.people = false;
    const StatsRow tmdp = compute(byProgramme).rows.first();
    EXPECT_EQ(tmdp.cohorts, 2);      // the new cohort now has someone in it
    EXPECT_EQ(tmdp.participants, 6); // 5, plus Dafydd given a place, less Rhodri removed, plus the new one
}

TEST_F(Counting, WithoutPeopleAFilterOnPeopleStillCountsEachEnrolment)
{
    StatsQuery q = year2024();
    q.region = Region::NorthWales;
    q.people = false;
    const StatsRow row = compute(q).rows.first();
    EXPECT_EQ(row.participants, 3);
    EXPECT_EQ(row.completed, 2);
    EXPECT_EQ(row.deferred, 1);
    EXPECT_EQ(row.people, 0);
    EXPECT_FALSE(row.eventualRate.has_value());
}

TEST_F(Counting, CountsReadWithoutTheCompletionsOnResumingAreRefusedForPeopleNotMiscounted)
{
    const auto counts = Statistics(*store).loadCounts();
    ASSERT_TRUE(counts.ok());
    StatsQuery q;
    q.by = Breakdown::Cohort;
    q.members = false;
    const auto people = Statistics::compute(counts.value(), q);
    ASSERT_FALSE(people.ok()); // eventual completion would lack the deferrals completed later
    EXPECT_TRUE(people.error().contains(u"every enrolment"_s)) << s(people.error());
    q.people = false;
    const auto statuses = Statistics::compute(counts.value(), q);
    ASSERT_TRUE(statuses.ok());
    EXPECT_EQ(statuses.value().rows.first().completed, 2);
}
