// Dashboard: the panels of the demo year equal the published figures; filters change them as the
// counting rules say; drill-down lists exactly the counted people.
#include "TestSupport.h"
#include "domain/Records.h"
#include "stats/DashboardFigures.h"
#include "stats/FeedbackFigures.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include "demo/Demo.h"
#include "stats/Dashboard.h"
#include "stats/Statistics.h"

#include <QSet>

using namespace arwain;
using namespace arwain::test;

namespace {

class DashboardFiguresTest : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        ASSERT_TRUE(Demo::build(*store).ok());
    }
    DashboardFigures compute(StatsQuery q)
    {
        auto r = Dashboard::compute(*store, q);
        EXPECT_TRUE(r.ok()) << s(r.error());
        return r.ok() ? r.value() : DashboardFigures{};
    }
    static StatsRow row(const StatsResult& r, const QString& key)
    {
        for (const StatsRow& x : r.rows)
            if (x.key == key)
                return x;
        ADD_FAILURE() << "no row " << s(key);
        return {};
    }
};

} // namespace

TEST_F(DashboardFiguresTest, DemoYearTilesAndChartsShowThePublishedFigures)
{
    StatsQuery q;
    q.year = 2024;
    const DashboardFigures f = compute(q);
    EXPECT_EQ(row(f.programmes, u"TMDP"_s).rate, 8889);
    EXPECT_EQ(row(f.programmes, u"TMDP"_s).participants, 36);
    EXPECT_EQ(row(f.programmes, u"MMDP"_s).rate, 8667);
    EXPECT_EQ(row(f.cohorts, u"TMDP-2024-1"_s).completed, 16);
    EXPECT_EQ(row(f.cohorts, u"TMDP-2024-2"_s).withdrawn, 1);
    int regionTotal = 0;
    for (const StatsRow& r : f.regions.rows)
        regionTotal += r.participants;
    EXPECT_EQ(regionTotal, 36 + 15 + 17 + 9 + 312 + 45 + 164); // every person once, headcount "not recorded"
    EXPECT_EQ(f.years, (QList<int>{2022, 2023, 2024, 2025, 2026}));
    ASSERT_FALSE(f.trend.isEmpty());
    EXPECT_EQ(f.trend.first().first, u"TMDP"_s);
    QList<std::optional<qint64>> tmdp;
    for (const TrendPoint& p : f.trend.first().second)
        tmdp << p.rate;
    EXPECT_EQ(tmdp.size(), 5);
    EXPECT_EQ(tmdp.at(2), 8889); // 2024 to 2025
}

TEST_F(DashboardFiguresTest, TheTrendFromTheKeptCountsIsTheTrendCountedFromEveryEnrolment)
{
    // The trend reads the counts the database keeps per cohort; `stats --year Y` counts enrolments.
    for (Definition d : {Definition::Published, Definition::ExcludingDeferrals, Definition::FinishedOnly}) {
        StatsQuery q;
        q.year = 2024;
        q.definition = d;
        const DashboardFigures f = compute(q);
        ASSERT_GE(f.trend.size(), 4); // TMDP, MMDP, AMMP, NDP at least
        int points = 0;
        for (const auto& [programme, series] : f.trend) {
            for (const TrendPoint& p : series) {
                ++points;
                StatsQuery year;
                year.year = p.year;
                year.definition = d;
                year.programme = programme;
                const auto counted = Statistics(*store).compute(year);
                ASSERT_TRUE(counted.ok());
                ASSERT_EQ(counted.value().rows.size(), 1) << s(programme) << " " << p.year;
                EXPECT_EQ(p.rate, counted.value().rows.first().rate) << s(programme) << " " << p.year;
            }
        }
        EXPECT_GE(points, 10);
    }
}

TEST_F(DashboardFiguresTest, FiltersAndDefinitionsChangeTheFigures)
{
    StatsQuery q;
    q.year = 2024;
    q.programme = u"TMDP"_s;
    q.definition = Definition::ExcludingDeferrals;
    const DashboardFigures f = compute(q);
    ASSERT_EQ(f.programmes.rows.size(), 1);
    EXPECT_EQ(f.programmes.rows.first().rate, 9697); // 32 ÷ (36 − 3)
    q.definition = Definition::FinishedOnly;
    EXPECT_EQ(compute(q).programmes.rows.first().rate, 9697); // 32 ÷ (32 + 1)
    q.definition = Definition::Published;
    q.sector = Sector::LocalAuthority;
    const StatsRow la = compute(q).programmes.rows.first();
    EXPECT_LT(la.participants, 36);
    StatsQuery all;
    all.year = 2024;
    all.programme = u"TMDP"_s;
    EXPECT_EQ(la.participants, row(compute(all).sectors, u"local authority"_s).participants);
    q.sector.reset();
    q.asAt = QDate(2024, 10, 1);
    EXPECT_EQ(compute(q).programmes.rows.first().completed, 0);
}

TEST_F(DashboardFiguresTest, DrillDownListsExactlyTheCountedPeople)
{
    StatsQuery q;
    q.year = 2024;
    const StatsRow tmdp = row(compute(q).programmes, u"TMDP"_s);
    const QList<qint64> completed = tmdp.participantsWith(Status::Completed);
    EXPECT_EQ(completed.size(), 32);
    EXPECT_EQ(tmdp.participantsWith(Status::Deferred).size(), 3);
    EXPECT_EQ(tmdp.participantsWith(Status::Withdrawn).size(), 1);
    EXPECT_EQ(tmdp.participantsWith().size(), 36);
    // Each of them has a completed enrolment in a TMDP cohort that ends in 2024 to 2025.
    const QSet<qint64> tmdp2024 = {store->cohortByCode(u"TMDP-2024-1"_s)->id,
                                   store->cohortByCode(u"TMDP-2024-2"_s)->id};
    for (qint64 person : completed) {
        bool found = false;
        for (const Enrolment& e : store->enrolmentsOfParticipant(person))
            found = found || (tmdp2024.contains(e.cohortId) && e.status == Status::Completed);
        EXPECT_TRUE(found) << person;
    }
}

TEST_F(DashboardFiguresTest, FeedbackAndNetworkOfTheReport)
{
    StatsQuery q;
    q.year = 2024;
    const DashboardFigures f = compute(q);
    QHash<QString, FeedbackRow> rows;
    for (const FeedbackRow& r : f.feedback.rows)
        rows.insert(r.key, r);
    EXPECT_EQ(rows.value(u"AMMP"_s).metNeeds, 10000);
    EXPECT_EQ(rows.value(u"AMMP"_s).relevant, 10000);
    EXPECT_EQ(rows.value(u"NDP"_s).responses, 7);
    EXPECT_EQ(rows.value(u"NDP"_s).recommend, 10000);
    EXPECT_EQ(rows.value(u"ICL"_s).metExpectations, 9900);
    EXPECT_EQ(rows.value(u"ICL"_s).learnedUsable, 9950);
    EXPECT_EQ(f.networkMembers, 146);
    q.year = 2023; // before the network began
    EXPECT_EQ(compute(q).networkMembers, 0);
    q.year = 2024;
    q.programme = u"NDP"_s;
    ASSERT_EQ(compute(q).feedback.rows.size(), 1);
}
