// ReportWriter: the annual report of the demo year states the published figures in sentences, in
// English and in Welsh; sentences read well with zeros, one person, and programmes without a cohort;
// the HTML file is well-formed.
#include "TestSupport.h"

#include "demo/Demo.h"
#include "i18n/Translation.h"
#include "report/ReportFigures.h"
#include "report/ReportHtml.h"
#include "report/ReportWriter.h"

#include <QXmlStreamReader>

using namespace arwain;
using namespace arwain::test;

namespace {

class ReportTest : public DbTest
{
protected:
    ReportDocument report(int year, Lang lang = Lang::English, std::optional<int> minResponses = 0)
    {
        ReportOptions options;
        options.year = year;
        options.lang = lang;
        options.minResponses = minResponses;
        auto figures = ReportFigures::compute(*store, options, kToday.date());
        EXPECT_TRUE(figures.ok()) << (figures.ok() ? std::string() : s(figures.error()));
        return figures.ok() ? ReportWriter(figures.value()).write() : ReportDocument{};
    }
};

class DemoReportTest : public ReportTest
{
protected:
    void SetUp() override
    {
        ReportTest::SetUp();
        ASSERT_TRUE(Demo::build(*store).ok());
    }
};

TEST_F(DemoReportTest, TheEnglishReportStatesThePublishedFiguresInSentences)
{
    const QString text = report(2024).plainText();
    for (
        const QString& expected : {
            u"Leadership development annual report 2024 to 2025"_s,
            u"In 2024 to 2025, 36 participants took part across two TMDP cohorts. Of these, 32 completed the "
            u"programme, with three deferrals and one withdrawal, resulting in a completion rate of 88.89 per cent."_s,
            u"In 2024 to 2025, 15 participants took part in one MMDP cohort. Of these, 13 completed the "
            u"programme, "
            u"with two deferrals, resulting in a completion rate of 86.67 per cent."_s,
            u"In 2024 to 2025, 17 participants took part in one AMMP cohort. All 17 completed the programme"_s,
            u"We gathered feedback from seven of nine participants"_s,
            u"99 per cent said it met their expectations"_s,
            u"99.5 per cent said they learned something they could use in practice"_s,
            u"In 2024 to 2025, 312 people attended eight sessions."_s,
            u"164 people attended “Radical candour: a joint session with HEIW” on 12 March 2025"_s,
            u"At the end of 2024 to 2025, the network had 146 members."_s,
            u"Completion rate: completed ÷ everyone enrolled in the cohorts, waitlisted excluded (the published method)."_s,
        })
        EXPECT_TRUE(text.contains(expected)) << "missing: " << s(expected) << "\nin:\n" << s(text);
    // Single sessions have no completion rate anywhere in the words.
    EXPECT_FALSE(text.contains(u"ICL cohort"_s));
    EXPECT_FALSE(text.contains(u"(s)"_s)) << s(text);
}

TEST_F(DemoReportTest, TheWelshReportIsInWelshWithWelshNumbersAndNames)
{
    const ReportDocument doc = report(2024, Lang::Welsh);
    const QString text = doc.plainText();
    EXPECT_EQ(doc.lang, u"cy"_s);
    for (const QString& expected : {u"2024 i 2025"_s, u"88.89 y cant"_s, u"Rhaglen Datblygu Rheolwyr Tîm"_s,
                                    u"Cyflwyniad i arweinyddiaeth dosturiol"_s, u"146"_s, u"saith"_s})
        EXPECT_TRUE(text.contains(expected)) << "missing: " << s(expected) << "\nin:\n" << s(text);
    for (const QString& english :
         {u"participants"_s, u"completion rate"_s, u"per cent"_s, u" to 20"_s, u"Summary"_s, u"feedback"_s})
        EXPECT_FALSE(text.contains(english)) << "English left: " << s(english) << "\nin:\n" << s(text);
}

TEST_F(DemoReportTest, WelshNumbersTakeTheAspirateMutationAfterGyda)
{
    // TMDP 2024 to 2025: 36 participants, 32 completed, three deferrals and one withdrawal.
    const QString text = report(2024, Lang::Welsh).plainText();
    EXPECT_TRUE(text.contains(u"gyda thri o ohiriadau"_s)) << s(text);
    EXPECT_FALSE(text.contains(u"gyda tri "_s)) << s(text);
}

TEST(WelshMutation, CPTAfterGydaATriAndChweTakeTheAspirate)
{
    const Translation cy(Lang::Welsh);
    EXPECT_EQ(cy.mutated(u"gyda tri o ohiriadau a pedwar achos"_s),
              u"gyda thri o ohiriadau a phedwar achos"_s);
    EXPECT_EQ(cy.mutated(u"tri cyfranogwr, chwe pwnc, â cyllell"_s),
              u"tri chyfranogwr, chwe phwnc, â chyllell"_s);
    EXPECT_EQ(cy.mutated(u"Gyda Tri"_s), u"Gyda Thri"_s);
    // Already mutated, other letters, and the words inside longer words are left alone.
    EXPECT_EQ(cy.mutated(u"gyda thri, a chwech, gyda dau, data tri, Cymraeg a Saesneg"_s),
              u"gyda thri, a chwech, gyda dau, data tri, Cymraeg a Saesneg"_s);
    EXPECT_EQ(cy.mutated(u"a CPD, gyda TMDP, a P"_s), u"a CPD, gyda TMDP, a P"_s);
    EXPECT_EQ(Translation(Lang::English).mutated(u"a tri"_s), u"a tri"_s);
}

TEST_F(DemoReportTest, SuppressionWithholdsSmallFeedbackRowsAndSaysSo)
{
    const QString text = report(2024, Lang::English, 10).plainText();
    EXPECT_TRUE(text.contains(u"We gathered feedback from seven of nine participants; with fewer than 10 "
                              u"responses, its percentages are not shown."_s))
        << s(text);
    EXPECT_TRUE(text.contains(u"Feedback percentages from fewer than 10 responses are not shown"_s));
    EXPECT_TRUE(text.contains(u"99.5 per cent said they learned"_s)); // ICL's 200 responses still shown
}

TEST_F(DemoReportTest, TheHtmlFileIsWellFormedAndSelfContained)
{
    for (Lang lang : {Lang::English, Lang::Welsh}) {
        const QString html = ReportHtml::write(report(2024, lang));
        QXmlStreamReader xml(html);
        int headings = 0, charts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                headings += xml.name() == u"h1"_s;
                charts += xml.name() == u"svg"_s;
            }
        }
        EXPECT_FALSE(xml.hasError()) << s(xml.errorString()) << " at line " << xml.lineNumber();
        EXPECT_EQ(headings, 1);
        EXPECT_EQ(charts, 2); // completion by programme; the trend
        EXPECT_TRUE(html.contains(lang == Lang::Welsh ? u"lang=\"cy\""_s : u"lang=\"en\""_s));
        EXPECT_FALSE(html.contains(u"src=\"http"_s));
    }
}

TEST_F(ReportTest, ProgrammesWithoutACohortAreLeftOutAndZerosReadWell)
{
    const qint64 tmdp = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 5, 1), QDate(2025, 2, 1));
    const qint64 one = addCohort(u"AMMP-2024-1"_s, u"AMMP"_s, QDate(2024, 5, 1), QDate(2025, 2, 1));
    for (int i = 0; i < 3; ++i) {
        auto e = enrolments->enrol(addPerson(u"Siân"_s, u"Jones"_s + QString::number(i), QString()), tmdp,
                                   QDate(2024, 4, 1));
        ASSERT_TRUE(e.ok());
        ASSERT_TRUE(enrolments->changeStatus(e.value().id, Status::Completed, QDate(2025, 2, 1)));
    }
    auto lone = enrolments->enrol(addPerson(u"Llŷr"_s, u"Owen"_s, QString()), one, QDate(2024, 4, 1));
    ASSERT_TRUE(lone.ok());
    ASSERT_TRUE(
        enrolments->changeStatus(lone.value().id, Status::Withdrawn, QDate(2024, 9, 1), Reason::Health));

    const QString text = report(2024).plainText();
    EXPECT_TRUE(text.contains(u"In 2024 to 2025, three participants took part in one TMDP cohort. All three "
                              u"completed the programme, resulting in a completion rate of 100 per cent."_s))
        << s(text);
    EXPECT_TRUE(
        text.contains(u"In 2024 to 2025, one participant took part in one AMMP cohort. They did not "
                      u"complete it, with one withdrawal, resulting in a completion rate of 0 per cent."_s))
        << s(text);
    EXPECT_FALSE(text.contains(u"MMDP"_s)); // no cohort that year: left out, not 0%
    EXPECT_FALSE(text.contains(u"deferral"_s));
    EXPECT_FALSE(text.contains(u"network"_s)); // nobody in it, then or before

    const QString empty = report(2030).plainText();
    EXPECT_TRUE(
        empty.contains(u"No cohort counts in 2030 to 2031, so there are no programme figures for it yet."_s))
        << s(empty);
    EXPECT_FALSE(empty.contains(u"per cent"_s));
}

} // namespace
