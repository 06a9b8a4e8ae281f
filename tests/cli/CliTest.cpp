// arwain-cli through the real binary: exit codes 0/1/2, messages on stderr, files left untouched.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "storage/Database.h"

#include <QTemporaryDir>
#include <algorithm>
#include <iostream>

#include "CliSupport.h"
#include "KillAfter.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({}).exit, 2);
    const Outcome unknown = run({u"frobnicate"_s});
    EXPECT_EQ(unknown.exit, 2);
    EXPECT_TRUE(unknown.err.contains(u"unknown command 'frobnicate'"_s));
    EXPECT_EQ(run({u"generate"_s, demoPath, u"--participants"_s, u"many"_s}).exit, 2);
    const Outcome tooFew =
        run({u"generate"_s, u"never.arwain"_s, u"--participants"_s, u"2"_s, u"--enrolments"_s, u"90000"_s});
    EXPECT_EQ(tooFew.exit, 2);
    EXPECT_TRUE(tooFew.err.contains(u"each person is at most once in a cohort"_s))
        << tooFew.err.toStdString();
    EXPECT_FALSE(QFile::exists(u"never.arwain"_s));
    EXPECT_EQ(run({u"stats"_s}).exit, 2);
    const Outcome year = run({u"stats"_s, demoPath, u"--year"_s, u"last"_s});
    EXPECT_EQ(year.exit, 2);
    EXPECT_TRUE(year.err.contains(u"--year: 'last' is not a year"_s));
    EXPECT_EQ(run({u"stats"_s, demoPath, u"--definition"_s, u"generous"_s}).exit, 2);
    EXPECT_EQ(run({u"stats"_s, demoPath, u"--by"_s, u"shoe size"_s}).exit, 2);
    EXPECT_EQ(run({u"stats"_s, demoPath, u"--as-at"_s, u"31/02/2025"_s}).exit, 2);
    EXPECT_EQ(run({u"stats"_s, demoPath, u"--no-such-option"_s}).exit, 2);
    EXPECT_EQ(run({u"import"_s, u"people"_s, demoPath, u"x.csv"_s}).exit, 2);
    EXPECT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"--year"_s, u"2024"_s}).exit, 2);
}

TEST_F(Cli, HelpEverywhere)
{
    const Outcome top = run({u"--help"_s});
    EXPECT_EQ(top.exit, 0);
    for (const QString& c : {u"init"_s, u"demo"_s, u"import"_s, u"export"_s, u"stats"_s, u"status"_s,
                             u"feedback"_s, u"backup"_s, u"check"_s}) {
        EXPECT_TRUE(top.out.contains(u"  "_s + c + u' ')) << c.toStdString();
        const Outcome help = run({c, u"--help"_s});
        EXPECT_EQ(help.exit, 0) << c.toStdString();
        EXPECT_TRUE(help.out.startsWith(u"usage: arwain-cli "_s + c)) << help.out.toStdString();
    }
}

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

TEST_F(Cli, ForeignAndMissingFilesAreRefusedUntouched)
{
    const QString notes = file(u"notes.txt"_s, "Siân's notes, not a database\n");
    const QByteArray before = hash(notes);
    const Outcome r = run({u"stats"_s, notes});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(u"not an Arwain database"_s)) << r.err.toStdString();
    EXPECT_EQ(hash(notes), before);
    EXPECT_FALSE(QFile::exists(notes + u"-wal"_s));
    EXPECT_EQ(run({u"import"_s, u"participants"_s, notes, notes}).exit, 1);
    EXPECT_EQ(hash(notes), before);
    const Outcome missing = run({u"stats"_s, dir.filePath(u"nope.arwain"_s)});
    EXPECT_EQ(missing.exit, 1);
    EXPECT_TRUE(missing.err.contains(u"no such file"_s));
    const Outcome exists = run({u"init"_s, notes});
    EXPECT_EQ(exists.exit, 1);
    EXPECT_EQ(hash(notes), before);
}

TEST_F(Cli, ImportReportsEveryBadRowAndWritesNothing)
{
    const QString db = dir.filePath(u"new.arwain"_s);
    ASSERT_EQ(run({u"init"_s, db}).exit, 0);
    const QString bad = file(u"people.csv"_s, "given_name,family_name,email\n"
                                              "Siân,Jones,sian@example.org\n"
                                              "Llŷr,,llyr@example.org\n"
                                              "Gwenllïan,Llywelyn,SIAN@example.org\n");
    const Outcome r = run({u"import"_s, u"participants"_s, db, bad});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(bad + u":3: family_name: required"_s)) << r.err.toStdString();
    EXPECT_TRUE(
        r.err.contains(bad + u":4: email: sian@example.org appears twice in the file (first on line 2)"_s));
    EXPECT_TRUE(r.err.contains(u"nothing was imported"_s));
    const Outcome exported = run({u"export"_s, u"participants"_s, db});
    EXPECT_EQ(exported.out, u"given_name,family_name,email,organisation,job_role,preferred_language\r\n"_s);

    const QString good = file(u"good.csv"_s, "given_name,family_name,email,organisation\n"
                                             "Siân,Jones,sian@example.org,Cyngor Gwynedd\n");
    const Outcome ok = run({u"import"_s, u"participants"_s, db, good});
    EXPECT_EQ(ok.exit, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"imported 1 row(s) into participants"_s)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"Created 1 new organisation (sector and region left empty)"_s))
        << ok.out.toStdString();
    const Outcome twice = run({u"import"_s, u"participants"_s, db, good});
    EXPECT_EQ(twice.exit, 0);
    EXPECT_TRUE(twice.out.contains(u"imported 0 row(s) into participants; 1 were already there unchanged"_s));
}

TEST_F(Cli, StatusFollowsTheLifecycle)
{
    const QString db = freshDemo();
    const Outcome list = run({u"export"_s, u"enrolments"_s, db});
    // The first enrolled (in progress) person of the 2026 cohort.
    QString email;
    for (const QString& line : list.out.split(u"\r\n"_s))
        if (line.contains(u",TMDP-2026-1,enrolled,"_s)) {
            email = line.section(u',', 0, 0);
            break;
        }
    ASSERT_FALSE(email.isEmpty());
    const Outcome noReason = run({u"status"_s, db, email, u"TMDP-2026-1"_s, u"withdrawn"_s});
    EXPECT_EQ(noReason.exit, 1);
    EXPECT_TRUE(noReason.err.contains(u"needs a reason"_s)) << noReason.err.toStdString();
    const Outcome withdraw = run({u"status"_s, db, email, u"TMDP-2026-1"_s, u"withdrawn"_s, u"--reason"_s,
                                  u"health"_s, u"--date"_s, u"2026-10-01"_s});
    EXPECT_EQ(withdraw.exit, 0) << withdraw.err.toStdString();
    EXPECT_TRUE(withdraw.out.contains(u"enrolled → withdrawn (2026-10-01)"_s)) << withdraw.out.toStdString();
    const Outcome complete = run({u"status"_s, db, email, u"TMDP-2026-1"_s, u"completed"_s});
    EXPECT_EQ(complete.exit, 1);
    EXPECT_TRUE(complete.err.contains(u"a withdrawn enrolment cannot be completed"_s))
        << complete.err.toStdString();
    const Outcome revert = run({u"status"_s, db, email, u"TMDP-2026-1"_s, u"revert"_s});
    EXPECT_EQ(revert.exit, 0) << revert.err.toStdString();
    EXPECT_TRUE(revert.out.contains(u"withdrawn → enrolled"_s));
    EXPECT_EQ(run({u"status"_s, db, email, u"TMDP-2026-1"_s, u"finished"_s}).exit, 2);
    EXPECT_EQ(run({u"status"_s, db, u"nobody@example.org"_s, u"TMDP-2026-1"_s, u"completed"_s}).exit, 1);
    EXPECT_EQ(run({u"check"_s, db}).exit, 0);
}

TEST_F(Cli, ExportsToFilesWithBomAndXlsx)
{
    const QString csv = dir.filePath(u"people.csv"_s);
    const Outcome r = run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, csv, u"--excel"_s});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("\xEF\xBB\xBFgiven_name,family_name,email"));
    const QString stats = dir.filePath(u"figures.csv"_s);
    ASSERT_EQ(run({u"export"_s, u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--programme"_s, u"MMDP"_s,
                   u"--definition"_s, u"finished-only"_s, u"-o"_s, stats})
                  .exit,
              0);
    QFile s(stats);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(s.readAll());
    EXPECT_TRUE(text.contains(u"2024 to 2025,finished-only,,programme=MMDP,programme,MMDP,1,15,13,2,0"_s))
        << text.toStdString();
    const QString xlsx = dir.filePath(u"figures.xlsx"_s);
    EXPECT_EQ(run({u"export"_s, u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"-o"_s, xlsx}).exit, 0);
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK"); // a zip container, as every XLSX is
    EXPECT_FALSE(QFile::exists(xlsx + u".part"_s));
}

// A whole database copied out and back (on the PostgreSQL pass, a file into a server database and back into
// a file): every export and the published figures are the same in all three, and a target that holds data
// is refused untouched.
TEST_F(Cli, CopyBothWaysKeepsEveryRowAndFigure)
{
    const QString original = freshDemoFile();
    QString middle = dir.filePath(u"middle.arwain"_s);
    if (arwain::test::TestServer::wanted()) {
        auto made = server.makeDatabase();
        ASSERT_TRUE(made.ok()) << s(made.error());
        middle = made.value();
    }
    const QString back = dir.filePath(u"back.arwain"_s);
    const Outcome out = run({u"copy"_s, original, middle});
    ASSERT_EQ(out.exit, 0) << s(out.err);
    EXPECT_TRUE(out.out.startsWith(u"Copied "_s)) << s(out.out);
    const Outcome in = run({u"copy"_s, middle, back});
    ASSERT_EQ(in.exit, 0) << s(in.err);
    for (const QString& kind :
         {u"programmes"_s, u"organisations"_s, u"participants"_s, u"cohorts"_s, u"enrolments"_s,
          u"sessions"_s, u"attendance"_s, u"feedback"_s, u"network"_s}) {
        const QString expected = run({u"export"_s, kind, original}).out;
        EXPECT_GT(expected.size(), 20) << s(kind);
        EXPECT_EQ(run({u"export"_s, kind, middle}).out, expected) << s(kind);
        EXPECT_EQ(run({u"export"_s, kind, back}).out, expected) << s(kind);
    }
    for (const QString& db : {middle, back}) {
        const Outcome tmdp = run({u"stats"_s, db, u"--year"_s, u"2024"_s, u"--programme"_s, u"TMDP"_s});
        EXPECT_TRUE(tmdp.out.contains(u"88.89"_s)) << s(tmdp.out);
        const Outcome check = run({u"check"_s, db});
        EXPECT_TRUE(check.out.contains(u"no problems found"_s)) << s(check.out) << s(check.err);
        // New rows after the copy take ids after the copied ones.
        const Outcome added =
            run({u"status"_s, db, u"llyr.thomas@example.org"_s, u"TMDP-2026-1"_s, u"enrolled"_s});
        EXPECT_EQ(added.exit, 0) << s(added.err);
    }
    // A target with data in it is refused, and stays as it was.
    const QByteArray before = hash(back);
    const Outcome again = run({u"copy"_s, original, back});
    EXPECT_EQ(again.exit, 1);
    EXPECT_TRUE(again.err.contains(u"nothing was copied"_s)) << s(again.err);
    EXPECT_EQ(hash(back), before);
    const Outcome full = run({u"copy"_s, original, middle});
    EXPECT_EQ(full.exit, 1);
    EXPECT_TRUE(
        full.err.contains(arwain::test::TestServer::wanted() ? u"already holds data"_s : u"already exists"_s))
        << s(full.err);
}

TEST_F(Cli, BackupAndCheck)
{
    const QString db = freshDemoFile();
    const QString copy = dir.filePath(u"copy.arwain"_s);
    EXPECT_EQ(run({u"backup"_s, db, copy}).exit, 0);
    const Outcome check = run({u"check"_s, copy});
    EXPECT_EQ(check.exit, 0);
    EXPECT_TRUE(check.out.contains(u"no problems found"_s));
    EXPECT_EQ(run({u"backup"_s, db, copy}).exit, 1);         // never overwrites
    const Outcome checkShared = run({u"check"_s, demoPath}); // a file, or a server database
    EXPECT_EQ(checkShared.exit, 0) << s(checkShared.err);
    EXPECT_TRUE(checkShared.out.contains(u"no problems found"_s)) << s(checkShared.out);
}

TEST_F(Cli, ImportSurveyMapsItsAnswersAllOrNothingAndRemembersTheMapping)
{
    const QString db = freshDemo();
    const QString survey =
        file(u"survey.csv"_s,
             "Timestamp,Email address,How well did the programme meet your needs?,It met my expectations,"
             "I learned something I can use in practice,It was relevant to my role,I would recommend "
             "it,Anything else?\n"
             "2025-03-01 10:00,,Extremely well,Strongly agree,Agree,Agree,Strongly agree,\"Gwych, diolch\"\n"
             "2025-03-01 11:00,,Brilliant,Agree,Strongly agree,Agree,Agree,\n"
             "2025-03-02 09:00,,Well,Agree,Neither agree nor disagree,Agree,Agree,Useful days\n");
    // The guessed mapping does not know "Brilliant": refused with its line, nothing written.
    const QByteArray before = hash(db);
    const Outcome refused = run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s});
    EXPECT_EQ(refused.exit, 1);
    EXPECT_TRUE(
        refused.err.contains(u"survey.csv:3: How well did the programme meet your needs?: \"Brilliant\""_s))
        << refused.err.toStdString();
    EXPECT_EQ(hash(db), before);

    // The mapping as JSON, corrected by hand, then used and saved by name.
    const Outcome shown =
        run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s, u"--show-mapping"_s});
    ASSERT_EQ(shown.exit, 0) << shown.err.toStdString();
    QJsonObject mapping = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_TRUE(mapping.value(u"answer_words_in_file"_s).toArray().contains(u"brilliant"_s));
    QJsonObject needs = mapping.value(u"needs_answers"_s).toObject();
    needs.insert(u"brilliant"_s, u"very well"_s);
    mapping.insert(u"needs_answers"_s, needs);
    const QString mappingFile = file(u"mapping.json"_s, QJsonDocument(mapping).toJson());
    const Outcome done = run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s,
                              u"--mapping-file"_s, mappingFile, u"--save-as"_s, u"Arolwg Smart Survey"_s});
    ASSERT_EQ(done.exit, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(u"imported 3 response(s) into TMDP-2025-1"_s)) << done.out.toStdString();
    EXPECT_EQ(run({u"survey-mappings"_s, db}).out.trimmed(), u"Arolwg Smart Survey"_s);

    // By name the next time; the same responses are not added twice.
    const Outcome again = run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s,
                               u"--mapping"_s, u"Arolwg Smart Survey"_s});
    ASSERT_EQ(again.exit, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"imported 0 response(s) into TMDP-2025-1; 3 were already there"_s))
        << again.out.toStdString();
    const Outcome figures = run({u"feedback"_s, db, u"--by"_s, u"cohort"_s, u"--programme"_s, u"TMDP"_s,
                                 u"--suppress"_s, u"0"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(figures.exit, 0) << figures.err.toStdString();
    bool found = false;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(figures.out.toUtf8()).object().value(u"rows"_s).toArray())
        if (v.toObject().value(u"key"_s).toString() == u"TMDP-2025-1"_s) {
            found = true;
            EXPECT_EQ(v.toObject().value(u"responses"_s).toInt(), 3);
            EXPECT_DOUBLE_EQ(v.toObject().value(u"met_needs"_s).toDouble(), 100.0);
        }
    EXPECT_TRUE(found) << figures.out.toStdString();

    // A broken mapping file, an unknown name and a missing cohort are refused clearly.
    const Outcome broken = run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s,
                                u"--mapping-file"_s, file(u"bad.json"_s, "{\"columns\": ")});
    EXPECT_EQ(broken.exit, 1);
    EXPECT_TRUE(broken.err.contains(u"bad.json: not a mapping"_s)) << broken.err.toStdString();
    const Outcome unknown = run({u"import-survey"_s, db, survey, u"--cohort"_s, u"TMDP-2025-1"_s,
                                 u"--mapping"_s, u"Microsoft Forms"_s});
    EXPECT_EQ(unknown.exit, 1);
    EXPECT_TRUE(unknown.err.contains(u"saved: Arolwg Smart Survey"_s)) << unknown.err.toStdString();
    EXPECT_EQ(run({u"import-survey"_s, db, survey}).exit, 2);
}

namespace {

QString pdfTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << s(tool) << " (poppler-utils) did not run";
    EXPECT_EQ(p.exitCode(), 0) << s(tool) << ": " << s(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's words on one line each way: lines break wherever the page did.
QString pdfText(const QString& path)
{
    return pdfTool(u"pdftotext"_s, {path, u"-"_s}).simplified();
}

// Every font of the file is embedded: pdffonts' "emb" column says yes on each font's line.
void expectFontsEmbedded(const QString& path)
{
    const QStringList lines = pdfTool(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    EXPECT_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        EXPECT_TRUE(line.contains(u" yes "_s)) << "not embedded: " << s(line);
}

} // namespace

// The text layer follows the pages: no line of the report is on two pages (a line at a page's foot was
// once drawn, clipped, on that page as well as the next, so copying or a screen reader said it twice).
TEST_F(Cli, EveryLineOfTheReportPdfIsOnOnePageOnly)
{
    for (const QString& lang : {u"en"_s, u"cy"_s}) {
        const QString pdf = dir.filePath(u"report-%1.pdf"_s.arg(lang));
        const Outcome made =
            run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, lang, u"-o"_s, pdf});
        ASSERT_EQ(made.exit, 0) << s(made.err);
        const int pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pdfTool(u"pdfinfo"_s, {pdf})).captured(1).toInt();
        ASSERT_GE(pages, 2);
        QList<QSet<QString>> lines;
        for (int p = 1; p <= pages; ++p) {
            QSet<QString> page;
            const QString n = QString::number(p);
            for (const QString& line :
                 pdfTool(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).split(u'\n'))
                if (line.simplified().size() > 30)
                    page.insert(line.simplified());
            lines << page;
        }
        // The running footer (the report's title) is on every page by design.
        QSet<QString> everywhere = lines.first();
        for (const QSet<QString>& page : lines)
            everywhere &= page;
        for (int p = 1; p < pages; ++p) {
            const QSet<QString> both = (lines.at(p - 1) & lines.at(p)) - everywhere;
            EXPECT_TRUE(both.isEmpty()) << s(lang) << ": pages " << p << " and " << p + 1 << " both hold "
                                        << s(QStringList(both.begin(), both.end()).join(u" | "_s));
        }
    }
}

TEST_F(Cli, ReportWritesTheYearAsPdfInEnglishAndWelsh)
{
    const QString en = dir.filePath(u"report.pdf"_s);
    const Outcome made =
        run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"en"_s, u"-o"_s, en});
    ASSERT_EQ(made.exit, 0) << s(made.err);
    EXPECT_TRUE(made.err.contains(u"Wrote "_s));
    const QString text = pdfText(en);
    EXPECT_TRUE(
        text.contains(u"Of these, 32 completed the programme, with three deferrals and one withdrawal, "
                      u"resulting in a completion rate of 88.89 per cent."_s))
        << s(text);
    EXPECT_TRUE(text.contains(u"Page 1 of "_s));
    expectFontsEmbedded(en);
    const QString info = pdfTool(u"pdfinfo"_s, {en});
    EXPECT_TRUE(info.contains(u"Leadership development annual report 2024 to 2025"_s)) << s(info);
    EXPECT_TRUE(info.contains(u"A4"_s));
    // The headings are the outline a reader's sidebar and a screen reader move through.
    const QString outline = pdfTool(u"pdftohtml"_s, {u"-q"_s, u"-stdout"_s, u"-xml"_s, u"-i"_s, en});
    EXPECT_TRUE(outline.contains(u"<item page=\"1\">Summary</item>"_s)) << s(outline.right(2000));
    EXPECT_TRUE(outline.contains(u">Team Manager Development Programme (TMDP)</item>"_s));
    EXPECT_TRUE(outline.contains(u">About these figures</item>"_s));

    const QString cy = dir.filePath(u"adroddiad.pdf"_s);
    ASSERT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"cy"_s, u"-o"_s, cy}).exit,
              0);
    const QString welsh = pdfText(cy);
    for (const QString& expected :
         {u"2024 i 2025"_s, u"88.89 y cant"_s, u"Rhaglen Datblygu Rheolwyr Tîm"_s, u"Tudalen 1 o "_s})
        EXPECT_TRUE(welsh.contains(expected)) << "missing: " << s(expected) << "\n" << s(welsh);
    expectFontsEmbedded(cy);
    EXPECT_TRUE(pdfTool(u"pdftohtml"_s, {u"-q"_s, u"-stdout"_s, u"-xml"_s, u"-i"_s, cy})
                    .contains(u"<item page=\"1\">Crynodeb</item>"_s));
}

TEST_F(Cli, ReportsAreDrawnByTheDocumentsProgramBesideIt)
{
    // --lang before the command speaks Welsh and writes the report in Welsh too.
    const Outcome welsh = run({u"--lang"_s, u"cy"_s, u"report"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_EQ(welsh.exit, 0) << s(welsh.err);
    EXPECT_TRUE(
        welsh.out.contains(u"<title>Adroddiad blynyddol datblygu arweinyddiaeth 2024 i 2025</title>"_s));
    // --help of report is the real command's, with its options.
    const Outcome help = run({u"report"_s, u"--help"_s});
    EXPECT_EQ(help.exit, 0);
    EXPECT_TRUE(help.out.contains(u"--as-at"_s)) << s(help.out);
    // arwain-cli copied away on its own: a clear refusal naming the missing program, not a crash.
    const QString lonely = dir.filePath(u"arwain-cli"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(ARWAIN_CLI), lonely));
    QProcess p;
    p.start(lonely, {u"report"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    // It names where an installed arwain-cli looks: the library-programs folder beside its own.
    EXPECT_TRUE(err.contains(QDir::cleanPath(dir.filePath(u"../libexec/arwain/arwain-cli-documents"_s))))
        << s(err);
    EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
    // The other commands still work there: they need nothing beside them.
    p.start(lonely, {u"stats"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(u"88.89"_s));
}

TEST_F(Cli, ReportAsHtmlAndItsUsageErrors)
{
    const Outcome html = run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(html.exit, 0) << s(html.err);
    EXPECT_TRUE(html.out.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.out.contains(u"<svg"_s));
    EXPECT_EQ(run({u"report"_s, demoPath, u"--format"_s, u"pdf"_s}).exit, 2); // a PDF needs -o
    EXPECT_EQ(run({u"report"_s, demoPath, u"--lang"_s, u"fr"_s}).exit, 2);    // no French
    EXPECT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"next"_s}).exit, 2);  // not a year
    const Outcome missing = run({u"report"_s, dir.filePath(u"none.arwain"_s), u"--year"_s, u"2024"_s});
    EXPECT_EQ(missing.exit, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"none.arwain"_s)));
}

TEST_F(Cli, CertificatesForEveryoneWhoCompletedACohortWithTheirWelshNames)
{
    const QString folder = dir.filePath(u"certificates"_s);
    const Outcome made = run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2023-1"_s, u"-o"_s, folder});
    ASSERT_EQ(made.exit, 0) << s(made.err);
    const QStringList files = made.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_GT(files.size(), 10);
    const QString gwenllian = folder + u"/TMDP-2023-1 Gwenllïan Nicholas.pdf"_s;
    ASSERT_TRUE(files.contains(gwenllian)) << s(made.out);
    const QString text = pdfText(gwenllian);
    for (const QString& expected :
         {u"Gwenllïan Nicholas"_s, u"Tystysgrif cwblhau"_s, u"Certificate of completion"_s,
          u"Rhaglen Datblygu Rheolwyr Tîm"_s, u"Team Manager Development Programme"_s})
        EXPECT_TRUE(text.contains(expected)) << "missing: " << s(expected) << "\n" << s(text);
    expectFontsEmbedded(gwenllian);
    EXPECT_TRUE(pdfTool(u"pdfinfo"_s, {gwenllian}).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));

    // One person, in Welsh only.
    const QString one = dir.filePath(u"one"_s);
    const Outcome llyr =
        run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2023-1"_s, u"--participant"_s,
             u"llyr.thomas@example.org"_s, u"--lang"_s, u"cy"_s, u"-o"_s, one});
    ASSERT_EQ(llyr.exit, 0) << s(llyr.err);
    const QString welsh = pdfText(one + u"/TMDP-2023-1 Llŷr Thomas.pdf"_s);
    EXPECT_TRUE(welsh.contains(u"Llŷr Thomas"_s));
    EXPECT_FALSE(welsh.contains(u"Certificate"_s));

    // A cohort nobody has completed yet: refused, nothing written.
    const QString none = dir.filePath(u"none"_s);
    const Outcome empty = run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2026-1"_s, u"-o"_s, none});
    EXPECT_EQ(empty.exit, 1);
    EXPECT_TRUE(empty.err.contains(u"Nobody has completed TMDP-2026-1 yet"_s)) << s(empty.err);
    EXPECT_FALSE(QFile::exists(none));
}

namespace {

// arwain-cli with the locale given, as a shell would start it.
Outcome runIn(const QString& lang, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ARWAIN_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_F(Cli, SpeaksWelshWhenTheLocaleIsWelshOrWithLangCy)
{
    const Outcome help = runIn(u"cy_GB.UTF-8"_s, {u"--help"_s});
    EXPECT_EQ(help.exit, 0);
    EXPECT_TRUE(help.out.contains(u"defnydd: arwain-cli GORCHYMYN [dewisiadau]"_s)) << s(help.out);
    EXPECT_TRUE(help.out.contains(u"yr adroddiad blynyddol ar gyfer blwyddyn adrodd"_s)) << s(help.out);
    EXPECT_FALSE(help.out.contains(u"participants, completions"_s));

    const Outcome stats = runIn(u"cy_GB.UTF-8"_s, {u"stats"_s, demoPath, u"--year"_s, u"2024"_s});
    EXPECT_EQ(stats.exit, 0);
    EXPECT_TRUE(stats.out.contains(u"Cyfnod adrodd: 2024 i 2025"_s)) << s(stats.out);
    EXPECT_TRUE(stats.out.contains(u"Cyfranogwyr"_s)) << s(stats.out);

    const Outcome regions =
        runIn(u"cy_GB.UTF-8"_s, {u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--by"_s, u"region"_s});
    EXPECT_TRUE(regions.out.contains(u"Gogledd Cymru"_s)) << s(regions.out);
    EXPECT_FALSE(regions.out.contains(u"North Wales"_s));
    // CSV keeps the canonical words that imports and other programs read.
    const Outcome csv = runIn(u"cy_GB.UTF-8"_s, {u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--by"_s,
                                                 u"region"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.contains(u"North Wales"_s)) << s(csv.out);
    const Outcome options = runIn(u"cy_GB.UTF-8"_s, {u"stats"_s, u"--help"_s});
    EXPECT_TRUE(options.out.contains(u"Dewisiadau:"_s)) << s(options.out);
    EXPECT_FALSE(options.out.contains(u"Displays help"_s));

    const Outcome wrong = runIn(u"cy_GB.UTF-8"_s, {u"stats"_s, demoPath, u"--year"_s, u"nesaf"_s});
    EXPECT_EQ(wrong.exit, 2);
    EXPECT_TRUE(wrong.err.contains(u"nid yw 'nesaf' yn flwyddyn"_s)) << s(wrong.err);

    // --lang cy in an English locale, and --lang en in a Welsh one.
    const Outcome cy = runIn(u"en_GB.UTF-8"_s, {u"--lang"_s, u"cy"_s, u"--help"_s});
    EXPECT_TRUE(cy.out.contains(u"Gorchmynion:"_s)) << s(cy.out);
    const Outcome en = runIn(u"cy_GB.UTF-8"_s, {u"check"_s, demoPath, u"--lang"_s, u"en"_s});
    EXPECT_EQ(en.exit, 0) << s(en.err);
    EXPECT_TRUE(en.out.contains(u"no problems found"_s)) << s(en.out);
}

TEST_F(Cli, AWriterWaitsForAnotherProgramSaysSoAndGivesUpClearly)
{
    const QString db = freshDemoFile();
    {
        // Another program holding the file for writing, as a long import does.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(db);
        ASSERT_TRUE(other.open());
        ASSERT_TRUE(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));

        QProcess waiting;
        waiting.start(QStringLiteral(ARWAIN_CLI), {u"settings"_s, db, u"--suppress"_s, u"5"_s});
        QString said;
        for (int i = 0; i < 100 && !said.contains(u"waiting for another change to finish"_s); ++i) {
            waiting.waitForReadyRead(100);
            said += QString::fromUtf8(waiting.readAllStandardError());
        }
        EXPECT_TRUE(said.contains(u"work.arwain is in use: waiting for another change to finish…"_s))
            << s(said);
        ASSERT_TRUE(QSqlQuery(other).exec(u"COMMIT"_s)); // the other program finishes
        ASSERT_TRUE(waiting.waitForFinished(30000));
        EXPECT_EQ(waiting.exitCode(), 0) << s(said + QString::fromUtf8(waiting.readAllStandardError()));

        // A writer that never finishes: after --wait seconds without progress, a clear refusal.
        ASSERT_TRUE(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));
        const Outcome gaveUp = run({u"settings"_s, db, u"--suppress"_s, u"7"_s, u"--wait"_s, u"1"_s});
        EXPECT_EQ(gaveUp.exit, 1);
        EXPECT_TRUE(gaveUp.err.contains(u"another program has been changing this file for 1 second without "
                                        u"finishing; nothing was changed"_s))
            << s(gaveUp.err);
        EXPECT_FALSE(gaveUp.err.contains(u"database is locked"_s)) << s(gaveUp.err);
        ASSERT_TRUE(QSqlQuery(other).exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-writer"_s);
    EXPECT_TRUE(run({u"settings"_s, db})
                    .out.contains(u"fewer than 5 responses"_s)); // the first change, not the second
}

TEST_F(Cli, TextThatCannotBeMeantIsRefusedWithItsLineAndColumn)
{
    const QString db = freshDemo();
    QByteArray csv = "given_name,family_name,email,organisation\n";
    csv += QByteArray("El\0en,Jones,elen@example.org,Cyngor Gwynedd\n", 44);
    csv += "\"Si\xC3\xA2n\nMair\",Evans,sian.mair@example.org,Cyngor Gwynedd\n";
    csv += "Ll\xC5\xB7r,Owen,llyr.owen@example.org,Cyngor Gwynedd\n";
    const QString people = file(u"people.csv"_s, csv);
    const QByteArray before = hash(db);
    const Outcome r = run({u"import"_s, u"participants"_s, db, people});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(u"people.csv:2: given_name: a control character (U+0000) at character 3"_s))
        << s(r.err);
    EXPECT_TRUE(
        r.err.contains(u"people.csv:3: given_name: a line break at character 5; this field is one line"_s))
        << s(r.err);
    EXPECT_EQ(hash(db), before); // all or nothing: Llŷr, who was fine, is not added either
}

TEST_F(Cli, SubjectExportThenAnonymiseKeepsTheFiguresAndLeavesNoTrace)
{
    const QString db = freshDemoFile();
    const QString email = u"gwenllian.nicholas@example.org"_s;
    const QString exportFile = dir.filePath(u"gwenllian.json"_s);
    const Outcome exported = run({u"subject-export"_s, db, email, u"-o"_s, exportFile});
    ASSERT_EQ(exported.exit, 0) << s(exported.err);
    QFile json(exportFile);
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(doc.value(u"person"_s).toObject().value(u"given_name"_s).toString(), u"Gwenllïan"_s);
    const QJsonArray enrolments = doc.value(u"enrolments"_s).toArray();
    ASSERT_FALSE(enrolments.isEmpty());
    EXPECT_EQ(enrolments.first().toObject().value(u"cohort"_s).toString(), u"TMDP-2023-1"_s);
    EXPECT_FALSE(enrolments.first().toObject().value(u"history"_s).toArray().isEmpty());
    EXPECT_TRUE(doc.contains(u"feedback"_s));
    EXPECT_TRUE(doc.contains(u"network"_s));
    // The audit log's entries about her: her enrolments as the demo recorded them.
    const QJsonArray audit = doc.value(u"audit"_s).toArray();
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.first().toObject().value(u"action"_s).toString(), u"participant.add"_s);

    const QStringList figures[] = {
        {u"stats"_s, db}, {u"stats"_s, db, u"--by"_s, u"region"_s}, {u"feedback"_s, db}};
    QStringList before;
    for (const QStringList& args : figures)
        before << run(args).out;

    const QByteArray untouched = hash(db);
    const Outcome preview = run({u"anonymise"_s, db, email, u"--dry-run"_s});
    EXPECT_EQ(preview.exit, 0) << s(preview.err);
    EXPECT_TRUE(preview.out.contains(u"Gwenllïan Nicholas <gwenllian.nicholas@example.org> will be erased"_s))
        << s(preview.out);
    EXPECT_EQ(hash(db), untouched);

    const Outcome erased = run({u"anonymise"_s, db, email});
    ASSERT_EQ(erased.exit, 0) << s(erased.err);
    QStringList after;
    for (const QStringList& args : figures)
        after << run(args).out;
    EXPECT_EQ(after, before); // every figure the same
    EXPECT_EQ(run({u"check"_s, db}).exit, 0);
    EXPECT_EQ(run({u"subject-export"_s, db, email}).exit, 1);
    // Not in the file, nor in its write-ahead log, in any form a search of the bytes would find.
    for (const QString& f : QStringList{db, db + u"-wal"_s}) {
        QFile bytes(f);
        if (!bytes.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = bytes.readAll();
        EXPECT_FALSE(all.contains(email.toUtf8())) << s(f);
        EXPECT_FALSE(all.contains("gwenllian.nicholas")) << s(f);
        EXPECT_FALSE(all.contains("Gwenll\xC3\xAF"
                                  "an Nicholas"))
            << s(f); // the audit log named her
    }
    EXPECT_EQ(run({u"anonymise"_s, db, email}).exit, 1); // nobody has that address now
    // The audit log still says an erasure happened, by whom, and nothing of whom it was about.
    const Outcome log = run({u"audit"_s, db, u"--format"_s, u"csv"_s});
    ASSERT_EQ(log.exit, 0) << s(log.err);
    EXPECT_TRUE(log.out.contains(u"participant.anonymise"_s)) << s(log.out.left(2000));
    EXPECT_FALSE(log.out.contains(u"Gwenllïan Nicholas"_s));
    EXPECT_FALSE(log.out.contains(email));
}

TEST_F(Cli, RestoreChecksTheBackupFirstAndKeepsTheFileItReplaces)
{
    const QString db = freshDemoFile();
    const QString backup = dir.filePath(u"backup.arwain"_s);
    ASSERT_EQ(run({u"backup"_s, db, backup}).exit, 0);
    ASSERT_EQ(run({u"settings"_s, db, u"--suppress"_s, u"9"_s}).exit, 0); // a change after the backup

    // A file that is not a sound Arwain backup is refused, and DB is left exactly as it was.
    const QByteArray before = hash(db);
    const QString text = file(u"notes.arwain"_s, "not a database\n");
    const Outcome refused = run({u"restore"_s, text, db});
    EXPECT_EQ(refused.exit, 1);
    EXPECT_TRUE(refused.err.contains(u"notes.arwain cannot be restored"_s)) << s(refused.err);
    EXPECT_EQ(hash(db), before);

    const Outcome restored = run({u"restore"_s, backup, db});
    ASSERT_EQ(restored.exit, 0) << s(restored.err);
    EXPECT_TRUE(run({u"settings"_s, db}).out.contains(u"suppress: 0"_s)); // as it was at the backup
    const QString kept = restored.out.section(u"kept as "_s, 1).section(u".\n"_s, 0, 0);
    ASSERT_TRUE(QFile::exists(kept)) << s(restored.out);
    EXPECT_TRUE(run({u"settings"_s, kept}).out.contains(u"fewer than 9 responses"_s)); // nothing lost
    EXPECT_EQ(QFile(db).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    EXPECT_EQ(run({u"check"_s, db}).exit, 0);

    // Into a new name: nothing to keep.
    const QString fresh = dir.filePath(u"fresh.arwain"_s);
    const Outcome into = run({u"restore"_s, backup, fresh});
    EXPECT_EQ(into.exit, 0) << s(into.err);
    EXPECT_FALSE(into.out.contains(u"kept as"_s));
}

namespace {

// Starts arwain-cli and kills it with SIGKILL after `ms` milliseconds; whether it was still running.
bool killAfter(const QStringList& args, int ms)
{
    return arwain::test::killAfter(QStringLiteral(ARWAIN_CLI), args, ms);
}

} // namespace

TEST_F(Cli, KilledAtRandomMomentsTheFileIsAlwaysWholeBeforeOrAfter)
{
    QRandomGenerator random(20261124); // fixed: a failure can be replayed
    int kills = 0;

    // 1. An import of 150,000 people, killed at random moments: none of them or all of them. How long the
    // import takes depends on the machine and what runs beside it, so it is timed here first and the kills
    // are spread over that time; whenever one finishes first, the file is put back as it was before.
    const QString pristine = dir.filePath(u"pristine.arwain"_s);
    ASSERT_EQ(run({u"demo"_s, pristine}).exit, 0);
    const QString db = dir.filePath(u"killed.arwain"_s);
    const auto startAgain = [&] {
        for (const QString& tail : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(db + tail);
        return QFile::copy(pristine, db);
    };
    QByteArray csv = "given_name,family_name,email,organisation\n";
    for (int i = 0; i < 150000; ++i)
        csv += "Llŷr,Prys " + QByteArray::number(i) + ",llyr.prys" + QByteArray::number(i) +
               "@example.org,Cyngor Gwynedd\n";
    const QString people = file(u"many.csv"_s, csv);
    const qint64 before = countIn(pristine, u"SELECT count(*) FROM participant"_s);
    ASSERT_TRUE(startAgain());
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(run({u"import"_s, u"participants"_s, db, people}).exit, 0);
    const int whole = int(std::max<qint64>(timer.elapsed(), 100));
    ASSERT_EQ(countIn(db, u"SELECT count(*) FROM participant"_s), before + 150000);
    ASSERT_TRUE(startAgain());
    for (int i = 0; kills < 15 && i < 60; ++i) {
        const bool killed =
            killAfter({u"import"_s, u"participants"_s, db, people}, int(random.bounded(whole)));
        const qint64 now = countIn(db, u"SELECT count(*) FROM participant"_s);
        ASSERT_TRUE(now == before || now == before + 150000) << "kill " << kills << ": " << now << " people";
        ASSERT_EQ(run({u"check"_s, db}).exit, 0) << "kill " << kills;
        if (!killed) {
            ASSERT_EQ(now, before + 150000) << "a run that finished added everyone";
            ASSERT_TRUE(startAgain());
        }
        kills += killed ? 1 : 0;
    }

    // 2. Status changes killed mid-way: each enrolment is as it was or as asked, with its history.
    const QString db2 = dir.filePath(u"statuses.arwain"_s);
    ASSERT_EQ(run({u"demo"_s, db2}).exit, 0);
    QStringList emails;
    {
        const QString list = run({u"export"_s, u"enrolments"_s, db2}).out;
        for (const QString& line : list.split(u'\n'))
            if (line.contains(u",TMDP-2026-1,enrolled,"_s))
                emails << line.section(u',', 0, 0);
    }
    ASSERT_GE(emails.size(), 5);
    const int afterImport = kills;
    for (int i = 0; kills < afterImport + 20 && i < 400; ++i) {
        const QString email = emails.at(i % emails.size());
        kills += killAfter({u"status"_s, db2, email, u"TMDP-2026-1"_s, i % 2 ? u"revert"_s : u"withdrawn"_s,
                            u"--reason"_s, u"health"_s},
                           int(random.bounded(40)));
        ASSERT_EQ(run({u"check"_s, db2}).exit, 0) << "kill " << kills;
    }

    // 3. An upgrade from the first file format, killed mid-way: the old format or the new, data whole.
    // Every attempt upgrades a fresh copy of the old file, and the kills are spread over how long one
    // upgrade takes on this machine (timed first), as for the import above.
    const QString oldPristine = dir.filePath(u"old-pristine.arwain"_s);
    {
        auto created = arwain::Database::create(oldPristine, 1);
        ASSERT_TRUE(created.ok());
    }
    const QString old = dir.filePath(u"old.arwain"_s);
    const auto oldAgain = [&] {
        for (const QString& tail : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(old + tail);
        return QFile::copy(oldPristine, old);
    };
    const qint64 programmes = countIn(oldPristine, u"SELECT count(*) FROM programme"_s);
    ASSERT_TRUE(oldAgain());
    timer.restart();
    ASSERT_EQ(run({u"settings"_s, old, u"--suppress"_s, u"3"_s}).exit, 0);
    const int oneUpgrade = int(std::max<qint64>(timer.elapsed(), 20));
    const int afterStatus = kills;
    for (int i = 0; kills < afterStatus + 15 && i < 200; ++i) {
        ASSERT_TRUE(oldAgain());
        if (!killAfter({u"settings"_s, old, u"--suppress"_s, u"3"_s}, int(random.bounded(oneUpgrade))))
            continue; // it finished first: nothing was killed
        ++kills;
        const qint64 version = countIn(old, u"PRAGMA user_version"_s);
        ASSERT_TRUE(version == 1 || version == arwain::Database::kSchemaVersion)
            << "kill " << kills << ": v" << version;
        ASSERT_EQ(countIn(old, u"SELECT count(*) FROM programme"_s), programmes) << "kill " << kills;
    }
    ASSERT_TRUE(oldAgain());
    const Outcome upgraded = run({u"settings"_s, old, u"--suppress"_s, u"3"_s});
    ASSERT_EQ(upgraded.exit, 0) << s(upgraded.err);
    EXPECT_EQ(run({u"check"_s, old}).exit, 0);
    EXPECT_GE(kills, 50);
    std::cout << "[ SIGKILL  ] " << kills << " kills of running processes survived (" << afterImport
              << " imports, " << afterStatus - afterImport << " status changes, " << kills - afterStatus
              << " upgrades)" << std::endl;
}

TEST_F(Cli, EveryFileArwainWritesIsReadableByItsOwnerOnly)
{
    const QString backup = dir.filePath(u"copy.arwain"_s);
    const QString csv = dir.filePath(u"people.csv"_s);
    const QString xlsx = dir.filePath(u"people.xlsx"_s);
    const QString html = dir.filePath(u"report.html"_s);
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const QString json = dir.filePath(u"person.json"_s);
    const QString certificates = dir.filePath(u"certificates"_s);
    ASSERT_EQ(run({u"backup"_s, freshDemoFile(), backup}).exit, 0);
    ASSERT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, csv}).exit, 0);
    ASSERT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, xlsx}).exit, 0);
    ASSERT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"-o"_s, html}).exit, 0);
    ASSERT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"-o"_s, pdf}).exit, 0);
    ASSERT_EQ(run({u"subject-export"_s, demoPath, u"llyr.thomas@example.org"_s, u"-o"_s, json}).exit, 0);
    const Outcome made =
        run({u"certificates"_s, demoPath, u"--cohort"_s, u"NDP-2024-1"_s, u"-o"_s, certificates});
    ASSERT_EQ(made.exit, 0);
    QStringList files{backup, csv, xlsx, html, pdf, json};
    files << made.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& f : files) {
        ASSERT_TRUE(QFile::exists(f)) << s(f);
        EXPECT_EQ(QFile(f).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            << s(f) << " is readable by others";
    }
}

TEST_F(Cli, TheRetentionRuleListsWhoIsDueThenErasesThemKeepingTheFigures)
{
    const QString db = freshDemo();
    EXPECT_TRUE(run({u"retention"_s, db}).out.contains(u"No retention rule is set"_s));
    ASSERT_EQ(run({u"settings"_s, db, u"--retention"_s, u"3"_s}).exit, 0);
    const QByteArray before = hash(db);
    const Outcome preview = run({u"retention"_s, db});
    ASSERT_EQ(preview.exit, 0) << s(preview.err);
    // Counted from today's date: the demo's people whose last cohort ended over three years ago.
    const QRegularExpression count(u"(\\d+) people due for erasure"_s);
    const auto m = count.match(preview.out);
    ASSERT_TRUE(m.hasMatch()) << s(preview.out);
    const int due = m.captured(1).toInt();
    EXPECT_GT(due, 0);
    EXPECT_EQ(hash(db), before); // a preview changes nothing
    const QString figures = run({u"stats"_s, db}).out;
    const Outcome applied = run({u"retention"_s, db, u"--apply"_s});
    ASSERT_EQ(applied.exit, 0) << s(applied.err);
    EXPECT_TRUE(applied.out.contains(u"Erased %1 people"_s.arg(due))) << s(applied.out);
    EXPECT_EQ(run({u"stats"_s, db}).out, figures);
    EXPECT_TRUE(run({u"retention"_s, db}).out.contains(u"0 people due for erasure"_s));
    EXPECT_EQ(run({u"check"_s, db}).exit, 0);
}

// Found by fuzz-import-participants: `import` of a file holding only "," crashed (exit 139).
TEST_F(Cli, AFileOfEmptyCellsIsRefusedNotACrash)
{
    const QString db = freshDemo();
    const QString commas = file(u"commas.csv"_s, ",");
    const QByteArray before = hash(db);
    const Outcome r = run({u"import"_s, u"participants"_s, db, commas});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(u"commas.csv:1: the file is empty; a header row is expected"_s)) << s(r.err);
    EXPECT_EQ(hash(db), before);
}

TEST_F(Cli, GenerateMakesAFileOfTheSizeAskedThatPassesEveryCheck)
{
    const QString db = dir.filePath(u"synthetic.arwain"_s);
    const Outcome made = run({u"generate"_s, db, u"--participants"_s, u"800"_s, u"--enrolments"_s, u"3000"_s,
                              u"--seed"_s, u"4"_s});
    ASSERT_EQ(made.exit, 0) << s(made.err);
    EXPECT_TRUE(made.out.contains(u"      800 participants"_s)) << s(made.out);
    EXPECT_TRUE(made.out.contains(u"     3000 enrolments"_s)) << s(made.out);
    EXPECT_EQ(countIn(db, u"SELECT count(*) FROM enrolment"_s), 3000);
    const Outcome check = run({u"check"_s, db});
    EXPECT_EQ(check.exit, 0) << s(check.out + check.err);
    EXPECT_EQ(run({u"stats"_s, db, u"--year"_s, u"2024"_s}).exit, 0);
    // Never over an existing file.
    const QByteArray before = hash(db);
    const Outcome again = run({u"generate"_s, db, u"--participants"_s, u"10"_s, u"--enrolments"_s, u"10"_s});
    EXPECT_EQ(again.exit, 1);
    EXPECT_TRUE(again.err.contains(u"already exists"_s)) << s(again.err);
    EXPECT_EQ(hash(db), before);
}
