// SurveyImporter: a survey tool's own headers and answer words, read through a mapping; all or nothing.
#include "TestSupport.h"

#include "io/csv/SurveyImporter.h"

#include <QBuffer>

using namespace arwain;
using namespace arwain::test;

namespace {

const QByteArray kSurvey =
    "Timestamp,Email address,How well did the programme meet your needs?,It met my expectations,"
    "I learned something I can use in practice,It was relevant to my role,I would recommend it,"
    "Anything else?\n"
    "2025-03-01 10:00,sian@example.cymru,Extremely well,Strongly agree,Agree,Agree,Strongly agree,"
    "\"Gwych, diolch\"\n"
    "2025-03-01 11:00,,Very well,Agree,Strongly agree,Agree,Agree,\n"
    "2025-03-02 09:00,,Well,Agree,Neither agree nor disagree,Agree,Agree,Useful sets\n";

class Survey : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        cohort = addCohort(u"NDP-2024-1"_s, u"NDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 5));
        addPerson(u"Siân"_s, u"Rowlands"_s, u"sian@example.cymru"_s);
    }
    SurveyMapping guessed(const QByteArray& bytes)
    {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        auto h = SurveyImporter::headers(b, u"survey.csv"_s);
        EXPECT_TRUE(h.ok());
        return SurveyMapping::guess(h.value());
    }
    Result<ImportReport> run(const QByteArray& bytes, const SurveyMapping& m, const QString& name = {})
    {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        return SurveyImporter(*store).run(b, u"survey.csv"_s, cohort, m, name);
    }
    qint64 cohort = 0;
};

} // namespace

TEST_F(Survey, TheGuessFindsEachQuestionByItsWords)
{
    const SurveyMapping m = guessed(kSurvey);
    EXPECT_EQ(m.columns.value(u"met_needs"_s), u"How well did the programme meet your needs?"_s);
    EXPECT_EQ(m.columns.value(u"met_expectations"_s), u"It met my expectations"_s);
    EXPECT_EQ(m.columns.value(u"learned_usable"_s), u"I learned something I can use in practice"_s);
    EXPECT_EQ(m.columns.value(u"recommend"_s), u"I would recommend it"_s);
    EXPECT_EQ(m.columns.value(u"email"_s), u"Email address"_s);
    EXPECT_EQ(m.columns.value(u"comment"_s), u"Anything else?"_s);
    EXPECT_EQ(SurveyMapping::fromJson(m.toJson()), m);
}

TEST_F(Survey, ImportsThroughTheMappingAndRemembersIt)
{
    auto r = run(kSurvey, guessed(kSurvey), u"Leaderful Action end-of-year survey"_s);
    ASSERT_TRUE(r.ok()) << s(r.error());
    ASSERT_TRUE(r.value().ok()) << s(r.value().errors.join(u'\n'));
    EXPECT_EQ(r.value().added, 3);
    const QList<Feedback> all = feedback->responses().feedbackOfCohort(cohort);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).metNeeds, MetNeeds::VeryWell);
    EXPECT_EQ(all.at(0).metExpectations, YesNo::Yes);
    EXPECT_EQ(all.at(0).participantId, store->participantByEmail(u"sian@example.cymru"_s)->id);
    EXPECT_EQ(all.at(0).comment, u"Gwych, diolch"_s);
    EXPECT_EQ(all.at(1).participantId, 0); // anonymous
    EXPECT_EQ(all.at(2).metNeeds, MetNeeds::QuiteWell);
    EXPECT_EQ(all.at(2).learnedUsable, YesNo::Unset); // "neither" counts as no answer
    const auto remembered = SurveyImporter(*store).saved(u"leaderful action END-of-year survey"_s);
    ASSERT_TRUE(remembered.has_value());
    EXPECT_EQ(*remembered, guessed(kSurvey));
    // The same file again adds nothing.
    auto again = run(kSurvey, guessed(kSurvey));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().added, 0);
    EXPECT_EQ(again.value().unchanged, 3);
    EXPECT_EQ(feedback->responses().feedbackOfCohort(cohort).size(), 3);
}

TEST_F(Survey, AnUnknownAnswerOrPersonRefusesTheWholeFileWithLinesAndColumns)
{
    QByteArray bad = kSurvey;
    bad += "2025-03-03 09:00,nobody@example.cymru,Very well,Somewhat,Agree,Agree,Agree,\n";
    auto r = run(bad, guessed(bad), u"kept only when it works"_s);
    ASSERT_TRUE(r.ok()) << s(r.error());
    ASSERT_EQ(r.value().errors.size(), 2) << s(r.value().errors.join(u'\n'));
    EXPECT_EQ(
        r.value().errors.at(0),
        u"survey.csv:5: Email address: no participant with email nobody@example.cymru (leave it blank for an "
        "anonymous response)"_s);
    EXPECT_EQ(
        r.value().errors.at(1),
        u"survey.csv:5: It met my expectations: \"Somewhat\" is not in the mapping's answers for this question"_s);
    EXPECT_TRUE(feedback->responses().feedbackOfCohort(cohort).isEmpty());
    EXPECT_FALSE(SurveyImporter(*store).saved(u"kept only when it works"_s).has_value());
}

TEST_F(Survey, AColumnTheMappingNamesMustBeInTheFile)
{
    SurveyMapping m = guessed(kSurvey);
    m.columns.insert(u"relevant"_s, u"Relevance (1-5)"_s);
    auto r = run(kSurvey, m);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().errors.size(), 1);
    EXPECT_EQ(r.value().errors.at(0),
              u"survey.csv:1: Relevance (1-5): this column of the mapping is not in the file"_s);
    EXPECT_TRUE(feedback->responses().feedbackOfCohort(cohort).isEmpty());
}
