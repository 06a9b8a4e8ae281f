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
        ASSERT_EQ(run({u"demo"_s, demoPath}).exit, 0);
    }
    static void TearDownTestSuite()
    {
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
    static QByteArray hash(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QString freshDemo()
    {
        const QString db = dir.filePath(u"work.arwain"_s);
        EXPECT_EQ(run({u"demo"_s, db}).exit, 0);
        return db;
    }

    QTemporaryDir dir;
    static inline QTemporaryDir* shared = nullptr;
    static inline QString demoPath;
};

inline std::string s(const QString& q)
{
    return q.toStdString();
}

// A count from the file as another program would read it after a crash (recovering the log).
inline qint64 countIn(const QString& db, const QString& statement)
{
    static int n = 0;
    const QString name = u"count-%1"_s.arg(++n);
    qint64 value = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        c.setDatabaseName(db);
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
