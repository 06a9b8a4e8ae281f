// The reporting years a report can be written for: those a cohort is counted in, newest first.
#include "TestSupport.h"

#include "report/ReportFigures.h"

using namespace arwain;
using namespace arwain::test;

TEST_F(DbTest, ReportingYearsAreThoseCohortsAreCountedInNewestFirst)
{
    addCohort(u"TMDP-2023-9"_s, u"TMDP"_s, QDate(2023, 9, 1),
              QDate(2024, 3, 31)); // the last day of 2023 to 2024
    addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2023, 10, 1),
              QDate(2024, 4, 1)); // the first of 2024 to 2025
    addCohort(u"MMDP-2024-2"_s, u"MMDP"_s, QDate(2024, 4, 3), QDate(2024, 4, 30)); // the same year again
    Cohort open; // no end date: counted by its start
    open.code = u"ICL-2026-1"_s;
    open.programmeId = store->programmeByCode(u"ICL"_s)->id;
    open.startDate = QDate(2026, 3, 2);
    ASSERT_TRUE(catalogue->save(open).ok());

    const auto years = ReportFigures::reportingYears(*store);
    ASSERT_TRUE(years.ok()) << years.error().toStdString();
    EXPECT_EQ(years.value(), (QList<int>{2025, 2024, 2023}));
}
