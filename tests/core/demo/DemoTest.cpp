// Demo: the demo database reproduces the published 2024-to-2025 figures.
#include "TestSupport.h"
#include "stats/FeedbackFigures.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include "demo/Demo.h"
#include "domain/ReportingYear.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"

using namespace arwain;
using namespace arwain::test;

namespace {

class DemoFigures : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        auto built = Demo::build(*store);
        ASSERT_TRUE(built.ok()) << s(built.error());
    }
    StatsRow row(const QString& programme, int year = 2024)
    {
        StatsQuery q;
        q.year = year;
        q.programme = programme;
        auto r = Statistics(*store).compute(q);
        EXPECT_TRUE(r.ok());
        EXPECT_EQ(r.value().rows.size(), 1);
        return r.value().rows.value(0);
    }
    FeedbackRow feedback(const QString& programme)
    {
        FeedbackQuery q;
        q.year = 2024;
        const auto result = FeedbackStats(*store).compute(q);
        EXPECT_TRUE(result.ok());
        for (const FeedbackRow& r : result.value().rows)
            if (r.key == programme)
                return r;
        ADD_FAILURE() << "no feedback row for " << s(programme);
        return {};
    }
};

} // namespace

TEST_F(DemoFigures, TmdpReproducesThePublishedReport)
{
    const StatsRow t = row(u"TMDP"_s);
    EXPECT_EQ(t.cohorts, 2);
    EXPECT_EQ(t.participants, 36);
    EXPECT_EQ(t.completed, 32);
    EXPECT_EQ(t.deferred, 3);
    EXPECT_EQ(t.withdrawn, 1);
    EXPECT_EQ(t.inProgress, 0);
    EXPECT_EQ(Statistics::formatRate(*t.rate), u"88.89"_s);
}

TEST_F(DemoFigures, MmdpReproducesThePublishedReport)
{
    const StatsRow m = row(u"MMDP"_s);
    EXPECT_EQ(m.cohorts, 1);
    EXPECT_EQ(m.participants, 15);
    EXPECT_EQ(m.completed, 13);
    EXPECT_EQ(m.deferred, 2);
    EXPECT_EQ(m.withdrawn, 0);
    EXPECT_EQ(Statistics::formatRate(*m.rate), u"86.67"_s);
}

TEST_F(DemoFigures, OtherProgrammesOfTheYear)
{
    EXPECT_EQ(row(u"AMMP"_s).participants, 17);
    EXPECT_EQ(row(u"NDP"_s).participants, 9);
    EXPECT_GT(row(u"ICL"_s).participants, 300);
    EXPECT_EQ(row(u"WSH"_s).participants, 45 + 164);
    EXPECT_EQ(store->networkMembers().size(), 146);
    const auto heiw = store->cohortByCode(u"WSH-2025-HEIW"_s);
    ASSERT_TRUE(heiw.has_value());
    EXPECT_EQ(heiw->headcount, 164);
}

TEST_F(DemoFigures, FeedbackFiguresOfTheReport)
{
    const FeedbackRow ammp = feedback(u"AMMP"_s);
    EXPECT_EQ(ammp.metNeeds, 10000);
    EXPECT_EQ(ammp.relevant, 10000);
    const FeedbackRow ndp = feedback(u"NDP"_s);
    EXPECT_EQ(ndp.responses, 7);
    EXPECT_EQ(ndp.metExpectations, 10000);
    EXPECT_EQ(ndp.recommend, 10000);
    const FeedbackRow icl = feedback(u"ICL"_s);
    EXPECT_EQ(icl.metExpectations, 9900);
    EXPECT_EQ(icl.learnedUsable, 9950);
}

TEST_F(DemoFigures, OneCohortsFeedbackIsItsRowOfTheYear)
{
    // A cohort's Feedback tab asks for its own figures only; they must be its row of the whole year's.
    int compared = 0;
    for (const Cohort& c : store->cohorts()) {
        const int year = ReportingYear::containing(Statistics::countingDate(c)).firstYear();
        FeedbackQuery all;
        all.year = year;
        all.by = Breakdown::Cohort;
        all.programme = store->programmeById(c.programmeId)->code;
        all.minResponses = 5;
        FeedbackQuery one = all;
        one.cohortId = c.id;
        const auto whole = FeedbackStats(*store).compute(all);
        const auto own = FeedbackStats(*store).compute(one);
        ASSERT_TRUE(whole.ok() && own.ok());
        auto rowOf = [&c](const FeedbackResult& r) {
            for (const FeedbackRow& row : r.rows)
                if (row.key == c.code)
                    return std::optional<FeedbackRow>(row);
            return std::optional<FeedbackRow>();
        };
        const auto expected = rowOf(whole.value());
        const auto got = rowOf(own.value());
        ASSERT_EQ(expected.has_value(), got.has_value()) << s(c.code);
        if (!expected)
            continue;
        EXPECT_EQ(got->participants, expected->participants) << s(c.code);
        EXPECT_EQ(got->responses, expected->responses) << s(c.code);
        EXPECT_EQ(got->suppressed, expected->suppressed) << s(c.code);
        EXPECT_EQ(got->responseRate, expected->responseRate) << s(c.code);
        EXPECT_EQ(got->metNeeds, expected->metNeeds) << s(c.code);
        EXPECT_EQ(got->recommend, expected->recommend) << s(c.code);
        compared += expected->responses > 0 ? 1 : 0;
    }
    EXPECT_GE(compared, 5); // cohorts with responses were among them
}

TEST_F(DemoFigures, EarlierYearsHoldCohortsForTrends)
{
    EXPECT_GT(row(u"TMDP"_s, 2022).participants, 0);
    EXPECT_GT(row(u"TMDP"_s, 2023).participants, 0);
    EXPECT_GT(row(u"MMDP"_s, 2023).participants, 0);
}

TEST_F(DemoFigures, TheHistoryOfEveryEnrolmentAgreesWithItsStatus)
{
    auto problems = enrolments->checkHistory();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty());
    auto integrity = db->check();
    ASSERT_TRUE(integrity.ok());
    EXPECT_TRUE(integrity.value().isEmpty());
}
