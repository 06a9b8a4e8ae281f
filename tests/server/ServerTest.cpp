// What only a team's server does, on a real PostgreSQL (scripts/test starts one with pg_virtualenv): roles
// enforced by the server, other connections told of changes, and a connection lost in the middle of a write.
// These tests need the server; without one they fail, they are never skipped.
#include "QtPrinters.h"
#include "core/TestServer.h"

#include "domain/Clock.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/Importer.h"
#include "services/CatalogueService.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "storage/postgres/ServerRoles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace arwain;
using namespace arwain::test;
using namespace Qt::StringLiterals;

namespace {

std::string s(const QString& q)
{
    return q.toStdString();
}

class Server : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestServer::wanted())
            << "ARWAIN_TEST_SERVER is not set: run these tests under pg_virtualenv, as scripts/test does";
        auto made = server.makeDatabase();
        ASSERT_TRUE(made.ok()) << s(made.error());
        uri = made.value();
        database = uri.section(u'/', 3);
    }
    // A login of the server's own, with the administrator's password (which libpq takes from PGPASSWORD).
    QString makeLogin(const QString& name)
    {
        const QString login = name + u'_' + QString::number(QCoreApplication::applicationPid());
        QString error;
        EXPECT_TRUE(TestServer::asAdministrator(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, qEnvironmentVariable("PGPASSWORD")), &error))
            << s(error);
        logins << login;
        return login;
    }
    QString as(const QString& login) const { return u"postgresql://%1@/%2"_s.arg(login, database); }
    // A plain QtSql connection to the test database, outside Arwain (as another program would be).
    QSqlDatabase rawConnection(const QString& name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setDatabaseName(database);
        db.open();
        return db;
    }
    void TearDown() override
    {
        for (const QString& login : std::as_const(logins))
            TestServer::asAdministrator(u"DROP ROLE IF EXISTS %1"_s.arg(login));
    }

    TestServer server;
    QString uri;
    QString database;
    QStringList logins;
};

} // namespace

TEST_F(Server, AManagerSeesTheDatabaseReadOnlyAndTheServerRefusesItsWrites)
{
    auto initialised = ServerRoles::initialise(uri);
    ASSERT_TRUE(initialised.ok()) << s(initialised.error());
    const QString manager = makeLogin(u"manager"_s), coordinator = makeLogin(u"coordinator"_s);
    ASSERT_TRUE(ServerRoles::grant(uri, manager, ServerRoles::Role::Manager).ok());
    ASSERT_TRUE(ServerRoles::grant(uri, coordinator, ServerRoles::Role::Coordinator).ok());

    {
        auto opened = Database::open(as(coordinator));
        ASSERT_TRUE(opened.ok()) << s(opened.error());
        EXPECT_FALSE(opened.value()->isReadOnly());
        Store store(*opened.value());
        auto saved = CatalogueService(store).save(
            Organisation{0, u"Cyngor Sir Ynys Môn"_s, Sector::LocalAuthority, Region::NorthWales});
        ASSERT_TRUE(saved.ok()) << s(saved.error());
    }
    // Asked for reading and writing, the manager gets reading only: the server's privileges decide.
    auto opened = Database::open(as(manager));
    ASSERT_TRUE(opened.ok()) << s(opened.error());
    Database& db = *opened.value();
    EXPECT_TRUE(db.isReadOnly());
    EXPECT_TRUE(db.isReadOnlyByServer());
    Store store(db);
    EXPECT_TRUE(store.organisationByName(u"Cyngor Sir Ynys Môn"_s).has_value());
    auto refused = CatalogueService(store).save(
        Organisation{0, u"Tŷ Hafan"_s, Sector::ThirdSector, Region::SouthEastWales});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"manager role"_s)) << s(refused.error());
    // A write sent anyway, around Arwain's own check, is refused by the server itself.
    QSqlQuery raw(db.connection());
    EXPECT_FALSE(raw.exec(u"SET default_transaction_read_only TO off"_s) &&
                 raw.exec(u"INSERT INTO organisation(name) VALUES ('Tŷ Hafan')"_s));
    EXPECT_TRUE(raw.lastError().text().contains(u"permission denied"_s)) << s(raw.lastError().text());
    EXPECT_FALSE(store.organisationByName(u"Tŷ Hafan"_s).has_value());

    // A login that is neither: the server refuses the connection (CONNECT was taken from everyone else).
    const QString stranger = makeLogin(u"stranger"_s);
    auto notLet = Database::open(as(stranger));
    ASSERT_FALSE(notLet.ok());
    EXPECT_TRUE(notLet.error().contains(u"cannot connect"_s)) << s(notLet.error());
    // Granting an unknown login says so and changes nothing.
    auto unknown = ServerRoles::grant(uri, u"nobody_here"_s, ServerRoles::Role::Manager);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"no login called \"nobody_here\""_s)) << s(unknown.error());
}

TEST_F(Server, AnotherConnectionIsToldWhatChangedWithoutReopening)
{
    auto created = Database::create(uri);
    ASSERT_TRUE(created.ok()) << s(created.error());
    auto other = Database::open(uri);
    ASSERT_TRUE(other.ok()) << s(other.error());
    QList<Database::Table> heardByOther, heardByWriter;
    QObject::connect(other.value().get(), &Database::changed, [&](Database::Table t) { heardByOther << t; });
    QObject::connect(created.value().get(), &Database::changed,
                     [&](Database::Table t) { heardByWriter << t; });

    Store store(*created.value());
    ASSERT_TRUE(CatalogueService(store)
                    .save(Participant{0, u"Gwenllïan"_s, u"ap Llŷr"_s, u"gwen@example.org"_s})
                    .ok());
    QElapsedTimer waited;
    waited.start();
    while (heardByOther.isEmpty() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heardByOther, QList<Database::Table>{Database::Participants});
    // The writer hears its own change once, from its own commit, not again from the server.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
    EXPECT_EQ(heardByWriter, QList<Database::Table>{Database::Participants});
}

TEST_F(Server, AConnectionLostMidImportLeavesNothingHalfWritten)
{
    auto created = Database::create(uri);
    ASSERT_TRUE(created.ok()) << s(created.error());
    Store store(*created.value());
    QByteArray csv = "given_name,family_name,email\n";
    for (int i = 0; i < 3000; ++i)
        csv += "Siân,Evans" + QByteArray::number(i) + ",sian" + QByteArray::number(i) + "@example.org\n";
    QBuffer file(&csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    bool cut = false;
    auto imported =
        Importer(store).run(CsvKind::Participants, file, u"people.csv"_s, false, [&](int rows, int) {
            if (!cut && rows >= 1000) {
                // The server goes away for this connection: an administrator ends it, as a restart would.
                cut = TestServer::asAdministrator(
                    u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                    "AND pid <> pg_backend_pid()"_s.arg(database));
            }
            return true;
        });
    ASSERT_TRUE(cut);
    const bool refused = !imported.ok() || !imported.value().ok();
    EXPECT_TRUE(refused);
    EXPECT_TRUE((imported.ok() ? imported.value().errors.join(u' ') : imported.error())
                    .contains(u"nothing was changed"_s))
        << s(imported.ok() ? imported.value().errors.join(u' ') : imported.error());
    auto again = Database::open(uri, Database::Access::ReadOnly);
    ASSERT_TRUE(again.ok()) << s(again.error());
    EXPECT_TRUE(Store(*again.value()).participants().isEmpty());
}

TEST_F(Server, TwoImportsAtOnceNumberTheirRowsOneAfterTheOther)
{
    // Two coordinators import people at the same moment: the second waits for the first's numbering
    // instead of taking the same ids (which the server would refuse when the first commits).
    auto created = Database::create(uri);
    ASSERT_TRUE(created.ok()) << s(created.error());
    auto people = [](const QByteArray& who) {
        QByteArray csv = "given_name,family_name,email\n";
        for (int i = 0; i < 400; ++i)
            csv +=
                "Llŷr,Jones" + QByteArray::number(i) + ',' + who + QByteArray::number(i) + "@example.org\n";
        return csv;
    };
    QByteArray mine = people("anna"), theirs = people("bryn");
    QBuffer myFile(&mine), theirFile(&theirs);
    ASSERT_TRUE(myFile.open(QIODevice::ReadOnly));
    ASSERT_TRUE(theirFile.open(QIODevice::ReadOnly));
    QString theirOutcome = u"not run"_s;
    std::unique_ptr<QThread> other;
    Store store(*created.value());
    auto imported =
        Importer(store).run(CsvKind::Participants, myFile, u"mine.csv"_s, false, [&](int rows, int) {
            if (!other && rows >= 200) {
                // Half of mine is written (not committed): theirs starts on its own connection.
                other.reset(QThread::create([&] {
                    auto db = Database::open(uri);
                    if (!db) {
                        theirOutcome = db.error();
                        return;
                    }
                    Store theirStore(*db.value());
                    auto r =
                        Importer(theirStore).run(CsvKind::Participants, theirFile, u"theirs.csv"_s, false);
                    theirOutcome = !r ? r.error() : r.value().ok() ? u"ok"_s : r.value().errors.join(u' ');
                }));
                other->start();
                QThread::msleep(1000);
            }
            return true;
        });
    ASSERT_TRUE(other);
    other->wait();
    ASSERT_TRUE(imported.ok()) << s(imported.error());
    EXPECT_TRUE(imported.value().ok()) << s(imported.value().errors.join(u' '));
    EXPECT_EQ(s(theirOutcome), "ok");
    auto again = Database::open(uri, Database::Access::ReadOnly);
    ASSERT_TRUE(again.ok()) << s(again.error());
    EXPECT_EQ(Store(*again.value()).participants().size(), 800);
}

TEST_F(Server, ADatabaseMadeByANewerArwainIsRefusedUntouched)
{
    {
        auto created = Database::create(uri);
        ASSERT_TRUE(created.ok()) << s(created.error());
        Store store(*created.value());
        ASSERT_TRUE(
            CatalogueService(store)
                .save(Organisation{0, u"Cyngor Gwynedd"_s, Sector::LocalAuthority, Region::NorthWales})
                .ok());
        // As a later Arwain would leave it.
        QSqlQuery raw(created.value()->connection());
        ASSERT_TRUE(raw.exec(u"UPDATE arwain_schema SET version = %1"_s.arg(Database::kSchemaVersion + 1)))
            << s(raw.lastError().text());
    }
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto refused = Database::open(uri, access);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().contains(u"made by a newer version of Arwain"_s)) << s(refused.error());
        EXPECT_TRUE(refused.error().contains(uri)) << s(refused.error());
    }
    // Nothing was changed: the version and the data are as they were.
    QString version;
    {
        QSqlDatabase look = rawConnection(u"newer-check"_s);
        ASSERT_TRUE(look.isOpen()) << s(look.lastError().text());
        QSqlQuery q(look);
        ASSERT_TRUE(q.exec(u"SELECT version, (SELECT COUNT(*) FROM organisation) FROM arwain_schema"_s) &&
                    q.next())
            << s(q.lastError().text());
        version = q.value(0).toString() + u'/' + q.value(1).toString();
    }
    QSqlDatabase::removeDatabase(u"newer-check"_s);
    EXPECT_EQ(s(version), s(QString::number(Database::kSchemaVersion + 1) + u"/1"_s));
}

TEST_F(Server, AChangeThatWaitsTooLongForAnotherConnectionIsRefusedInWords)
{
    auto created = Database::create(uri);
    ASSERT_TRUE(created.ok()) << s(created.error());
    Store store(*created.value());
    QString outcome;
    {
        // Another coordinator's import holds the organisations as an import does (Dialect::idsToChoose).
        QSqlDatabase other = rawConnection(u"holder"_s);
        ASSERT_TRUE(other.isOpen()) << s(other.lastError().text());
        QSqlQuery hold(other);
        ASSERT_TRUE(hold.exec(u"BEGIN"_s) &&
                    hold.exec(u"LOCK TABLE organisation IN SHARE ROW EXCLUSIVE MODE"_s))
            << s(hold.lastError().text());
        auto saved = CatalogueService(store).save(
            Organisation{0, u"Cyngor Sir Ynys Môn"_s, Sector::LocalAuthority, Region::NorthWales});
        ASSERT_FALSE(saved.ok());
        outcome = saved.error();
        hold.exec(u"ROLLBACK"_s);
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    EXPECT_TRUE(outcome.contains(u"someone else's change (an import, perhaps) held the records"_s))
        << s(outcome);
    EXPECT_TRUE(outcome.contains(u"nothing was changed"_s)) << s(outcome);
    // Once the other change is over, the same save goes through.
    EXPECT_TRUE(
        CatalogueService(store)
            .save(Organisation{0, u"Cyngor Sir Ynys Môn"_s, Sector::LocalAuthority, Region::NorthWales})
            .ok());
    EXPECT_EQ(store.organisations().size(), 1);
}
