// SessionService: sessions are added, changed, removed and put back with their marks; marks are set
// all or none and come back as the changes that undo them.
#include "TestSupport.h"

#include "services/SessionService.h"

using namespace arwain;
using namespace arwain::test;

namespace {

class Sessions : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        cohort = addCohort(u"NDP-2024-1"_s, u"NDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 5));
        other = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 5));
        person = addPerson(u"Siân"_s, u"Rowlands"_s, u"sian@example.cymru"_s);
        enrolment = enrolments->enrol(person, cohort, QDate(2024, 4, 1)).value().id;
        elsewhere = enrolments->enrol(person, other, QDate(2024, 4, 1)).value().id;
    }
    Session session(QDate date, QTime time = {})
    {
        Session s;
        s.cohortId = cohort;
        s.date = date;
        s.kind = SessionKind::ActionLearningSet;
        s.title = u"Set"_s;
        s.startTime = time;
        s.facilitator = u"  Leaderful Action "_s;
        s.venue = u"online"_s;
        return s;
    }
    qint64 cohort = 0, other = 0, person = 0, enrolment = 0, elsewhere = 0;
};

} // namespace

TEST_F(Sessions, AddChangeAndKeepTheDetails)
{
    auto saved = sessions->save(session(QDate(2024, 6, 1), QTime(9, 30)));
    ASSERT_TRUE(saved.ok()) << s(saved.error());
    EXPECT_EQ(saved.value().facilitator, u"Leaderful Action"_s);
    Session changed = saved.value();
    changed.title = u"Action learning set 1"_s;
    changed.venue = u"Cardiff"_s;
    const auto again = sessions->save(changed);
    ASSERT_TRUE(again.ok());
    const auto read = sessions->sessions().sessionById(changed.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, again.value());
    EXPECT_EQ(read->title, u"Action learning set 1"_s);
    EXPECT_EQ(read->version, 2); // each save is a new version of the row
    EXPECT_EQ(read->startTime, QTime(9, 30));
}

TEST_F(Sessions, ADateIsRequiredAndOneToOneNeedsSomeoneEnrolled)
{
    Session s = session(QDate());
    const auto noDate = sessions->save(s);
    ASSERT_FALSE(noDate.ok());
    EXPECT_TRUE(noDate.error().contains(u"date: required"_s)) << arwain::test::s(noDate.error());
    s = session(QDate(2024, 6, 1));
    s.participantId = addPerson(u"Llŷr"_s, u"Tudur"_s, u"llyr@example.cymru"_s); // not in the cohort
    const auto stranger = sessions->save(s);
    ASSERT_FALSE(stranger.ok());
    EXPECT_TRUE(stranger.error().contains(u"enrolled in the cohort"_s));
    EXPECT_TRUE(sessions->sessions().sessionsOfCohort(cohort).isEmpty());
}

TEST_F(Sessions, RemovingThenRestoringPutsTheSessionAndItsMarksBack)
{
    const Session s = sessions->save(session(QDate(2024, 6, 1))).value();
    ASSERT_TRUE(sessions->setMarks({{s.id, enrolment, AttendanceMark::Excused}}).ok());
    auto removed = sessions->remove(s.id);
    ASSERT_TRUE(removed.ok());
    EXPECT_FALSE(sessions->sessions().sessionById(s.id).has_value());
    EXPECT_TRUE(sessions->sessions().attendanceOfCohort(cohort).isEmpty());
    ASSERT_TRUE(sessions->restore(removed.value()).ok());
    EXPECT_EQ(sessions->sessions().sessionById(s.id), s);
    EXPECT_EQ(sessions->sessions().attendanceOf(s.id, enrolment)->mark, AttendanceMark::Excused);
}

TEST_F(Sessions, MarksAreAllOrNoneAndReturnTheirUndo)
{
    const Session s = sessions->save(session(QDate(2024, 6, 1))).value();
    auto first = sessions->setMarks({{s.id, enrolment, AttendanceMark::Present}});
    ASSERT_TRUE(first.ok());
    auto second = sessions->setMarks({{s.id, enrolment, AttendanceMark::Absent}});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), (QList<MarkChange>{{s.id, enrolment, AttendanceMark::Present}}));
    // An enrolment of another cohort in the same batch: nothing is written.
    auto mixed =
        sessions->setMarks({{s.id, enrolment, std::nullopt}, {s.id, elsewhere, AttendanceMark::Present}});
    ASSERT_FALSE(mixed.ok());
    EXPECT_TRUE(mixed.error().contains(u"not enrolled in this session's cohort"_s))
        << arwain::test::s(mixed.error());
    EXPECT_EQ(sessions->sessions().attendanceOf(s.id, enrolment)->mark, AttendanceMark::Absent);
    // Undo of the first ever mark clears it.
    ASSERT_TRUE(sessions->setMarks(second.value()).ok());
    ASSERT_TRUE(sessions->setMarks(first.value()).ok());
    EXPECT_FALSE(sessions->sessions().attendanceOf(s.id, enrolment).has_value());
}

TEST_F(Sessions, ANewSessionStartsAfterTheLastOneWithinTheCohort)
{
    // No sessions: today while the cohort runs, otherwise its start (before it begins, or recording a past
    // cohort's sessions after it ended).
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2024, 9, 1)), QDate(2024, 9, 1));
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2024, 1, 10)), QDate(2024, 5, 1));
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2026, 12, 7)), QDate(2024, 5, 1));
    // One session: a week after it. Two: after the last by the gap between them.
    ASSERT_TRUE(sessions->save(session(QDate(2024, 6, 5))).ok());
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2026, 12, 7)), QDate(2024, 6, 12));
    ASSERT_TRUE(sessions->save(session(QDate(2024, 7, 3))).ok());
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2026, 12, 7)), QDate(2024, 7, 31));
    // Never after the cohort's end.
    ASSERT_TRUE(sessions->save(session(QDate(2025, 2, 20))).ok());
    EXPECT_EQ(sessions->suggestedDate(cohort, QDate(2026, 12, 7)), QDate(2025, 3, 5));
}

TEST_F(Sessions, ADateOutsideTheCohortIsAWarningNotAnError)
{
    EXPECT_TRUE(sessions->dateWarning(session(QDate(2024, 9, 1))).isEmpty());
    EXPECT_EQ(sessions->dateWarning(session(QDate(2024, 4, 30))),
              u"2024-04-30 is before NDP-2024-1 starts (2024-05-01)."_s);
    EXPECT_EQ(sessions->dateWarning(session(QDate(2026, 12, 7))),
              u"2026-12-07 is after NDP-2024-1 ends (2025-03-05)."_s);
    // It may still be saved: a follow-up day after the end.
    EXPECT_TRUE(sessions->save(session(QDate(2025, 6, 12))).ok());
}
