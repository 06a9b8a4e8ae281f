// CatalogueService: validation of each record, field by field, and uniqueness.
#include "TestSupport.h"
#include "domain/Records.h"
#include "stats/StatsQuery.h"

#include "services/Directory.h"
#include "stats/Statistics.h"

#include <QSqlDatabase>

using namespace arwain;
using namespace arwain::test;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}
} // namespace

TEST_F(DbTest, CohortNeedsCodeProgrammeStartAndAnEndAfterItsStart)
{
    Cohort c;
    EXPECT_EQ(fields(catalogue->validate(c)), (QStringList{u"code"_s, u"programme"_s, u"start_date"_s}));
    c.code = u"TMDP-2024-1"_s;
    c.programmeId = store->programmeByCode(u"TMDP"_s)->id;
    c.startDate = QDate(2024, 4, 17);
    c.endDate = QDate(2024, 4, 1);
    c.capacity = 0;
    const FieldErrors errors = catalogue->validate(c);
    EXPECT_EQ(fields(errors), (QStringList{u"end_date"_s, u"capacity"_s}));
    EXPECT_EQ(errors.first().message, u"the end date 2024-04-01 is before the start date 2024-04-17"_s);
}

TEST_F(DbTest, CohortCodesAreUniqueIgnoringCase)
{
    addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    Cohort c;
    c.code = u"tmdp-2024-1"_s;
    c.programmeId = store->programmeByCode(u"TMDP"_s)->id;
    c.startDate = QDate(2024, 4, 17);
    auto saved = catalogue->save(c);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), u"code: cohort tmdp-2024-1 already exists"_s);
}

TEST_F(DbTest, CapacityCannotDropBelowThePlacesTaken)
{
    const qint64 id = addCohort(u"AMMP-2024-1"_s, u"AMMP"_s, QDate(2024, 9, 11), QDate(2025, 1, 30));
    ASSERT_TRUE(
        enrolments->enrol(addPerson(u"Siân"_s, u"Jones"_s, u"s@example.org"_s), id, QDate(2024, 9, 1)));
    ASSERT_TRUE(
        enrolments->enrol(addPerson(u"Llŷr"_s, u"Ifans"_s, u"l@example.org"_s), id, QDate(2024, 9, 1)));
    Cohort c = *store->cohortById(id);
    c.capacity = 1;
    auto saved = catalogue->save(c);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), u"capacity: 2 places are already taken; capacity cannot be 1"_s);
}

TEST_F(DbTest, ParticipantNeedsNamesAndAUniquePlausibleEmail)
{
    Participant p;
    p.email = u"not-an-email"_s;
    EXPECT_EQ(fields(catalogue->validate(p)), (QStringList{u"given_name"_s, u"family_name"_s, u"email"_s}));
    addPerson(u"Gwenllïan"_s, u"Llywelyn"_s, u"gwenllian@example.org"_s);
    Participant twin;
    twin.givenName = u"Gwen"_s;
    twin.familyName = u"Llywelyn"_s;
    twin.email = u"GWENLLIAN@example.org"_s;
    auto saved = catalogue->save(twin);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), u"email: gwenllian@example.org is already used by Gwenllïan Llywelyn"_s);
}

TEST_F(DbTest, WelshNamesAreKeptExactly)
{
    const qint64 id = addPerson(u"Llŷr"_s, u"Gwenllïan-Ŵyn"_s, u"llyr@example.org"_s);
    const auto p = store->participantById(id);
    EXPECT_EQ(p->givenName, u"Llŷr"_s);
    EXPECT_EQ(p->familyName, u"Gwenllïan-Ŵyn"_s);
}

TEST_F(DbTest, NetworkMembershipDatesAreChecked)
{
    const qint64 id = addPerson(u"Non"_s, u"Parry"_s, u"non@example.org"_s);
    auto bad = catalogue->save(NetworkMember{id, QDate(2024, 6, 1), QDate(2024, 5, 1)});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().startsWith(u"left_on: "_s));
    ASSERT_TRUE(catalogue->save(NetworkMember{id, QDate(2024, 6, 1), {}}).ok());
    auto twice = catalogue->save(NetworkMember{id, QDate(2024, 7, 1), {}});
    EXPECT_FALSE(twice.ok());
}

TEST_F(DbTest, AStorageFailureIsReportedNotThrown)
{
    const qint64 cohort = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    // The connection goes away under the services (as when the file's disk is lost).
    QSqlDatabase connection = db->connection();
    connection.close();
    Cohort c;
    c.code = u"TMDP-2025-1"_s;
    c.startDate = QDate(2025, 6, 4);
    FieldErrors errors;
    EXPECT_NO_THROW(errors = catalogue->validate(c));
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(errors.last().message.startsWith(u"the database could not be read"_s))
        << s(errors.last().message);
    Directory directory(*store);
    EXPECT_FALSE(directory.participants().ok());
    EXPECT_FALSE(directory.cohort(cohort).ok());
    EXPECT_FALSE(directory.placesTaken(cohort).ok());
    EXPECT_FALSE(enrolments->enrol(1, cohort, QDate(2024, 4, 1)).ok());
    EXPECT_FALSE(Statistics(*store).compute(StatsQuery{}).ok());
}
