// Directory: the participants table's rows, read one at a time beside their enrolments, and the
// cohorts with their counts.
#include "TestSupport.h"
#include "domain/Records.h"

#include "services/Directory.h"
#include "services/DirectoryRows.h"

using namespace arwain;
using namespace arwain::test;

namespace {

QStringList namesOf(const QList<ParticipantRow>& rows)
{
    QStringList out;
    for (const ParticipantRow& r : rows)
        out << r.person.givenName;
    return out;
}

} // namespace

TEST_F(DbTest, ParticipantRowsCarryEachPersonsProgrammesInTheOrderTheyEnrolled)
{
    const qint64 tmdp = addCohort(u"TMDP-2023-1"_s, u"TMDP"_s, QDate(2023, 4, 17), QDate(2023, 11, 28));
    const qint64 ammp = addCohort(u"AMMP-2024-1"_s, u"AMMP"_s, QDate(2024, 9, 11), QDate(2025, 1, 30));
    const qint64 mmdp = addCohort(u"MMDP-2024-1"_s, u"MMDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 1));
    const qint64 sian = addPerson(u"Siân"_s, u"Jones"_s, u"sian@example.org"_s);
    const qint64 llyr = addPerson(u"Llŷr"_s, u"Ifans"_s, u"llyr@example.org"_s);
    addPerson(u"Gwenllïan"_s, u"ap Rhys"_s, u"gwenllian@example.org"_s); // enrolled nowhere
    // Enrolments of the two people interleaved, so that a person's are not next to each other.
    const auto first = enrolments->enrol(sian, tmdp, QDate(2023, 4, 1));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(enrolments->enrol(llyr, ammp, QDate(2024, 9, 1)).ok());
    ASSERT_TRUE(enrolments->enrol(sian, mmdp, QDate(2024, 4, 20)).ok());
    ASSERT_TRUE(enrolments->enrol(sian, ammp, QDate(2024, 9, 1)).ok());
    ASSERT_TRUE(enrolments->changeStatus(first.value().id, Status::Completed, QDate(2023, 11, 28)).ok());

    QList<ParticipantRow> streamed;
    ASSERT_TRUE(Directory(*store).eachParticipant([&](const ParticipantRow& r) { streamed.append(r); }).ok());
    ASSERT_EQ(namesOf(streamed), (QStringList{u"Siân"_s, u"Llŷr"_s, u"Gwenllïan"_s})); // in order of id
    EXPECT_EQ(streamed.at(0).programmes, (QStringList{u"TMDP"_s, u"MMDP"_s, u"AMMP"_s}));
    EXPECT_EQ(streamed.at(0).programmeStatuses,
              (QStringList{u"TMDP:completed"_s, u"MMDP:enrolled"_s, u"AMMP:enrolled"_s}));
    EXPECT_EQ(streamed.at(1).programmes, QStringList{u"AMMP"_s});
    EXPECT_EQ(streamed.at(1).programmeStatuses, QStringList{u"AMMP:enrolled"_s});
    EXPECT_TRUE(streamed.at(2).programmes.isEmpty());
    EXPECT_TRUE(streamed.at(2).programmeStatuses.isEmpty());

    // The whole list is the same rows.
    const auto all = Directory(*store).participants();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(namesOf(all.value()), namesOf(streamed));
    for (qsizetype i = 0; i < streamed.size(); ++i) {
        EXPECT_EQ(all.value().at(i).programmeStatuses, streamed.at(i).programmeStatuses);
        EXPECT_EQ(all.value().at(i).person, streamed.at(i).person);
    }
}

TEST_F(DbTest, AProgrammeTakenTwiceIsListedOnceWithBothStatuses)
{
    const qint64 earlier = addCohort(u"TMDP-2023-1"_s, u"TMDP"_s, QDate(2023, 4, 17), QDate(2023, 11, 28));
    const qint64 later = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    const qint64 sian = addPerson(u"Siân"_s, u"Jones"_s, u"sian@example.org"_s);
    const auto deferred = enrolments->enrol(sian, earlier, QDate(2023, 4, 1));
    ASSERT_TRUE(deferred.ok());
    ASSERT_TRUE(
        enrolments
            ->changeStatus(deferred.value().id, Status::Deferred, QDate(2023, 6, 1), Reason::WorkPressures)
            .ok());
    ASSERT_TRUE(enrolments->resume(deferred.value().id, later, QDate(2024, 4, 1)).ok());

    QList<ParticipantRow> rows;
    ASSERT_TRUE(Directory(*store).eachParticipant([&](const ParticipantRow& r) { rows.append(r); }).ok());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).programmes, QStringList{u"TMDP"_s});
    EXPECT_EQ(rows.at(0).programmeStatuses, (QStringList{u"TMDP:deferred"_s, u"TMDP:enrolled"_s}));
}

TEST_F(DbTest, CohortRowsCarryTheirOwnCountsAndProgramme)
{
    const qint64 tmdp = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    Cohort ammp; // nobody enrolled
    ammp.code = u"AMMP-2024-1"_s;
    ammp.programmeId = store->programmeByCode(u"AMMP"_s)->id;
    ammp.title = u"Darpar Reolwyr Canol, Ynys Môn"_s;
    ammp.startDate = QDate(2024, 9, 11);
    ammp.endDate = QDate(2025, 1, 30);
    ammp.venue = u"Llangefni"_s;
    ASSERT_TRUE(catalogue->save(ammp).ok());
    const auto done =
        enrolments->enrol(addPerson(u"Siân"_s, u"Jones"_s, u"s@example.org"_s), tmdp, QDate(2024, 4, 1));
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(
        enrolments->enrol(addPerson(u"Llŷr"_s, u"Ifans"_s, u"l@example.org"_s), tmdp, QDate(2024, 4, 1))
            .ok());
    ASSERT_TRUE(enrolments->changeStatus(done.value().id, Status::Completed, QDate(2024, 11, 28)).ok());

    const auto rows = Directory(*store).cohorts();
    ASSERT_TRUE(rows.ok());
    QHash<QString, CohortRow> byCode;
    for (const CohortRow& r : rows.value())
        byCode.insert(r.code, r);
    ASSERT_EQ(byCode.size(), 2);
    const CohortRow t = byCode.value(u"TMDP-2024-1"_s);
    EXPECT_EQ(t.programmeId, store->programmeByCode(u"TMDP"_s)->id);
    EXPECT_EQ(t.kind, ProgrammeKind::Course);
    EXPECT_EQ(t.startDate, QDate(2024, 4, 17));
    EXPECT_EQ(t.endDate, QDate(2024, 11, 28));
    EXPECT_EQ(t.counts.key, u"TMDP-2024-1"_s);
    EXPECT_EQ(t.counts.participants, 2);
    EXPECT_EQ(t.counts.completed, 1);
    EXPECT_EQ(t.counts.inProgress, 1);
    const CohortRow a = byCode.value(u"AMMP-2024-1"_s);
    EXPECT_EQ(a.programmeId, store->programmeByCode(u"AMMP"_s)->id);
    EXPECT_EQ(a.title, u"Darpar Reolwyr Canol, Ynys Môn"_s);
    EXPECT_FALSE(a.endDate.isNull());
    EXPECT_EQ(a.counts.key, u"AMMP-2024-1"_s);
    EXPECT_EQ(a.counts.participants, 0);
}

TEST_F(DbTest, ADeferralCanResumeInTheLaterCohortsOfItsOwnProgrammeOnly)
{
    const qint64 from = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    addCohort(u"TMDP-2023-1"_s, u"TMDP"_s, QDate(2023, 4, 17), QDate(2023, 11, 28)); // earlier
    addCohort(u"TMDP-2024-0"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 12, 1));  // same day
    addCohort(u"MMDP-2025-1"_s, u"MMDP"_s, QDate(2025, 4, 1), QDate(2025, 11, 1));   // another programme
    addCohort(u"TMDP-2025-2"_s, u"TMDP"_s, QDate(2025, 9, 10), QDate(2026, 3, 1));
    addCohort(u"TMDP-2025-1"_s, u"TMDP"_s, QDate(2025, 4, 16), QDate(2025, 11, 27));
    addCohort(u"TMDP-2025-1B"_s, u"TMDP"_s, QDate(2025, 4, 16), QDate(2025, 11, 27)); // same start: by code

    const auto later = Directory(*store).laterCohorts(from);
    ASSERT_TRUE(later.ok());
    QStringList codes;
    for (const Cohort& c : later.value())
        codes << c.code;
    EXPECT_EQ(codes, (QStringList{u"TMDP-2025-1"_s, u"TMDP-2025-1B"_s, u"TMDP-2025-2"_s}));
    EXPECT_TRUE(Directory(*store).laterCohorts(from + 1000).value().isEmpty()); // no such cohort
}

TEST_F(DbTest, ACohortsRowsNameTheirPeopleTheirOrganisationsAndWhereADeferralResumed)
{
    const qint64 first = addCohort(u"TMDP-2023-1"_s, u"TMDP"_s, QDate(2023, 4, 17), QDate(2023, 11, 28));
    const qint64 second = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 17), QDate(2024, 11, 28));
    const qint64 third = addCohort(u"TMDP-2025-1"_s, u"TMDP"_s, QDate(2025, 4, 16), QDate(2025, 11, 27));
    auto gwynedd =
        catalogue->save(Organisation{0, u"Cyngor Gwynedd"_s, Sector::LocalAuthority, Region::NorthWales});
    ASSERT_TRUE(gwynedd.ok());
    Participant sian;
    sian.givenName = u"Siân"_s;
    sian.familyName = u"Llywelyn"_s;
    sian.email = u"sian@example.org"_s;
    sian.organisationId = gwynedd.value().id;
    auto savedSian = catalogue->save(sian);
    ASSERT_TRUE(savedSian.ok());
    const qint64 llyr = addPerson(u"Llŷr"_s, u"Evans"_s, u"llyr@example.org"_s);

    // Siân defers twice: from the first cohort to the second, from the second to the third.
    auto sianFirst = enrolments->enrol(savedSian.value().id, first, QDate(2023, 4, 1));
    ASSERT_TRUE(sianFirst.ok());
    ASSERT_TRUE(enrolments->enrol(llyr, first, QDate(2023, 4, 1)).ok());
    ASSERT_TRUE(
        enrolments
            ->changeStatus(sianFirst.value().id, Status::Deferred, QDate(2023, 6, 1), Reason::WorkPressures)
            .ok());
    auto sianSecond = enrolments->enrol(savedSian.value().id, second, QDate(2024, 4, 1));
    ASSERT_TRUE(sianSecond.ok());
    ASSERT_TRUE(
        enrolments->changeStatus(sianSecond.value().id, Status::Deferred, QDate(2024, 6, 1), Reason::Health)
            .ok());
    ASSERT_TRUE(enrolments->enrol(savedSian.value().id, third, QDate(2025, 4, 1)).ok());

    const auto rows = Directory(*store).enrolmentsInCohort(first);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    QHash<QString, EnrolmentRow> byName;
    for (const EnrolmentRow& r : rows.value())
        byName.insert(r.person.givenName, r);
    EXPECT_EQ(byName.value(u"Siân"_s).organisation, u"Cyngor Gwynedd"_s);
    EXPECT_EQ(byName.value(u"Siân"_s).resumedIn, u"TMDP-2024-1"_s);
    EXPECT_EQ(byName.value(u"Siân"_s).cohortCode, u"TMDP-2023-1"_s);
    EXPECT_EQ(byName.value(u"Siân"_s).programmeCode, u"TMDP"_s);
    EXPECT_EQ(byName.value(u"Llŷr"_s).organisation, QString());
    EXPECT_EQ(byName.value(u"Llŷr"_s).resumedIn, QString());

    const auto middle = Directory(*store).enrolmentsInCohort(second);
    ASSERT_TRUE(middle.ok());
    ASSERT_EQ(middle.value().size(), 1);
    EXPECT_EQ(middle.value().first().continuesCohort, u"TMDP-2023-1"_s);
    EXPECT_EQ(middle.value().first().resumedIn, u"TMDP-2025-1"_s);

    const auto hers = Directory(*store).enrolmentsOfParticipant(savedSian.value().id);
    ASSERT_TRUE(hers.ok());
    QStringList codes;
    for (const EnrolmentRow& r : hers.value())
        codes << r.cohortCode + u'>' + r.resumedIn;
    EXPECT_EQ(codes,
              (QStringList{u"TMDP-2023-1>TMDP-2024-1"_s, u"TMDP-2024-1>TMDP-2025-1"_s, u"TMDP-2025-1>"_s}));
}
