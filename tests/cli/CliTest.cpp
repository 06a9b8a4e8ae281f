// arwain-cli through the real binary: usage and help, files it refuses, a status through its lifecycle,
// Welsh, text it refuses, a generated file. Exit codes 0/1/2, messages on stderr, files left untouched.
#include "CliSupport.h"
#include "QtPrinters.h"

#include <QFile>
#include <QProcess>

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
