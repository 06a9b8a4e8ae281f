// arwain-cli against hostile paths, URIs, locks, files and names: an output never replaces a device, a pipe
// or a link; a lost write to standard output is an error; no secret of a URI is ever echoed; a locked file
// is in use, not damaged; a format number Arwain never wrote is refused; a cell too long for a workbook is
// refused; folders of certificates are the owner's alone; the audit names the real account, not $USER.
#include "cli/CliSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <fcntl.h>
#include <future>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace clitest;

namespace {

struct stat statOf(const QString& path, bool follow = true)
{
    struct stat st
    {
    };
    const QByteArray name = QFile::encodeName(path);
    if (follow)
        ::stat(name.constData(), &st);
    else
        ::lstat(name.constData(), &st);
    return st;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A run whose standard output goes to `target` (a file, /dev/full).
Outcome runInto(const QStringList& args, const QString& target,
                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(target);
    p.start(QStringLiteral(ARWAIN_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), {}, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_F(Cli, AnOutputNeverReplacesADeviceAPipeOrALink)
{
    const QString reference = dir.filePath(u"reference.csv"_s);
    ASSERT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, reference}).exit, 0);
    const QByteArray expected = readAll(reference);
    ASSERT_GT(expected.size(), 1000);

    // A device: written into; a full one is an error, and the device stays a device. The test's own device
    // nodes when it may make them (as root, where a broken build could otherwise replace the machine's
    // /dev/full); the system's otherwise, which a user who is not root could not replace anyway.
    QString full = dir.filePath(u"full"_s), null = dir.filePath(u"null"_s);
    if (::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0 ||
        ::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        full = u"/dev/full"_s;
        null = u"/dev/null"_s;
    }
    Outcome fullOutcome = run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, full});
    EXPECT_EQ(fullOutcome.exit, 1);
    EXPECT_TRUE(fullOutcome.err.contains(u"No space left on device"_s)) << s(fullOutcome.err);
    EXPECT_TRUE(S_ISCHR(statOf(full).st_mode)) << s(full) << " is no longer a device";
    EXPECT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, null}).exit, 0);
    EXPECT_TRUE(S_ISCHR(statOf(null).st_mode)) << s(null) << " is no longer a device";

    // A named pipe, for every command that takes -o: the reader gets the whole output, the pipe stays.
    // The test holds a write end of its own while the command runs, so that its reader ends (at that end's
    // close) even when a command never writes into the pipe.
    const QString fifo = dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString email =
        run({u"export"_s, u"participants"_s, demoPath}).out.section(u'\n', 1, 1).section(u',', 2, 2);
    ASSERT_TRUE(email.contains(u'@')) << s(email);
    const QList<QStringList> commands = {
        {u"export"_s, u"participants"_s, demoPath},
        {u"export"_s, u"stats"_s, demoPath, u"--year"_s, u"2024"_s},
        {u"subject-export"_s, demoPath, email},
        {u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"html"_s},
    };
    for (const QStringList& command : commands) {
        const int readEnd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        const int ownWriteEnd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        ASSERT_GE(readEnd, 0);
        ASSERT_GE(ownWriteEnd, 0);
        ::fcntl(readEnd, F_SETFL, 0);
        auto reader = std::async(std::launch::async, [readEnd] {
            QByteArray all;
            char buffer[65536];
            for (ssize_t n; (n = ::read(readEnd, buffer, sizeof buffer)) > 0;)
                all.append(buffer, n);
            ::close(readEnd);
            return all;
        });
        const Outcome o = run(command + QStringList{u"-o"_s, fifo});
        ::close(ownWriteEnd);
        const QByteArray got = reader.get();
        EXPECT_EQ(o.exit, 0) << s(command.join(u' ')) << ": " << s(o.err);
        EXPECT_GT(got.size(), 100) << s(command.join(u' ')) << ": the reader got " << got.size() << " bytes";
        EXPECT_TRUE(S_ISFIFO(statOf(fifo).st_mode)) << s(command.join(u' ')) << " replaced the pipe";
        if (!S_ISFIFO(statOf(fifo).st_mode)) {
            QFile::remove(fifo);
            ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        }
        if (command.at(1) == u"participants"_s) {
            EXPECT_EQ(got, expected);
        }
    }

    // A symbolic link: its target is written, the link stays a link; one that leads nowhere yet makes it.
    const QString target = file(u"target.csv"_s, "old");
    const QString link = dir.filePath(u"link.csv"_s);
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, link}).exit, 0);
    EXPECT_TRUE(S_ISLNK(statOf(link, false).st_mode)) << "the link was replaced";
    EXPECT_EQ(readAll(target), expected);
    EXPECT_EQ(statOf(target).st_mode & 0777, 0600u);
    const QString dangling = dir.filePath(u"dangling.xlsx"_s);
    ASSERT_TRUE(QFile::link(dir.filePath(u"made-through-link.xlsx"_s), dangling));
    ASSERT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, dangling}).exit, 0);
    EXPECT_TRUE(S_ISLNK(statOf(dangling, false).st_mode));
    EXPECT_TRUE(readAll(dir.filePath(u"made-through-link.xlsx"_s)).startsWith("PK"));

    // Standard output by name: "-" and /dev/stdout, for pipelines.
    for (const QString& name : {u"-"_s, u"/dev/stdout"_s}) {
        const Outcome o = run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, name});
        EXPECT_EQ(o.exit, 0) << s(name) << ": " << s(o.err);
        EXPECT_EQ(o.out.toUtf8(), expected) << s(name);
    }
    // An empty name names nothing: a usage error, never standard output.
    EXPECT_EQ(run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, QString()}).exit, 2);
    // A folder is refused with a message, and left as it was.
    const Outcome folder = run({u"export"_s, u"participants"_s, demoPath, u"-o"_s, dir.path()});
    EXPECT_EQ(folder.exit, 1);
    EXPECT_TRUE(folder.err.contains(u"it is a folder"_s)) << s(folder.err);
}

TEST_F(Cli, AFailedWriteToStandardOutputIsAnErrorNeverASilentSuccess)
{
    const QString email =
        run({u"export"_s, u"participants"_s, demoPath}).out.section(u'\n', 1, 1).section(u',', 2, 2);
    const QList<QStringList> commands = {
        {u"stats"_s, demoPath, u"--year"_s, u"2024"_s},
        {u"stats"_s, demoPath, u"--year"_s, u"2024"_s, u"--format"_s, u"csv"_s},
        {u"subject-export"_s, demoPath, email},
        {u"audit"_s, demoPath},
        {u"audit"_s, demoPath, u"--format"_s, u"csv"_s},
        {u"report"_s, demoPath, u"--year"_s, u"2024"_s},
        {u"export"_s, u"enrolments"_s, demoPath},
        {u"--help"_s},
        {u"stats"_s, u"--help"_s},
        {u"report"_s, u"-h"_s},
    };
    int saidWhy = 0, saidNot = 0;
    for (const QStringList& command : commands) {
        const Outcome o = runInto(command, u"/dev/full"_s);
        EXPECT_EQ(o.exit, 1) << s(command.join(u' ')) << ": " << s(o.err);
        EXPECT_TRUE(o.err.contains(u"cannot write to standard output"_s))
            << s(command.join(u' ')) << ": " << s(o.err);
        ++(o.err.contains(u"No space left on device"_s) ? saidWhy : saidNot);
    }
    // Where the system said why, so does the message (a temporary device on standard output, as the CSV
    // formats use, keeps its reason to itself).
    EXPECT_GE(saidWhy, 5) << saidNot << " messages without the reason";
}

TEST_F(Cli, NoMessageEverShowsASecretOfTheConnection)
{
    const QString secret = u"hunter2-secret"_s;
    const QStringList uris = {
        u"postgresql://coord@localhost/db?PASSWORD="_s + secret,
        u"postgresql://coord@localhost/db?sslpassword="_s + secret,
        u"postgresql://coord@localhost/db?options=-c%20password%3D"_s + secret,
        u"postgresql://coord:"_s + secret + u"@localhost/db"_s,
        u"postgresql://coord@localhost/db?unknown="_s + secret,
        u"postgresql:coord:"_s + secret + u"@localhost/db"_s,
        u"mysql://coord:"_s + secret + u"@localhost/db"_s,
        // What a first hostile probe found echoed: space before the scheme, one or three slashes, libpq's
        // key=value form, a user's password without a scheme.
        u" postgresql://coord:"_s + secret + u"@localhost/db"_s,
        u"\tpostgresql://coord@localhost/db?sslpassword="_s + secret,
        u"postgresql:/coord:"_s + secret + u"@localhost/db"_s,
        u"postgresql:///coord:"_s + secret + u"@localhost/db"_s,
        u"host=localhost password="_s + secret + u" dbname=db"_s,
        u"coord:"_s + secret + u"@localhost/db"_s,
        // What the second probe found: a password holding a space, a tab, a line break, '?' or '/', and
        // a key=value password broken over two lines.
        u"postgresql://coord:hunter2 "_s + secret + u"@localhost/db"_s,
        u"postgresql://coord:hunter2\t"_s + secret + u"@localhost/db"_s,
        u"postgresql://coord:hunter2\n"_s + secret + u"@localhost/db"_s,
        u"postgresql://coord:"_s + secret + u"?x@localhost/db"_s,
        u"postgresql://coord:"_s + secret + u"/x@localhost/db"_s,
        u"host=localhost password=hunter2\n"_s + secret + u" dbname=db"_s,
    };
    for (const QString& uri : uris)
        for (const QStringList& command : QList<QStringList>{{u"stats"_s, uri},
                                                             {u"check"_s, uri},
                                                             {u"copy"_s, demoPath, uri},
                                                             {u"server-init"_s, uri},
                                                             {u"backup"_s, demoPath, uri},
                                                             {u"restore"_s, uri, dir.filePath(u"r.arwain"_s)},
                                                             {u"restore"_s, demoPath, uri}}) {
            const Outcome o = run(command);
            EXPECT_NE(o.exit, 0) << s(command.join(u' '));
            EXPECT_FALSE(QDir(dir.path()).entryList().join(u' ').contains(secret))
                << "a file named by a secret";
            EXPECT_FALSE(QString(o.out + o.err).contains(secret))
                << s(command.join(u' ')) << ": " << s(o.out + o.err);
        }
}

TEST_F(Cli, ALockedFileIsInUseNeverDamaged)
{
    const QString db = freshDemoFile();
    const QByteArray before = fileHash(db);
    {
        // Another program holding the file with an exclusive lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(db);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        ASSERT_TRUE(q.exec(u"BEGIN EXCLUSIVE"_s)) << s(q.lastError().text());
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM participant"_s));
        q.finish();
        const QList<QStringList> commands = {
            {u"stats"_s, db, u"--year"_s, u"2024"_s, u"--wait"_s, u"1"_s},
            {u"check"_s, db, u"--wait"_s, u"1"_s},
            {u"status"_s, db, u"nobody@example.org"_s, u"TMDP-2024-1"_s, u"completed"_s, u"--wait"_s, u"1"_s},
        };
        for (const QStringList& command : commands) {
            const Outcome o = run(command);
            EXPECT_EQ(o.exit, 1) << s(command.join(u' '));
            EXPECT_TRUE(o.err.contains(u"is in use by another program"_s)) << s(o.err);
            EXPECT_FALSE(o.err.contains(u"damaged"_s)) << s(o.err);
            EXPECT_FALSE(o.err.contains(u"database is locked"_s) || o.err.contains(u"Unable to"_s))
                << s(o.err);
        }
        ASSERT_TRUE(q.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    EXPECT_EQ(fileHash(db), before);
    EXPECT_EQ(run({u"check"_s, db}).exit, 0);
}

TEST_F(Cli, AFormatNumberArwainNeverWroteIsRefusedUntouched)
{
    for (int version : {0, -1}) {
        const QString db = dir.filePath(u"odd%1.arwain"_s.arg(version + 1));
        ASSERT_EQ(run({u"demo"_s, db}).exit, 0);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"odd"_s);
            c.setDatabaseName(db);
            ASSERT_TRUE(c.open());
            ASSERT_TRUE(QSqlQuery(c).exec(u"PRAGMA user_version = %1"_s.arg(version)));
            ASSERT_TRUE(QSqlQuery(c).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            c.close();
        }
        QSqlDatabase::removeDatabase(u"odd"_s);
        const QByteArray before = fileHash(db);
        for (const QStringList& command :
             QList<QStringList>{{u"stats"_s, db}, {u"settings"_s, db, u"--suppress"_s, u"3"_s}}) {
            const Outcome o = run(command);
            EXPECT_EQ(o.exit, 1);
            EXPECT_TRUE(o.err.contains(u"its format number (%1) is not one Arwain ever wrote"_s.arg(version)))
                << s(o.err);
            EXPECT_FALSE(o.err.contains(u"already exists"_s)) << s(o.err);
        }
        EXPECT_EQ(fileHash(db), before);
    }
}

TEST_F(Cli, TooLongATextIsRefusedWithItsLineAndAWorkbookNeverDropsACell)
{
    const QString db = freshDemo();
    const QByteArray before = hash(db);
    const QByteArray huge(10 * 1024 * 1024, 'a');
    const QString people =
        file(u"people.csv"_s, "given_name,family_name,email\nSi\xc3\xa2n,Llywelyn,s@example.org\n" + huge +
                                  ",Owen,o@example.org\n");
    const Outcome o = run({u"import"_s, u"participants"_s, db, people});
    EXPECT_EQ(o.exit, 1);
    EXPECT_TRUE(o.err.contains(u"people.csv:3"_s) && o.err.contains(u"given_name"_s) &&
                o.err.contains(u"this field holds at most 300"_s))
        << s(o.err.left(500));
    EXPECT_EQ(hash(db), before);
    // A look-up of a text longer than any field is a message, never an abort (it was one for certificates).
    const QString huge40k(40000, u'a');
    for (const QStringList& command :
         QList<QStringList>{{u"certificates"_s, db, u"--cohort"_s, u"TMDP-2024-1"_s, u"--participant"_s,
                             huge40k, u"-o"_s, dir.filePath(u"c"_s)},
                            {u"subject-export"_s, db, huge40k},
                            {u"status"_s, db, huge40k, u"TMDP-2024-1"_s, u"completed"_s}}) {
        const Outcome lookUp = run(command);
        EXPECT_EQ(lookUp.exit, 1) << s(command.first()) << ": " << s(lookUp.err.left(300));
        EXPECT_TRUE(lookUp.err.contains(u"longer than any field holds"_s)) << s(lookUp.err.left(300));
    }
}

TEST_F(Cli, CertificateFoldersAreTheOwnersAlone)
{
    const QString out = dir.filePath(u"certs/a/b"_s);
    const Outcome o = run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2024-1"_s, u"-o"_s, out});
    ASSERT_EQ(o.exit, 0) << s(o.err);
    for (const QString& folder : {dir.filePath(u"certs"_s), dir.filePath(u"certs/a"_s), out})
        EXPECT_EQ(statOf(folder).st_mode & 0777, 0700u) << s(folder);
    EXPECT_FALSE(QDir(out).entryList(QDir::Files).isEmpty());
}

TEST_F(Cli, TheAuditNamesTheRealAccountNotWhatTheEnvironmentClaims)
{
    const QString db = freshDemo();
    const QString enrolments = run({u"export"_s, u"enrolments"_s, db}).out;
    QString email;
    for (const QString& line : enrolments.split(u'\n'))
        if (line.contains(u",TMDP-2026-1,enrolled,"_s))
            email = line.section(u',', 0, 0);
    ASSERT_FALSE(email.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"USER"_s, u"mallory"_s);
    env.insert(u"LOGNAME"_s, u"mallory"_s);
    env.insert(u"USERNAME"_s, u"mallory"_s);
    const QString log = dir.filePath(u"out.txt"_s);
    ASSERT_EQ(runInto({u"status"_s, db, email, u"TMDP-2026-1"_s, u"completed"_s}, log, env).exit, 0);
    const QString newest = run({u"audit"_s, db, u"--format"_s, u"csv"_s}).out.section(u'\n', 1, 1);
    const QString actor = newest.section(u',', 1, 1);
    QString expected;
    if (db.startsWith(u"postgresql:"_s)) {
        // The login the server authenticated.
        QSqlDatabase c = connectDirectly(db, u"whoami"_s);
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(u"SELECT session_user"_s) && q.next());
        expected = q.value(0).toString();
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"whoami"_s);
    } else {
        expected = QString::fromLocal8Bit(getpwuid(getuid())->pw_name);
    }
    EXPECT_NE(actor, u"mallory"_s) << s(newest);
    EXPECT_EQ(actor, expected) << s(newest);
}

TEST_F(Cli, BackupAndRestoreNeverReplaceALink)
{
    const QString db = freshDemoFile();
    const QString dangling = dir.filePath(u"backup-link.arwain"_s);
    ASSERT_TRUE(QFile::link(dir.filePath(u"nowhere.arwain"_s), dangling));
    const Outcome refused = run({u"backup"_s, db, dangling});
    EXPECT_EQ(refused.exit, 1);
    EXPECT_TRUE(refused.err.contains(u"already exists; it was not overwritten"_s)) << s(refused.err);
    EXPECT_TRUE(S_ISLNK(statOf(dangling, false).st_mode));

    // Restoring into a database reached through a link: the file it leads to is replaced, the link stays.
    const QString backup = dir.filePath(u"backup.arwain"_s);
    ASSERT_EQ(run({u"backup"_s, db, backup}).exit, 0);
    ASSERT_EQ(run({u"settings"_s, db, u"--suppress"_s, u"9"_s}).exit, 0);
    ASSERT_TRUE(run({u"settings"_s, db}).out.contains(u"fewer than 9 responses"_s));
    const QString link = dir.filePath(u"link.arwain"_s);
    ASSERT_TRUE(QFile::link(db, link));
    const Outcome restored = run({u"restore"_s, backup, link});
    ASSERT_EQ(restored.exit, 0) << s(restored.err);
    EXPECT_TRUE(S_ISLNK(statOf(link, false).st_mode)) << "the link was replaced by a file";
    EXPECT_FALSE(run({u"settings"_s, db}).out.contains(u"fewer than 9 responses"_s))
        << "the file the link leads to was not restored";
}

TEST_F(Cli, RestoreRefusesAFileAnotherProgramHasOpen)
{
    const QString db = freshDemoFile();
    const QString backup = dir.filePath(u"backup.arwain"_s);
    ASSERT_EQ(run({u"backup"_s, db, backup}).exit, 0);
    const QByteArray before = fileHash(db);
    {
        // Another program with the file open, idle: it would go on writing into the file set aside.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"open-elsewhere"_s);
        other.setDatabaseName(db);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM participant"_s) && q.next());
        q.finish();
        const Outcome refused = run({u"restore"_s, backup, db});
        EXPECT_EQ(refused.exit, 1);
        EXPECT_TRUE(refused.err.contains(u"another program has it open"_s)) << s(refused.err);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"open-elsewhere"_s);
    EXPECT_EQ(fileHash(db), before);
    EXPECT_EQ(QDir(dir.path()).entryList({u"*before-restore*"_s}, QDir::Files).size(), 0);
    const Outcome restored = run({u"restore"_s, backup, db});
    EXPECT_EQ(restored.exit, 0) << s(restored.err);
}
