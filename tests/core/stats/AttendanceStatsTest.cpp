// AttendanceStats: who could attend which session, the rates, and the programme's attendance rule.
#include "TestSupport.h"

#include "services/SessionService.h"
#include "stats/AttendanceStats.h"
#include "stats/Statistics.h"

using namespace arwain;
using namespace arwain::test;

namespace {

class Directors : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        cohort = addCohort(u"NDP-2024-1"_s, u"NDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 5));
        sian = enrol(u"Siân"_s, u"Rowlands"_s, QDate(2024, 4, 20));
        llyr = enrol(u"Llŷr"_s, u"ap Dafydd"_s, QDate(2024, 4, 20));
        late = enrol(u"Gwenllïan"_s, u"Prosser"_s, QDate(2024, 7, 1)); // joins after the first set
        for (int i = 0; i < 4; ++i)
            sets << addSession(QDate(2024, 6, 1).addMonths(i), SessionKind::ActionLearningSet);
        speaker = addSession(QDate(2024, 6, 20), SessionKind::GuestSpeaker);
        Programme ndp = *store->programmeByCode(u"NDP"_s);
        ndp.attendanceThreshold = 75;
        ndp.attendanceKind = SessionKind::ActionLearningSet;
        EXPECT_TRUE(catalogue->save(ndp).ok());
    }
    qint64 enrol(const QString& given, const QString& family, QDate on)
    {
        const qint64 p = addPerson(given, family, given.toLower().left(3) + u"@example.cymru"_s);
        auto e = enrolments->enrol(p, cohort, on);
        EXPECT_TRUE(e.ok()) << s(e.error());
        return e.ok() ? e.value().id : 0;
    }
    qint64 addSession(QDate date, SessionKind kind, qint64 forParticipant = 0)
    {
        Session s;
        s.cohortId = cohort;
        s.date = date;
        s.kind = kind;
        s.participantId = forParticipant;
        auto saved = sessions->save(s);
        EXPECT_TRUE(saved.ok()) << arwain::test::s(saved.error());
        return saved.ok() ? saved.value().id : 0;
    }
    void mark(qint64 session, qint64 enrolment, AttendanceMark m)
    {
        auto r = sessions->setMarks({{session, enrolment, m}});
        ASSERT_TRUE(r.ok()) << s(r.error());
    }
    AttendanceSheet sheet()
    {
        auto r = AttendanceStats(*store).sheet(cohort, QDate(2026, 11, 23));
        EXPECT_TRUE(r.ok());
        return r.value();
    }
    const AttendancePerson& person(const AttendanceSheet& sh, qint64 enrolment)
    {
        for (const AttendancePerson& p : sh.people)
            if (p.enrolment.id == enrolment)
                return p;
        static AttendancePerson none;
        ADD_FAILURE() << "no row for enrolment " << enrolment;
        return none;
    }
    AttendanceCell cell(const AttendanceSheet& sh, qint64 enrolment, qint64 session)
    {
        int row = -1, column = -1;
        for (int i = 0; i < sh.people.size(); ++i)
            if (sh.people.at(i).enrolment.id == enrolment)
                row = i;
        for (int j = 0; j < sh.sessions.size(); ++j)
            if (sh.sessions.at(j).session.id == session)
                column = j;
        EXPECT_GE(row, 0);
        EXPECT_GE(column, 0);
        return sh.cells.value(row).value(column);
    }

    qint64 cohort = 0, sian = 0, llyr = 0, late = 0, speaker = 0;
    QList<qint64> sets;
};

} // namespace

TEST_F(Directors, SessionsBeforeSomeoneJoinedAreNotApplicableNeverAbsent)
{
    for (qint64 s : sets)
        mark(s, sian, AttendanceMark::Present);
    const AttendanceSheet sh = sheet();
    EXPECT_EQ(cell(sh, late, sets.at(0)), AttendanceCell::NotApplicable);
    EXPECT_EQ(cell(sh, late, sets.at(1)), AttendanceCell::Unrecorded);
    EXPECT_EQ(person(sh, late).all.absent, 0);
    EXPECT_EQ(person(sh, sian).all.present, 4);
    EXPECT_EQ(Statistics::formatRate(*person(sh, sian).all.rate()), u"100.00"_s);
}

TEST_F(Directors, SessionsFromTheDayOfAWithdrawalOnAreNotApplicable)
{
    ASSERT_TRUE(
        enrolments->changeStatus(llyr, Status::Withdrawn, QDate(2024, 7, 1), Reason::WorkPressures).ok());
    mark(sets.at(0), llyr, AttendanceMark::Present);
    const AttendanceSheet sh = sheet();
    EXPECT_EQ(cell(sh, llyr, sets.at(0)), AttendanceCell::Present);
    EXPECT_EQ(cell(sh, llyr, sets.at(1)), AttendanceCell::NotApplicable); // 1 July, the day they left
    EXPECT_EQ(cell(sh, llyr, sets.at(3)), AttendanceCell::NotApplicable);
    EXPECT_EQ(person(sh, llyr).all.counted(), 1);
}

TEST_F(Directors, RatesLeaveOutExcusedAndUntakenRegisters)
{
    mark(sets.at(0), sian, AttendanceMark::Present);
    mark(sets.at(1), sian, AttendanceMark::Absent);
    mark(sets.at(2), sian, AttendanceMark::Excused);
    mark(sets.at(0), llyr, AttendanceMark::Present);
    const AttendanceSheet sh = sheet();
    const AttendancePerson& p = person(sh, sian);
    EXPECT_EQ(p.all.present, 1);
    EXPECT_EQ(p.all.absent, 1);
    EXPECT_EQ(p.all.excused, 1);
    EXPECT_EQ(p.all.unrecorded, 2); // the fourth set and the guest speaker
    EXPECT_EQ(Statistics::formatRate(*p.all.rate()), u"50.00"_s);
    // Per session: the first set had two present of the two who could come (the late joiner could not).
    EXPECT_EQ(sh.sessions.at(0).count.present, 2);
    EXPECT_EQ(sh.sessions.at(0).count.counted(), 2);
    // The cohort: two present of three counted (Siân's excused set and every blank register left out).
    EXPECT_EQ(sh.total.present, 2);
    EXPECT_EQ(sh.total.counted(), 3);
    EXPECT_EQ(Statistics::formatRate(*sh.total.rate()), u"66.67"_s);
}

TEST_F(Directors, TheRuleIsDecidedOnlyWhenItsRegistersAreComplete)
{
    for (int i = 0; i < 4; ++i) {
        mark(sets.at(i), sian, i == 3 ? AttendanceMark::Absent : AttendanceMark::Present); // 3 of 4
        mark(sets.at(i), llyr, i >= 2 ? AttendanceMark::Absent : AttendanceMark::Present); // 2 of 4
    }
    AttendanceSheet sh = sheet();
    EXPECT_EQ(sh.ruleText, u"at least 75% of action learning sets"_s);
    EXPECT_EQ(person(sh, sian).meetsRule, std::optional<bool>(true));
    EXPECT_EQ(person(sh, llyr).meetsRule, std::optional<bool>(false));
    // Gwenllïan's three registers are blank: undecided, so never offered for completion.
    EXPECT_FALSE(person(sh, late).meetsRule.has_value());
    EXPECT_EQ(AttendanceStats::meetingRule(sh), QList<qint64>{sian});
    // The guest speaker session is not an action learning set: it does not count for the rule.
    EXPECT_EQ(person(sh, sian).rule.counted(), 4);

    ASSERT_TRUE(enrolments->changeStatus(sian, Status::Completed, QDate(2025, 3, 5)).ok());
    EXPECT_TRUE(AttendanceStats::meetingRule(sheet()).isEmpty()); // completed already
}

TEST_F(Directors, AOneToOneSessionIsOnlyForItsParticipant)
{
    const qint64 sianId = store->enrolmentById(sian)->participantId;
    const qint64 coaching = addSession(QDate(2024, 11, 4), SessionKind::Coaching, sianId);
    const AttendanceSheet sh = sheet();
    EXPECT_EQ(cell(sh, sian, coaching), AttendanceCell::Unrecorded);
    EXPECT_EQ(cell(sh, llyr, coaching), AttendanceCell::NotApplicable);
    auto refused = sessions->setMarks({{coaching, llyr, AttendanceMark::Present}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"for someone else"_s)) << s(refused.error());
}

TEST_F(Directors, SessionsStillToComeAreNotYetHeld)
{
    const qint64 next = addSession(QDate(2027, 1, 10), SessionKind::ActionLearningSet);
    const AttendanceSheet sh = sheet();
    EXPECT_EQ(cell(sh, sian, next), AttendanceCell::NotYet);
    EXPECT_EQ(sh.rulePending, 1);
}

TEST_F(Directors, ARuleOfAllSessionsReadsAsAll)
{
    Programme p = *store->programmeByCode(u"TMDP"_s);
    p.attendanceThreshold = 100;
    p.attendanceKind = SessionKind::TeachingDay;
    EXPECT_EQ(AttendanceStats::describeRule(p), u"all teaching days"_s);
    p.attendanceThreshold = 0;
    EXPECT_TRUE(AttendanceStats::describeRule(p).isEmpty());
    p.attendanceThreshold = 101;
    EXPECT_FALSE(catalogue->save(p).ok());
}

TEST_F(Directors, TheDashboardSummaryAddsUpEveryCohortOfTheYearPerProgramme)
{
    for (int i = 0; i < 4; ++i) {
        mark(sets.at(i), sian, AttendanceMark::Present);
        mark(sets.at(i), llyr, i >= 2 ? AttendanceMark::Absent : AttendanceMark::Present);
        if (i > 0)
            mark(sets.at(i), late, AttendanceMark::Present);
    }
    mark(speaker, sian, AttendanceMark::Present);
    mark(speaker, llyr, AttendanceMark::Present);
    StatsQuery q;
    q.year = 2024; // the cohort ends in March 2025: it counts in 2024 to 2025
    auto r = AttendanceStats(*store).summary(q, QDate(2026, 11, 23));
    ASSERT_TRUE(r.ok()) << s(r.error());
    ASSERT_EQ(r.value().size(), 1); // TMDP has no sessions: no tile
    const AttendanceSummary& ndp = r.value().first();
    EXPECT_EQ(ndp.programme, u"NDP"_s);
    EXPECT_EQ(ndp.ruleText, u"at least 75% of action learning sets"_s);
    EXPECT_EQ(ndp.cohorts, 1);
    EXPECT_EQ(ndp.sessionsHeld, 5);
    EXPECT_EQ(ndp.people, 3);
    // Siân 5 present; Llŷr 3 present, 2 absent; Gwenllïan 3 present (the sessions before she joined
    // are not applicable): 11 of 13.
    EXPECT_EQ(ndp.total.present, 11);
    EXPECT_EQ(ndp.total.counted(), 13);
    EXPECT_EQ(Statistics::formatRate(*ndp.total.rate()), u"84.62"_s);
    EXPECT_EQ(ndp.ruleDecided, 3);
    EXPECT_EQ(ndp.ruleMet, 2); // Llŷr attended 2 of 4 sets

    q.year = 2025;
    EXPECT_TRUE(AttendanceStats(*store).summary(q, QDate(2026, 11, 23)).value().isEmpty());
    q.year = 2024;
    q.role = JobRole::Director; // nobody in the fixture has a role recorded
    auto directors = AttendanceStats(*store).summary(q, QDate(2026, 11, 23));
    ASSERT_EQ(directors.value().size(), 1);
    EXPECT_EQ(directors.value().first().people, 0);
    EXPECT_FALSE(directors.value().first().total.rate().has_value());
}
