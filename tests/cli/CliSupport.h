// The arwain-cli tests' fixture: the real binary started as a user would, its exit status and output.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <string>

#include <gtest/gtest.h>

#include "core/TestServer.h"

namespace clitest {

using namespace Qt::StringLiterals;

struct Outcome
{
    int exit = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One demo database shared read-only by the tests that only read it.
        shared = new QTemporaryDir;
        demoPath = shared->filePath(u"demo.arwain"_s);
        if (arwain::test::TestServer::wanted()) {
            sharedServer = new arwain::test::TestServer;
            auto made = sharedServer->makeDatabase();
            ASSERT_TRUE(made.ok()) << made.error().toStdString();
            demoPath = made.value();
        }
        ASSERT_EQ(run({u"demo"_s, demoPath}).exit, 0);
    }
    static void TearDownTestSuite()
    {
        delete sharedServer;
        sharedServer = nullptr;
        delete shared;
        shared = nullptr;
    }

    static Outcome run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(ARWAIN_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString file(const QString& name, const QByteArray& content = {})
    {
        const QString path = dir.filePath(name);
        if (!content.isNull()) {
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        return path;
    }
    // What a database holds, to see that a refused command changed nothing: a file's bytes; on a server,
    // every kind's export and the audit log, read through the CLI.
    QByteArray hash(const QString& path)
    {
        if (path.startsWith(u"postgresql:"_s)) {
            QCryptographicHash all(QCryptographicHash::Sha256);
            for (const QString& kind :
                 {u"programmes"_s, u"organisations"_s, u"participants"_s, u"cohorts"_s, u"enrolments"_s,
                  u"sessions"_s, u"attendance"_s, u"feedback"_s, u"network"_s}) {
                const QString out = dir.filePath(u"fingerprint.csv"_s);
                QFile::remove(out);
                EXPECT_EQ(run({u"export"_s, kind, path, u"-o"_s, out}).exit, 0);
                QFile f(out);
                EXPECT_TRUE(f.open(QIODevice::ReadOnly));
                all.addData(f.readAll());
            }
            all.addData(run({u"audit"_s, path}).out.toUtf8());
            return all.result();
        }
        return fileHash(path);
    }
    static QByteArray fileHash(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // The demo in a new database of the test's own: a file, or a server database when the suite runs on
    // PostgreSQL.
    QString freshDemo()
    {
        QString db = dir.filePath(u"work.arwain"_s);
        if (arwain::test::TestServer::wanted()) {
            auto made = server.makeDatabase();
            EXPECT_TRUE(made.ok()) << made.error().toStdString();
            db = made.value();
        }
        EXPECT_EQ(run({u"demo"_s, db}).exit, 0);
        return db;
    }

    // The demo in a file, whichever engine the suite runs on: for what only a file does (its locks, its
    // backups, its bytes after an erasure).
    QString freshDemoFile()
    {
        const QString db = dir.filePath(u"work.arwain"_s);
        EXPECT_EQ(run({u"demo"_s, db}).exit, 0);
        return db;
    }

    arwain::test::TestServer server;
    QTemporaryDir dir;
    static inline QTemporaryDir* shared = nullptr;
    static inline arwain::test::TestServer* sharedServer = nullptr;
    static inline QString demoPath;
};

inline std::string s(const QString& q)
{
    return q.toStdString();
}

// A connection of the test's own to the database a test made: the file, or the server database (named in
// the URI, on the server libpq's PG* variables name).
inline QSqlDatabase connectDirectly(const QString& db, const QString& name)
{
    const bool server = db.startsWith(u"postgresql:"_s);
    QSqlDatabase c = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, name);
    c.setDatabaseName(server ? db.section(u'/', 3) : db);
    return c;
}

// A count from the database as another program would read it (after a crash, recovering a file's log).
inline qint64 countIn(const QString& db, const QString& statement)
{
    static int n = 0;
    const QString name = u"count-%1"_s.arg(++n);
    qint64 value = -1;
    {
        QSqlDatabase c = connectDirectly(db, name);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(statement) && q.next())
                value = q.value(0).toLongLong();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace clitest
