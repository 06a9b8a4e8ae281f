// ReportingYear: 1 April to 31 March, named by its first year, written in English and Welsh.
#include "domain/ReportingYear.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(ReportingYear, BoundariesAreFirstAprilAndThirtyFirstMarch)
{
    EXPECT_EQ(ReportingYear::containing(QDate(2024, 4, 1)).firstYear(), 2024);
    EXPECT_EQ(ReportingYear::containing(QDate(2024, 3, 31)).firstYear(), 2023);
    EXPECT_EQ(ReportingYear::containing(QDate(2025, 3, 31)).firstYear(), 2024);
    EXPECT_EQ(ReportingYear::containing(QDate(2024, 12, 31)).firstYear(), 2024);
    const ReportingYear y(2024);
    EXPECT_EQ(y.start(), QDate(2024, 4, 1));
    EXPECT_EQ(y.end(), QDate(2025, 3, 31));
    EXPECT_TRUE(y.contains(QDate(2025, 3, 31)));
    EXPECT_FALSE(y.contains(QDate(2025, 4, 1)));
}

TEST(ReportingYear, LabelsInEnglishAndWelsh)
{
    EXPECT_EQ(ReportingYear(2024).label(), u"2024 to 2025"_s);
    EXPECT_EQ(ReportingYear(2024).label(Lang::Welsh), u"2024 i 2025"_s);
}
