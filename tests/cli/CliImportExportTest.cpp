// arwain-cli's imports and exports: bad rows reported with nothing written, CSV and XLSX files, a whole
// database copied both ways, a survey's answers.
#include "CliSupport.h"
#include "QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

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
