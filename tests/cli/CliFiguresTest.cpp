// arwain-cli's figures: stats, feedback and attendance as published, small rows suppressed.
#include "CliSupport.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

TEST_F(Cli, StatsPrintsThePublishedFigures)
{
    const Outcome json = run({u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exit, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"rows"_s).toArray();
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(u"participants"_s).toInt(), 36);
    EXPECT_DOUBLE_EQ(rows.at(0).toObject().value(u"completion_rate"_s).toDouble(), 88.89);
    EXPECT_EQ(rows.at(1).toObject().value(u"key"_s).toString(), u"MMDP"_s);
    EXPECT_DOUBLE_EQ(rows.at(1).toObject().value(u"completion_rate"_s).toDouble(), 86.67);
    const Outcome table = run({u"stats"_s, demoPath, u"--year"_s, u"2024"_s});
    EXPECT_EQ(table.exit, 0);
    EXPECT_TRUE(table.out.contains(u"Reporting period: 2024 to 2025"_s));
    EXPECT_TRUE(table.out.contains(u"88.89"_s));
    const Outcome csv = run({u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.contains(u"2024 to 2025,published,,,programme,TMDP,2,36,32,3,1,0,0,88.89"_s))
        << csv.out.toStdString();
}

namespace {
QJsonObject rowWithKey(const QString& json, const QString& key)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).object().value(u"rows"_s).toArray())
        if (v.toObject().value(u"key"_s).toString() == key)
            return v.toObject();
    return {};
}
} // namespace

TEST_F(Cli, FeedbackGivesThePublishedFiguresAndSuppressesSmallRows)
{
    const Outcome json = run({u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exit, 0) << json.err.toStdString();
    const QJsonObject ndp = rowWithKey(json.out, u"NDP"_s);
    EXPECT_EQ(ndp.value(u"responses"_s).toInt(), 7);
    EXPECT_EQ(ndp.value(u"participants"_s).toInt(), 9);
    EXPECT_DOUBLE_EQ(ndp.value(u"met_expectations"_s).toDouble(), 100.0);
    EXPECT_DOUBLE_EQ(ndp.value(u"recommend"_s).toDouble(), 100.0);
    const QJsonObject icl = rowWithKey(json.out, u"ICL"_s);
    EXPECT_DOUBLE_EQ(icl.value(u"met_expectations"_s).toDouble(), 99.0);
    EXPECT_DOUBLE_EQ(icl.value(u"learned_usable"_s).toDouble(), 99.5);

    // --suppress 10 withholds NDP's seven responses; the table says "fewer than 10".
    const Outcome few = run({u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--suppress"_s, u"10"_s});
    ASSERT_EQ(few.exit, 0);
    EXPECT_TRUE(few.out.contains(u"fewer than 10"_s)) << few.out.toStdString();
    const Outcome fewJson = run({u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--suppress"_s, u"10"_s,
                                 u"--format"_s, u"json"_s});
    const QJsonObject hidden = rowWithKey(fewJson.out, u"NDP"_s);
    EXPECT_TRUE(hidden.value(u"suppressed"_s).toBool());
    EXPECT_TRUE(hidden.value(u"met_expectations"_s).isNull());
    EXPECT_EQ(hidden.value(u"suppressed_text"_s).toString(), u"fewer than 10"_s);

    // The database's own setting applies when no option is given.
    const QString db = freshDemo();
    ASSERT_EQ(run({u"settings"_s, db, u"--suppress"_s, u"8"_s}).exit, 0);
    const Outcome setting = run({u"feedback"_s, db, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
    EXPECT_TRUE(rowWithKey(setting.out, u"NDP"_s).value(u"suppressed"_s).toBool());
    EXPECT_FALSE(rowWithKey(setting.out, u"AMMP"_s).value(u"suppressed"_s).toBool());
    EXPECT_EQ(run({u"settings"_s, db, u"--suppress"_s, u"lots"_s}).exit, 2);
}

TEST_F(Cli, FeedbackByRegionSectorAndRole)
{
    const Outcome region = run(
        {u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--by"_s, u"region"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(region.exit, 0) << region.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(region.out.toUtf8()).object().value(u"rows"_s).toArray();
    int responses = 0;
    for (const QJsonValue& v : rows)
        responses += v.toObject().value(u"responses"_s).toInt();
    // Every response of the year lands in exactly one row (anonymous ones under "not recorded").
    const Outcome all = run({u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
    int total = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(all.out.toUtf8()).object().value(u"rows"_s).toArray())
        total += v.toObject().value(u"responses"_s).toInt();
    EXPECT_EQ(responses, total);
    EXPECT_FALSE(rowWithKey(region.out, u"North Wales"_s).isEmpty());
    const Outcome role = run({u"feedback"_s, demoPath, u"--year"_s, u"2024"_s, u"--role"_s, u"director"_s,
                              u"--format"_s, u"json"_s});
    ASSERT_EQ(role.exit, 0) << role.err.toStdString();
    const QJsonObject ndp = rowWithKey(role.out, u"NDP"_s);
    EXPECT_EQ(ndp.value(u"participants"_s).toInt(), 9);
    EXPECT_LE(ndp.value(u"responses"_s).toInt(), 7); // named directors only
    EXPECT_EQ(run({u"feedback"_s, demoPath, u"--by"_s, u"colour"_s}).exit, 2);
}

TEST_F(Cli, AttendanceGivesEachDirectorsRate)
{
    const Outcome json =
        run({u"attendance"_s, demoPath, u"--cohort"_s, u"NDP-2024-1"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exit, 0) << json.err.toStdString();
    const QJsonArray cohorts =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"cohorts"_s).toArray();
    ASSERT_EQ(cohorts.size(), 1);
    const QJsonObject ndp = cohorts.at(0).toObject();
    EXPECT_EQ(ndp.value(u"rule"_s).toString(), u"at least 75% of action learning sets"_s);
    const QJsonArray people = ndp.value(u"people"_s).toArray();
    ASSERT_EQ(people.size(), 9);
    for (const QJsonValue& v : people) {
        const QJsonObject p = v.toObject();
        // Six sets, three speakers and their own coaching session: ten apply to each director.
        EXPECT_EQ(p.value(u"applicable"_s).toInt(), 10);
        EXPECT_GT(p.value(u"rate"_s).toDouble(), 0.0);
        EXPECT_TRUE(p.value(u"rule_met"_s).isBool());
    }
    const Outcome csv = run({u"attendance"_s, demoPath, u"--programme"_s, u"TMDP"_s, u"--year"_s, u"2024"_s,
                             u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exit, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(u"cohort,given_name,family_name,email,status,attended,applicable"_s));
    EXPECT_TRUE(csv.out.contains(u"TMDP-2024-1,"_s));
    EXPECT_TRUE(csv.out.contains(u"TMDP-2024-2,"_s));
    EXPECT_EQ(run({u"attendance"_s, demoPath}).exit, 2);
    EXPECT_EQ(run({u"attendance"_s, demoPath, u"--programme"_s, u"TMDP"_s}).exit, 2);
    const Outcome missing = run({u"attendance"_s, demoPath, u"--cohort"_s, u"NDP-1999-1"_s});
    EXPECT_EQ(missing.exit, 1);
    EXPECT_TRUE(missing.err.contains(u"no cohort with code NDP-1999-1"_s)) << missing.err.toStdString();
}
