// StatsFormat: the JSON contract of PRODUCT.md, the CSV with its period and definition, the table.
#include "TestSupport.h"
#include "stats/FeedbackFigures.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include "demo/Demo.h"
#include "io/xlsx/XlsxWriter.h"
#include "stats/StatsFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace arwain;
using namespace arwain::test;

namespace {

class Formats : public DbTest
{
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        ASSERT_TRUE(Demo::build(*store).ok());
        StatsQuery q;
        q.year = 2024;
        figures = Statistics(*store).compute(q).value();
    }
    StatsResult figures;
};

} // namespace

TEST_F(Formats, JsonHasTheShapeOfTheContract)
{
    const QJsonObject top = QJsonDocument::fromJson(StatsFormat::json(figures).toUtf8()).object();
    EXPECT_EQ(top.value(u"year"_s).toString(), u"2024 to 2025"_s);
    EXPECT_EQ(top.value(u"definition"_s).toString(), u"published"_s);
    EXPECT_TRUE(top.value(u"as_at"_s).isNull());
    const QJsonObject tmdp = top.value(u"rows"_s).toArray().at(0).toObject();
    EXPECT_EQ(tmdp.value(u"key"_s).toString(), u"TMDP"_s);
    EXPECT_EQ(tmdp.value(u"cohorts"_s).toInt(), 2);
    EXPECT_EQ(tmdp.value(u"participants"_s).toInt(), 36);
    EXPECT_EQ(tmdp.value(u"completed"_s).toInt(), 32);
    EXPECT_EQ(tmdp.value(u"deferred"_s).toInt(), 3);
    EXPECT_EQ(tmdp.value(u"withdrawn"_s).toInt(), 1);
    EXPECT_EQ(tmdp.value(u"in_progress"_s).toInt(), 0);
    EXPECT_EQ(tmdp.value(u"waitlisted"_s).toInt(), 0);
    EXPECT_DOUBLE_EQ(tmdp.value(u"completion_rate"_s).toDouble(), 88.89);
    EXPECT_TRUE(StatsFormat::json(figures).contains(u"\"completion_rate\": 88.89"_s));
    const QJsonObject mmdp = top.value(u"rows"_s).toArray().at(1).toObject();
    EXPECT_DOUBLE_EQ(mmdp.value(u"completion_rate"_s).toDouble(), 86.67);
}

TEST_F(Formats, TableShowsTheDefinitionAndTheFigures)
{
    const QString t = StatsFormat::table(figures);
    EXPECT_TRUE(t.startsWith(u"Reporting period: 2024 to 2025\n"_s));
    EXPECT_TRUE(t.contains(u"Completion rate (published): completed ÷ everyone enrolled"_s));
    const QStringList lines = t.split(u'\n');
    const auto tmdp =
        std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) { return l.startsWith(u"TMDP"_s); });
    ASSERT_NE(tmdp, lines.cend());
    EXPECT_EQ(tmdp->simplified().split(u' ').mid(0, 9),
              (QStringList{u"TMDP"_s, u"2"_s, u"36"_s, u"32"_s, u"3"_s, u"1"_s, u"0"_s, u"0"_s, u"88.89"_s}));
}

TEST_F(Formats, CsvCarriesPeriodFiltersAndDefinitionInEveryRow)
{
    StatsQuery q;
    q.year = 2024;
    q.programme = u"mmdp"_s;
    q.definition = Definition::ExcludingDeferrals;
    const auto r = Statistics(*store).compute(q).value();
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    ASSERT_TRUE(StatsFormat::csv(r, buf));
    const QStringList lines = QString::fromUtf8(buf.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(
        lines.at(0).startsWith(u"year,definition,as_at,filters,by,key,cohorts,participants,completed"_s));
    EXPECT_TRUE(lines.at(1).startsWith(
        u"2024 to 2025,excluding-deferrals,,programme=MMDP,programme,MMDP,1,15,13,2,0,0,0,100.00"_s))
        << s(lines.at(1));
}

TEST_F(Formats, XlsxCellsAreTypedAndReadBack)
{
    const QString file = path(u"figures.xlsx"_s);
    ASSERT_TRUE(StatsFormat::xlsx(figures, file).ok());
    QProcess py;
    py.start(u"/usr/bin/python3"_s, {u"-c"_s,
                                     u"import openpyxl,sys\n"
                                     "ws=openpyxl.load_workbook(sys.argv[1]).active\n"
                                     "rows=list(ws.iter_rows(values_only=True))\n"
                                     "h=[i for i,r in enumerate(rows) if r[0]=='programme'][0]\n"
                                     "t=rows[h+1]\n"
                                     "print(rows[0][0]);print(t[0],type(t[2]).__name__,t[2],round(t[8],4));"
                                     "print(ws.cell(row=h+2,column=9).number_format)"_s,
                                     file});
    ASSERT_TRUE(py.waitForFinished(30000));
    ASSERT_EQ(py.exitCode(), 0) << py.readAllStandardError().toStdString();
    const QStringList out = QString::fromUtf8(py.readAllStandardOutput()).split(u'\n');
    EXPECT_EQ(out.at(0), u"Reporting period: 2024 to 2025"_s);
    EXPECT_EQ(out.at(1), u"TMDP int 36 0.8889"_s);
    EXPECT_EQ(out.at(2), u"0.00%"_s);
}

TEST_F(Formats, FeedbackSuppressesSmallNumbers)
{
    FeedbackQuery q;
    q.year = 2024;
    q.minResponses = 10;
    const auto r = FeedbackStats(*store).compute(q).value();
    const QJsonObject top = QJsonDocument::fromJson(StatsFormat::json(r).toUtf8()).object();
    for (const QJsonValue& v : top.value(u"rows"_s).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"key"_s).toString() == u"NDP"_s) {
            EXPECT_TRUE(row.value(u"suppressed"_s).toBool()); // 7 responses
            EXPECT_TRUE(row.value(u"met_expectations"_s).isNull());
        }
        if (row.value(u"key"_s).toString() == u"ICL"_s) {
            EXPECT_FALSE(row.value(u"suppressed"_s).toBool());
            EXPECT_DOUBLE_EQ(row.value(u"learned_usable"_s).toDouble(), 99.5);
            EXPECT_DOUBLE_EQ(row.value(u"met_expectations"_s).toDouble(), 99.0);
        }
    }
    EXPECT_TRUE(StatsFormat::table(r).contains(u"fewer than 10"_s));
}
