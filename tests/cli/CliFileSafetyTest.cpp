// arwain-cli and the database file: backups checked and restored, a writer waiting for another program,
// a kill at any moment leaving the file whole, files readable by their owner only.
#include "CliSupport.h"
#include "KillAfter.h"
#include "QtPrinters.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <iostream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

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
