// arwain-cli and personal data: a subject's export then their anonymisation, and the retention rule.
#include "CliSupport.h"
#include "QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

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
