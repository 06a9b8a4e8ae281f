// The audit log and the status history on a server: the actor is the login the server authenticated, and
// Arwain's roles may add to the log and the history but never change or remove a row of them, except
// through erasure and an undone enrolment (functions owned by the administrator).
#include "QtPrinters.h"
#include "core/TestServer.h"

#include "domain/Clock.h"
#include "services/AuditLog.h"
#include "services/CatalogueService.h"
#include "services/EnrolmentService.h"
#include "services/PrivacyService.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "storage/postgres/ServerRoles.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace arwain;
using namespace arwain::test;
using namespace Qt::StringLiterals;

namespace {

std::string s(const QString& q)
{
    return q.toStdString();
}

// What a coordinator can do in psql: a plain connection under their own login.
class AsLogin
{
public:
    AsLogin(const QString& login, const QString& database) : m_name(u"as-"_s + login)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setDatabaseName(database);
        db.setUserName(login);
        m_open = db.open();
    }
    ~AsLogin() { QSqlDatabase::removeDatabase(m_name); }
    bool open() const { return m_open; }
    // The server's answer: empty when the statement ran.
    QString refusal(const QString& statement) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(statement) ? QString() : q.lastError().text();
    }
    QString text(const QString& statement) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(statement) && q.next() ? q.value(0).toString() : QString();
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

TEST(ServerAudit, ACoordinatorCanNeitherChooseTheActorNorChangeOrRemoveTheLogOrTheHistory)
{
    ASSERT_TRUE(TestServer::wanted()) << "run under pg_virtualenv, as scripts/test does";
    TestServer server;
    auto made = server.makeDatabase();
    ASSERT_TRUE(made.ok()) << s(made.error());
    const QString uri = made.value(), database = uri.section(u'/', 3);
    ASSERT_TRUE(ServerRoles::initialise(uri).ok());
    const QString login = u"coord_audit_"_s + QString::number(QCoreApplication::applicationPid());
    ASSERT_TRUE(TestServer::asAdministrator(
        u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, qEnvironmentVariable("PGPASSWORD"))));
    ASSERT_TRUE(ServerRoles::grant(uri, login, ServerRoles::Role::Coordinator).ok());
    Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(10, 0)));

    qint64 person = 0, enrolment = 0, undone = 0;
    {
        // Arwain, as the coordinator: the log names the login, whatever USER says.
        qputenv("USER", "mallory");
        auto opened = Database::open(u"postgresql://%1@/%2"_s.arg(login, database));
        ASSERT_TRUE(opened.ok()) << s(opened.error());
        Store store(*opened.value());
        CatalogueService catalogue(store);
        EnrolmentService enrolments(store);
        Participant p;
        p.givenName = u"Gwenllïan"_s;
        p.familyName = u"Nicholas"_s;
        p.email = u"gwen@example.org"_s;
        auto saved = catalogue.save(p);
        ASSERT_TRUE(saved.ok()) << s(saved.error());
        person = saved.value().id;
        Participant other = p;
        other.email = u"llyr@example.org"_s;
        other.givenName = u"Llŷr"_s;
        auto second = catalogue.save(other);
        ASSERT_TRUE(second.ok());
        Cohort c;
        c.code = u"TMDP-2026-9"_s;
        c.programmeId = store.programmeByCode(u"TMDP"_s)->id;
        c.startDate = QDate(2026, 4, 1);
        c.endDate = QDate(2027, 3, 1);
        auto cohort = catalogue.save(c);
        ASSERT_TRUE(cohort.ok()) << s(cohort.error());
        auto e = enrolments.enrol(person, cohort.value().id, QDate(2026, 4, 1));
        ASSERT_TRUE(e.ok()) << s(e.error());
        enrolment = e.value().id;
        ASSERT_TRUE(enrolments
                        .changeStatus(enrolment, Status::Deferred, QDate(2026, 6, 1), Reason::Health,
                                      u"note about Gwenllïan"_s)
                        .ok());
        auto u = enrolments.enrol(second.value().id, cohort.value().id, QDate(2026, 4, 1));
        ASSERT_TRUE(u.ok());
        undone = u.value().id;
        const auto log = AuditLog(store).entries();
        ASSERT_TRUE(log.ok());
        ASSERT_GE(log.value().size(), 5);
        for (const AuditEntry& a : log.value())
            EXPECT_EQ(a.actor, login) << s(a.action);
        // The defined ways still work for a coordinator: an enrolment undone, a person erased.
        ASSERT_TRUE(enrolments.removeUnchanged(undone).ok());
        PrivacyService privacy(store);
        auto erased = privacy.anonymise(person);
        ASSERT_TRUE(erased.ok()) << s(erased.error());
        qunsetenv("USER");
    }

    // The same coordinator in psql.
    AsLogin psql(login, database);
    ASSERT_TRUE(psql.open());
    const QString before = psql.text(u"SELECT count(*) || '/' || max(id) FROM audit"_s);
    for (const QString& statement :
         {u"DELETE FROM audit WHERE id IN (SELECT id FROM audit ORDER BY id DESC LIMIT 3)"_s,
          u"UPDATE audit SET actor = 'someone else'"_s, u"TRUNCATE audit"_s, u"DELETE FROM status_history"_s,
          u"UPDATE status_history SET note = 'rewritten'"_s, u"TRUNCATE status_history CASCADE"_s}) {
        const QString refused = psql.refusal(statement);
        EXPECT_TRUE(refused.contains(u"permission denied"_s)) << s(statement) << ": " << s(refused);
    }
    EXPECT_EQ(psql.text(u"SELECT count(*) || '/' || max(id) FROM audit"_s), before);
    // An entry added by hand names its real author, not the one it claims.
    EXPECT_TRUE(psql.refusal(u"INSERT INTO audit(at, actor, action) VALUES ('2026-12-07T10:00:00Z', "
                             "'mallory', 'forged')"_s)
                    .isEmpty());
    EXPECT_EQ(psql.text(u"SELECT actor FROM audit WHERE action = 'forged'"_s), login);
    // The erasure removed the person's name from the log and their history's notes, and nothing else.
    EXPECT_EQ(psql.text(u"SELECT count(*) FROM audit WHERE subject LIKE '%Gwenll%'"_s), u"0"_s);
    EXPECT_EQ(psql.text(u"SELECT count(*) FROM status_history WHERE note LIKE '%Gwenll%'"_s), u"0"_s);
    EXPECT_EQ(psql.text(u"SELECT count(*) FROM status_history WHERE enrolment_id = %1"_s.arg(enrolment)),
              u"2"_s);
    EXPECT_EQ(psql.text(u"SELECT count(*) FROM status_history WHERE enrolment_id = %1"_s.arg(undone)),
              u"0"_s);
    Clock::reset();
    TestServer::asAdministrator(u"DROP ROLE IF EXISTS %1"_s.arg(login));
}

TEST(ServerAudit, AnOlderServerDatabaseIsUpgradedByItsAdministratorNotACoordinator)
{
    ASSERT_TRUE(TestServer::wanted()) << "run under pg_virtualenv, as scripts/test does";
    TestServer server;
    auto made = server.makeDatabase();
    ASSERT_TRUE(made.ok()) << s(made.error());
    const QString uri = made.value(), database = uri.section(u'/', 3);
    {
        auto created = Database::create(uri, 5); // the format before this one
        ASSERT_TRUE(created.ok()) << s(created.error());
    }
    // The roles as an older server-init made them: coordinators could change every table.
    const QString login = u"coord_old_"_s + QString::number(QCoreApplication::applicationPid());
    const QString role = database + u"_coordinator"_s;
    ASSERT_TRUE(TestServer::asAdministrator(
        u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, qEnvironmentVariable("PGPASSWORD"))));
    ASSERT_TRUE(TestServer::asAdministrator(u"CREATE ROLE %1 NOLOGIN"_s.arg(role)));
    ASSERT_TRUE(TestServer::asAdministrator(u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, role)));
    ASSERT_TRUE(TestServer::asAdministrator(u"GRANT %1 TO %2"_s.arg(role, login)));
    {
        auto admin = Database::open(uri, Database::Access::ReadOnly);
        ASSERT_FALSE(admin.ok()); // read-only never upgrades
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"old-grants"_s);
        raw.setDatabaseName(database);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(
            q.exec(u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role)));
        ASSERT_TRUE(
            q.exec(u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"old-grants"_s);

    auto asCoordinator = Database::open(u"postgresql://%1@/%2"_s.arg(login, database));
    ASSERT_FALSE(asCoordinator.ok());
    EXPECT_TRUE(asCoordinator.error().contains(u"that its administrator upgrades"_s))
        << s(asCoordinator.error());

    // The owner opens it once and runs server-init again: the coordinator then works, under the new rules.
    {
        auto owner = Database::open(uri);
        ASSERT_TRUE(owner.ok()) << s(owner.error());
        EXPECT_EQ(owner.value()->schemaVersion(), Database::kSchemaVersion);
    }
    ASSERT_TRUE(ServerRoles::initialise(uri).ok());
    auto again = Database::open(u"postgresql://%1@/%2"_s.arg(login, database));
    ASSERT_TRUE(again.ok()) << s(again.error());
    AsLogin psql(login, database);
    ASSERT_TRUE(psql.open());
    EXPECT_TRUE(psql.refusal(u"DELETE FROM audit"_s).contains(u"permission denied"_s));
    again.value().reset();
    TestServer::asAdministrator(u"DROP ROLE IF EXISTS %1"_s.arg(login));
}
