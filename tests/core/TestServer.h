// TestServer: a throwaway PostgreSQL database for one test, on the server libpq's own variables name
// (PGHOST, PGPORT, PGUSER, PGPASSWORD: pg_virtualenv sets them). Used when ARWAIN_TEST_SERVER is set, as
// scripts/test does for the second run of the suite; the database is dropped when the test ends.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>

namespace arwain::test {

class TestServer
{
public:
    static bool wanted() { return qEnvironmentVariableIsSet("ARWAIN_TEST_SERVER"); }

    TestServer() = default;
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;
    ~TestServer()
    {
        if (!m_name.isEmpty())
            asAdministrator(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    // A new, empty database; its URI.
    Result<QString> makeDatabase()
    {
        static std::atomic<int> counter{0};
        const QString name =
            QStringLiteral("arwain_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        QString error;
        if (!asAdministrator(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
            return fail(
                QStringLiteral("cannot make a test database on the PostgreSQL server: %1").arg(error));
        m_name = name;
        return QStringLiteral("postgresql:///%1").arg(name);
    }

    // Runs one statement as the server's administrator (the login pg_virtualenv gives); the server's
    // message in `error` when it fails.
    static bool asAdministrator(const QString& statement, QString* error = nullptr)
    {
        return admin([&](QSqlQuery& q) {
            const bool ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
            return ok;
        });
    }

private:
    template <typename Work> static bool admin(Work work)
    {
        const QString connection = QStringLiteral("arwain-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                                  ? QSqlDatabase::database(connection)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
            if (db.isOpen() || db.open()) {
                QSqlQuery q(db);
                ok = work(q);
            }
        }
        return ok;
    }

    QString m_name;
};

} // namespace arwain::test
