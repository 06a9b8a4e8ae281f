// Domain: listed values read in any case and spelling of separators; dates; emails.
#include "domain/Parsing.h"
#include "domain/Records.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(Domain, ListedValuesMatchIgnoringCaseAndSeparators)
{
    EXPECT_EQ(fromText<DeliveryMode>(u"Face_To_Face"_s), DeliveryMode::FaceToFace);
    EXPECT_EQ(fromText<DeliveryMode>(u"face to face"_s), DeliveryMode::FaceToFace);
    EXPECT_EQ(fromText<Status>(u"  COMPLETED "_s), Status::Completed);
    EXPECT_EQ(fromText<Region>(u"south east wales"_s), Region::SouthEastWales);
    EXPECT_EQ(fromText<Sector>(u"nhs"_s), Sector::Nhs);
    EXPECT_FALSE(fromText<Status>(u"finished"_s).has_value());
    EXPECT_FALSE(fromText<Status>(QString()).has_value());
}

TEST(Domain, CanonicalWordsRoundTrip)
{
    for (const auto& [value, words] : Terms<JobRole>::list)
        EXPECT_EQ(fromText<JobRole>(toText(value)), value);
    EXPECT_EQ(toText(JobRole::FirstLineManager), u"first-line manager"_s);
    EXPECT_EQ(toText(Sector::Unset), QString());
    EXPECT_EQ(allTexts<AttendanceMark>(), u"present, absent or excused"_s);
}

TEST(Domain, DatesInBothFormatsAndImpossibleDatesRefused)
{
    EXPECT_EQ(parseDate(u"2025-03-31"_s), QDate(2025, 3, 31));
    EXPECT_EQ(parseDate(u"31/03/2025"_s), QDate(2025, 3, 31));
    EXPECT_EQ(parseDate(u"1/4/2024"_s), QDate(2024, 4, 1));
    EXPECT_FALSE(parseDate(u"31/02/2025"_s).has_value());
    EXPECT_FALSE(parseDate(u"2025-02-30"_s).has_value());
    EXPECT_FALSE(parseDate(u"03/31/2025"_s).has_value());
    EXPECT_FALSE(parseDate(u"next Tuesday"_s).has_value());
    EXPECT_FALSE(parseDate(u"2025-3-31"_s).has_value());
    EXPECT_EQ(dateText(QDate(2024, 4, 1)), u"2024-04-01"_s);
    // Written as Qt writes ISO dates, every day of four centuries (leap days too), and read back.
    for (QDate d(1900, 1, 1); d <= QDate(2300, 12, 31); d = d.addDays(1)) {
        ASSERT_EQ(dateText(d), d.toString(Qt::ISODate));
        ASSERT_EQ(parseDate(dateText(d)), d);
    }
    EXPECT_EQ(dateText(QDate(999, 12, 31)), u"0999-12-31"_s);
    EXPECT_EQ(dateText(QDate(12025, 1, 2)), QDate(12025, 1, 2).toString(Qt::ISODate));
    EXPECT_TRUE(dateText(QDate()).isEmpty());
}

TEST(Domain, EmailsAreLowerCasedAndChecked)
{
    EXPECT_EQ(normaliseEmail(u" Sian.Jones@Example.ORG "_s), u"sian.jones@example.org"_s);
    EXPECT_TRUE(isPlausibleEmail(u"llŷr.ifans@example.org"_s));
    EXPECT_FALSE(isPlausibleEmail(u"sian.jones"_s));
    EXPECT_FALSE(isPlausibleEmail(u"sian@jones"_s));
    EXPECT_FALSE(isPlausibleEmail(u"a b@example.org"_s));
}
