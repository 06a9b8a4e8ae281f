// arwain-cli killed with SIGKILL in the middle of an import or a copy into a server database: the server
// rolls the transaction back, so the database holds all of the rows or none of them, and passes check.
#include "KillAfter.h"
#include "core/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace arwain::test;
using namespace Qt::StringLiterals;

namespace {

int cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ARWAIN_CLI), args);
    p.waitForFinished(5 * 60 * 1000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Starts arwain-cli and kills it with SIGKILL after `ms` milliseconds; whether it was still running.
bool killAfter(const QStringList& args, int ms)
{
    return arwain::test::killAfter(QStringLiteral(ARWAIN_CLI), args, ms);
}

// A count as another program sees it, through a connection of the test's own.
qint64 count(const QString& uri, const QString& table)
{
    static int n = 0;
    const QString name = u"count-%1"_s.arg(++n);
    qint64 value = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setDatabaseName(uri.section(u'/', 3));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST(ServerKills, AKilledImportOrCopyLeavesAllOrNothing)
{
    ASSERT_TRUE(TestServer::wanted()) << "run under pg_virtualenv, as scripts/test does";
    QRandomGenerator random(20261207); // fixed: a failure can be replayed
    QTemporaryDir dir;
    int importKills = 0, copyKills = 0;

    // 1. An import of 40,000 people into a server database, killed at random moments within the time one
    // whole import takes here (timed first).
    std::vector<std::unique_ptr<TestServer>> servers;
    auto freshDemo = [&]() -> QString {
        servers.push_back(std::make_unique<TestServer>());
        auto made = servers.back()->makeDatabase();
        EXPECT_TRUE(made.ok());
        EXPECT_EQ(cli({u"demo"_s, made.value()}), 0);
        return made.value();
    };
    QByteArray csv = "given_name,family_name,email,organisation\n";
    const int n = 40000;
    for (int i = 0; i < n; ++i)
        csv += "Llŷr,Prys " + QByteArray::number(i) + ",llyr.prys" + QByteArray::number(i) +
               "@example.org,Cyngor Gwynedd\n";
    const QString people = dir.filePath(u"many.csv"_s);
    {
        QFile f(people);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    QString db = freshDemo();
    const qint64 before = count(db, u"participant"_s);
    ASSERT_GT(before, 0);
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(cli({u"import"_s, u"participants"_s, db, people}), 0);
    const int whole = int(std::max<qint64>(timer.elapsed(), 100));
    ASSERT_EQ(count(db, u"participant"_s), before + n);
    db = freshDemo();
    for (int i = 0; importKills < 12 && i < 60; ++i) {
        const bool killed =
            killAfter({u"import"_s, u"participants"_s, db, people}, int(random.bounded(whole)));
        const qint64 now = count(db, u"participant"_s);
        ASSERT_TRUE(now == before || now == before + n) << "kill " << importKills << ": " << now << " people";
        ASSERT_EQ(cli({u"check"_s, db}), 0) << "kill " << importKills;
        if (!killed || now != before)
            db = freshDemo(); // it finished first: start again from the demo
        importKills += killed ? 1 : 0;
    }

    // 2. A copy of a file into an empty server database, killed likewise: the target stays empty or holds
    // every row.
    const QString file = dir.filePath(u"big.arwain"_s);
    ASSERT_EQ(cli({u"generate"_s, file, u"--participants"_s, u"5000"_s, u"--enrolments"_s, u"20000"_s}), 0);
    auto emptyDatabase = [&]() -> QString {
        servers.push_back(std::make_unique<TestServer>());
        auto made = servers.back()->makeDatabase();
        EXPECT_TRUE(made.ok());
        return made.value();
    };
    QString target = emptyDatabase();
    timer.restart();
    ASSERT_EQ(cli({u"copy"_s, file, target}), 0);
    const int oneCopy = int(std::max<qint64>(timer.elapsed(), 100));
    const qint64 enrolments = count(target, u"enrolment"_s);
    ASSERT_EQ(enrolments, 20000);
    target = emptyDatabase();
    for (int i = 0; copyKills < 10 && i < 60; ++i) {
        const bool killed = killAfter({u"copy"_s, file, target}, int(random.bounded(oneCopy)));
        const qint64 now = count(target, u"enrolment"_s);
        // Before the copy has made the schema the table may not be there at all (-1): nothing was copied.
        ASSERT_TRUE(now <= 0 || now == enrolments) << "kill " << copyKills << ": " << now << " enrolments";
        if (now == enrolments) {
            ASSERT_EQ(cli({u"check"_s, target}), 0) << "kill " << copyKills;
        }
        if (!killed || now == enrolments) {
            target = emptyDatabase();
        } else if (now == 0) {
            ASSERT_EQ(cli({u"stats"_s, target}), 0) << "an empty database left by a killed copy still opens";
        }
        copyKills += killed ? 1 : 0;
    }
    EXPECT_GE(importKills + copyKills, 20);
    std::cout << "[ SIGKILL  ] " << importKills << " imports and " << copyKills
              << " copies killed on the server, none half-written" << std::endl;
}
