// Importer: every kind, all or nothing, and each bad row reported as FILE:LINE: column: message.
#include "TestSupport.h"
#include "domain/Records.h"
#include "io/csv/ImportReport.h"

#include "io/csv/Importer.h"

using namespace arwain;
using namespace arwain::test;

namespace {

class Importing : public DbTest
{
protected:
    ImportReport run(CsvKind kind, const QByteArray& text, bool dryRun = false)
    {
        QBuffer buf;
        buf.setData(text);
        buf.open(QIODevice::ReadOnly);
        auto r = Importer(*store).run(kind, buf, u"in.csv"_s, dryRun);
        EXPECT_TRUE(r.ok()) << s(r.error());
        return r.ok() ? r.value() : ImportReport{};
    }
    QString refusedFile(CsvKind kind, const QByteArray& text)
    {
        QBuffer buf;
        buf.setData(text);
        buf.open(QIODevice::ReadOnly);
        auto r = Importer(*store).run(kind, buf, u"in.csv"_s);
        EXPECT_FALSE(r.ok());
        return r.ok() ? QString() : r.error();
    }
    void people()
    {
        ASSERT_TRUE(run(CsvKind::Participants,
                        "given_name,family_name,email,organisation,job_role,preferred_language\n"
                        "Siân,Jones,sian@example.org,Cyngor Gwynedd,first-line manager,Welsh\n"
                        "Llŷr,Ifans,llyr@example.org,Cyngor Gwynedd,middle manager,English\n")
                        .ok());
        ASSERT_TRUE(run(CsvKind::Cohorts, "code,programme,start_date,end_date,capacity\n"
                                          "TMDP-2024-1,TMDP,2024-04-17,2024-11-28,18\n"
                                          "TMDP-2025-1,TMDP,04/06/2025,19/03/2026,18\n")
                        .ok());
    }
};

} // namespace

TEST_F(Importing, ParticipantsWithWelshNamesAndNewOrganisations)
{
    const auto r = run(CsvKind::Participants,
                       "\xEF\xBB\xBF"
                       "Email,Given_Name,FAMILY_NAME,organisation,job_role\r\n"
                       "Gwenllian.Llywelyn@Example.org,Gwenllïan,Llywelyn,Cyngor Gwynedd,Director\r\n"
                       "llyr@example.org,Llŷr,\"ap Ŵyn, Jr\",Tŷ Seren Care,practitioner\r\n"
                       "sian@example.org,Siân,Âbel,Cyngor Gwynedd,\r\n");
    ASSERT_TRUE(r.ok()) << s(r.errors.join(u'\n'));
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.added, 3);
    EXPECT_EQ(r.organisationsCreated, 2);
    const auto g = store->participantByEmail(u"gwenllian.llywelyn@example.org"_s);
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->givenName, u"Gwenllïan"_s);
    EXPECT_EQ(g->jobRole, JobRole::Director);
    EXPECT_EQ(store->participantByEmail(u"llyr@example.org"_s)->familyName, u"ap Ŵyn, Jr"_s);
    const auto org = store->organisationByName(u"Tŷ Seren Care"_s);
    ASSERT_TRUE(org.has_value());
    EXPECT_EQ(org->sector, Sector::Unset);
}

TEST_F(Importing, TheSameFileTwiceChangesNothing)
{
    const QByteArray file = "given_name,family_name,email\nSiân,Jones,sian@example.org\nNon,Parry,\n";
    ASSERT_EQ(run(CsvKind::Participants, file).added, 2);
    const auto again = run(CsvKind::Participants, file);
    EXPECT_TRUE(again.ok());
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(store->participants().size(), 2);
}

TEST_F(Importing, DuplicateEmailsInTheFileAndAgainstTheDatabase)
{
    ASSERT_TRUE(
        run(CsvKind::Participants, "given_name,family_name,email\nSiân,Jones,sian@example.org\n").ok());
    const auto r = run(CsvKind::Participants, "given_name,family_name,email\n"
                                              "Llŷr,Ifans,llyr@example.org\n"
                                              "Llyr,Ifans,LLYR@example.org\n"
                                              "Siân,Evans,sian@example.org\n");
    ASSERT_EQ(r.errors.size(), 2) << s(r.errors.join(u'\n'));
    EXPECT_EQ(r.errors.at(0),
              u"in.csv:3: email: llyr@example.org appears twice in the file (first on line 2)"_s);
    EXPECT_TRUE(
        r.errors.at(1).startsWith(u"in.csv:4: email: participant sian@example.org is already recorded with "
                                  "different values"_s))
        << s(r.errors.at(1));
    EXPECT_FALSE(r.written);
    EXPECT_FALSE(store->participantByEmail(u"llyr@example.org"_s).has_value());
    EXPECT_EQ(store->participantByEmail(u"sian@example.org"_s)->familyName, u"Jones"_s);
}

TEST_F(Importing, OneBadRowMeansNothingIsWritten)
{
    const auto r = run(CsvKind::Participants, "given_name,family_name,email,organisation\n"
                                              "Siân,Jones,sian@example.org,Cyngor Gwynedd\n"
                                              "Llŷr,,llyr@example.org,Powys County Council\n"
                                              "Non,Parry,not-an-email,\n");
    EXPECT_EQ(r.errors, (QStringList{u"in.csv:3: family_name: required"_s,
                                     u"in.csv:4: email: not-an-email is not an email address"_s}));
    EXPECT_TRUE(store->participants().isEmpty());
    EXPECT_TRUE(store->organisations().isEmpty());
}

TEST_F(Importing, HeaderProblemsAreReportedOnLineOne)
{
    auto r = run(CsvKind::Participants,
                 "given_name,surname,email,email\nSiân,Jones,a@example.org,b@example.org\n");
    EXPECT_EQ(r.errors,
              (QStringList{u"in.csv:1: surname: unknown column (a participants file has: given_name, "
                           "family_name, email, organisation, job_role, preferred_language)"_s,
                           u"in.csv:1: email: the column appears twice"_s,
                           u"in.csv:1: family_name: missing required column"_s}));
    EXPECT_EQ(r.rows, 0);
}

TEST_F(Importing, HeaderOnlyFileImportsNothingWithoutError)
{
    const auto r = run(CsvKind::Organisations, "name,sector,region\r\n");
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.rows, 0);
    EXPECT_EQ(r.added, 0);
}

TEST_F(Importing, EmptyAndMalformedFilesAreRefused)
{
    EXPECT_EQ(refusedFile(CsvKind::Organisations, ""),
              u"in.csv:1: the file is empty; a header row is expected"_s);
    EXPECT_TRUE(
        refusedFile(CsvKind::Organisations, "name\n\"Porth\"x\n").startsWith(u"in.csv:2: malformed"_s));
}

TEST_F(Importing, WrongNumberOfCells)
{
    const auto r = run(CsvKind::Organisations, "name,sector\nPorth,third sector,extra\n");
    EXPECT_EQ(r.errors, QStringList{u"in.csv:2: expected 2 cells, found 3"_s});
}

TEST_F(Importing, CohortsWithBadDatesValuesAndReferences)
{
    const auto r =
        run(CsvKind::Cohorts, "code,programme,start_date,end_date,delivery_mode,region,capacity\n"
                              "TMDP-2025-1,TMDP,31/02/2025,,online,North Wales,18\n"
                              "TMDP-2025-2,TMDP,2025-06-04,2025-01-01,by carrier pigeon,Mid Wales,18\n"
                              "XYZ-1,XYZ,2025-06-04,,online,Narnia,ten\n");
    EXPECT_EQ(r.errors,
              (QStringList{
                  u"in.csv:2: start_date: \"31/02/2025\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"_s,
                  u"in.csv:3: delivery_mode: \"by carrier pigeon\" is not a delivery mode (expected online, "
                  "face-to-face or blended)"_s,
                  u"in.csv:4: programme: no programme with code XYZ"_s,
                  u"in.csv:4: region: \"Narnia\" is not a region (expected North Wales, Mid Wales, West "
                  u"Wales, South "
                  "West Wales, South East Wales or All Wales)"_s,
                  u"in.csv:4: capacity: \"ten\" is not a whole number"_s}));
    EXPECT_TRUE(store->cohorts().isEmpty());
    const auto late =
        run(CsvKind::Cohorts, "code,programme,start_date,end_date\nTMDP-2025-2,TMDP,2025-06-04,2025-01-01\n");
    EXPECT_EQ(
        late.errors,
        QStringList{u"in.csv:2: end_date: the end date 2025-01-01 is before the start date 2025-06-04"_s});
}

TEST_F(Importing, EnrolmentsWithUnknownPeopleAndCohorts)
{
    people();
    const auto r = run(CsvKind::Enrolments, "email,cohort,status\n"
                                            "nobody@example.org,TMDP-2024-1,enrolled\n"
                                            "sian@example.org,TMDP-1999-1,enrolled\n"
                                            "llyr@example.org,TMDP-2024-1,graduated\n");
    EXPECT_EQ(
        r.errors,
        (QStringList{
            u"in.csv:2: email: no participant with email nobody@example.org (import participants first)"_s,
            u"in.csv:3: cohort: no cohort with code TMDP-1999-1"_s,
            u"in.csv:4: status: \"graduated\" is not a status (expected waitlisted, enrolled, "
            "completed, deferred or withdrawn)"_s}));
    EXPECT_TRUE(store->enrolments().isEmpty());
}

TEST_F(Importing, HistoricalEnrolmentsWithDeferralLinks)
{
    people();
    const auto r = run(CsvKind::Enrolments,
                       "email,cohort,status,status_date,reason,note,continues_cohort\n"
                       "sian@example.org,TMDP-2024-1,deferred,2024-07-01,Health,,\n"
                       "sian@example.org,TMDP-2025-1,completed,2026-03-19,,,TMDP-2024-1\n"
                       "llyr@example.org,TMDP-2024-1,completed,,,\"said \"\"diolch\"\"\nand smiled\",\n");
    ASSERT_TRUE(r.ok()) << s(r.errors.join(u'\n'));
    EXPECT_EQ(r.added, 3);
    const auto sian = store->participantByEmail(u"sian@example.org"_s);
    const auto a = store->enrolment(sian->id, store->cohortByCode(u"TMDP-2024-1"_s)->id);
    const auto b = store->enrolment(sian->id, store->cohortByCode(u"TMDP-2025-1"_s)->id);
    EXPECT_EQ(b->continuesId, a->id);
    EXPECT_EQ(a->reason, Reason::Health);
    const auto llyr = store->enrolment(store->participantByEmail(u"llyr@example.org"_s)->id,
                                       store->cohortByCode(u"TMDP-2024-1"_s)->id);
    EXPECT_EQ(llyr->statusDate, QDate(2024, 11, 28));        // no date: the cohort's end
    EXPECT_EQ(llyr->note, u"said \"diolch\"\nand smiled"_s); // a free-text note keeps its line break
    const auto h = store->history(a->id);
    ASSERT_FALSE(h.isEmpty());
    EXPECT_EQ(h.last().kind, HistoryKind::Imported);
}

TEST_F(Importing, ImportedDeferralsNeedAReasonAndResumesALaterCohort)
{
    people();
    const auto r = run(CsvKind::Enrolments, "email,cohort,status,reason,continues_cohort\n"
                                            "sian@example.org,TMDP-2025-1,deferred,,\n"
                                            "llyr@example.org,TMDP-2025-1,enrolled,,\n"
                                            "llyr@example.org,TMDP-2024-1,enrolled,,TMDP-2025-1\n");
    ASSERT_EQ(r.errors.size(), 2) << s(r.errors.join(u'\n'));
    EXPECT_TRUE(r.errors.at(0).startsWith(u"in.csv:2: status: a deferred enrolment needs a reason"_s));
    EXPECT_EQ(
        r.errors.at(1),
        u"in.csv:4: continues_cohort: only a deferred enrolment can be resumed; this one is enrolled"_s);
}

TEST_F(Importing, AnEnrolmentAlreadyRecordedDifferentlyIsRefused)
{
    people();
    ASSERT_TRUE(
        run(CsvKind::Enrolments, "email,cohort,status\nsian@example.org,TMDP-2024-1,enrolled\n").ok());
    const QByteArray same = "email,cohort,status\nSIAN@example.org,tmdp-2024-1,Enrolled\n";
    EXPECT_EQ(run(CsvKind::Enrolments, same).unchanged, 1);
    const auto r = run(CsvKind::Enrolments, "email,cohort,status\nsian@example.org,TMDP-2024-1,completed\n");
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors.first().contains(u"change it in the app (or with arwain-cli status)"_s));
}

TEST_F(Importing, SessionsAttendanceAndNetwork)
{
    people();
    ASSERT_TRUE(
        run(CsvKind::Enrolments, "email,cohort,status\nsian@example.org,TMDP-2024-1,enrolled\n").ok());
    auto s1 = run(CsvKind::Sessions, "cohort,date,kind,title\nTMDP-2024-1,2024-05-01,Teaching day,Day 1\n"
                                     "TMDP-2024-1,2024-06-01,action_learning_set,Set 1\n");
    ASSERT_TRUE(s1.ok()) << s(s1.errors.join(u'\n'));
    auto a = run(CsvKind::Attendance, "cohort,session_date,email,attendance\n"
                                      "TMDP-2024-1,2024-05-01,sian@example.org,present\n"
                                      "TMDP-2024-1,2024-05-02,sian@example.org,present\n"
                                      "TMDP-2024-1,2024-06-01,llyr@example.org,absent\n");
    EXPECT_EQ(a.errors,
              (QStringList{u"in.csv:3: session_date: cohort TMDP-2024-1 has no session on 2024-05-02"_s,
                           u"in.csv:4: email: llyr@example.org is not enrolled in TMDP-2024-1"_s}));
    EXPECT_TRUE(sessions->sessions().attendance().isEmpty());
    auto n = run(CsvKind::Network, "email,joined_on,left_on\nsian@example.org,01/06/2024,\n"
                                   "llyr@example.org,2024-06-01,2024-05-01\n");
    EXPECT_EQ(
        n.errors,
        QStringList{u"in.csv:3: left_on: the date left 2024-05-01 is before the date joined 2024-06-01"_s});
    EXPECT_TRUE(store->networkMembers().isEmpty());
}

TEST_F(Importing, FeedbackFileIsTheFullSetOfResponsesSoFar)
{
    people();
    const QByteArray first =
        "cohort,email,met_needs,met_expectations,learned_usable,relevant,recommend,comment\n"
        "TMDP-2024-1,,very well,yes,yes,yes,yes,\n"
        "TMDP-2024-1,,very well,yes,yes,yes,yes,\n"
        "TMDP-2024-1,sian@example.org,quite well,no,,yes,yes,Diolch\n";
    ASSERT_EQ(run(CsvKind::Feedback, first).added, 3);
    // The survey tool's next export holds the same three answers and one more identical one.
    const QByteArray later = first + "TMDP-2024-1,,very well,yes,yes,yes,yes,\n";
    const auto r = run(CsvKind::Feedback, later);
    EXPECT_EQ(r.unchanged, 3);
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(feedback->responses().feedback().size(), 4);
    auto bad = run(CsvKind::Feedback, "cohort,met_needs\nTMDP-2024-1,brilliantly\n");
    EXPECT_EQ(bad.errors,
              QStringList{u"in.csv:2: met_needs: \"brilliantly\" is not a met needs (expected very well, "
                          "quite well, not very well or not at all)"_s});
}

TEST_F(Importing, DryRunReportsButWritesNothing)
{
    const auto r =
        run(CsvKind::Organisations, "name,sector,region\nPorth,third sector,South East Wales\n", true);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.added, 1);
    EXPECT_FALSE(r.written);
    EXPECT_TRUE(store->organisations().isEmpty());
}

TEST_F(Importing, AtMostOneHundredErrorsAreListedThenCounted)
{
    QByteArray file = "name,sector\n";
    for (int i = 0; i < 130; ++i)
        file += "Org " + QByteArray::number(i) + ",space agency\n";
    const auto r = run(CsvKind::Organisations, file);
    EXPECT_EQ(r.errors.size(), Importer::kMaxErrors);
    EXPECT_EQ(r.moreErrors, 30);
    EXPECT_TRUE(r.errors.last().startsWith(u"in.csv:101: sector:"_s));
}

TEST_F(Importing, CancellingLeavesTheDataAsItWas)
{
    QByteArray file = "name\n";
    for (int i = 0; i < 1000; ++i)
        file += "Org " + QByteArray::number(i) + "\n";
    QBuffer buf;
    buf.setData(file);
    buf.open(QIODevice::ReadOnly);
    int calls = 0, lastPercent = -1;
    auto r =
        Importer(*store).run(CsvKind::Organisations, buf, u"big.csv"_s, false, [&](int rows, int percent) {
            EXPECT_GE(percent, lastPercent); // how much of the file is read only grows
            EXPECT_LE(percent, 100);
            lastPercent = percent;
            ++calls;
            return rows < 400;
        });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), u"big.csv: import cancelled; nothing was written"_s);
    EXPECT_GE(calls, 2);
    EXPECT_GE(lastPercent, 0); // a buffer's size is known
    EXPECT_TRUE(store->organisations().isEmpty());
}
