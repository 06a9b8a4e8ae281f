// Database, on a PostgreSQL server: connecting through QPSQL, creating Arwain's schema in an empty
// database, and opening one (refusing a database that is not Arwain's or is newer). Part of Database (the
// same class); the file's side is in Database.cpp.
#include "storage/Database.h"

#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/postgres/PostgresDialect.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/ServerAddress.h"
#include "storage/postgres/ServerRoles.h"

#include <QMetaEnum>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
QString nextServerConnectionName()
{
    static std::atomic<int> counter{0};
    return u"arwain-server-"_s + QString::number(++counter);
}
} // namespace

Result<std::unique_ptr<Database>> Database::connectServer(const QString& uri, bool readOnly)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return address.toError();
    const QString shown = address.value().toString();
    std::unique_ptr<Database> db(new Database(shown, nextServerConnectionName(), readOnly));
    db->m_dialect = &Dialect::forLocation(uri);
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
    if (!db->m_db.isValid())
        return fail(tr("the Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is the package "
                       "libqt6sql6-psql"));
    address.value().applyTo(db->m_db);
    if (!db->m_db.open())
        return fail(tr("%1: cannot connect: %2; nothing was changed")
                        .arg(shown, db->m_db.lastError().databaseText().simplified()));
    try {
        db->m_dialect->prepare(db->m_db, readOnly);
        // The audit log names the login the server authenticated (the server writes it too).
        db->m_actor = sql::scalar(db->m_db, u"SELECT session_user"_s).toString();
    } catch (const StorageError& e) {
        return fail(tr("%1: cannot connect: %2").arg(shown, e.message()));
    }
    // Other people's changes reach an open app without a restart: each write announces the tables it
    // changed (Dialect::announce), and every connection hears the others'.
    Database* self = db.get();
    QObject::connect(db->m_db.driver(), &QSqlDriver::notification, self,
                     [self](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
                         if (source == QSqlDriver::OtherSource)
                             self->heard(payload.toString());
                     });
    db->m_dialect->listen(db->m_db);
    return db;
}

Result<std::unique_ptr<Database>> Database::createOnServer(const QString& uri, int schemaVersion)
{
    if (schemaVersion < migrations::postgres::kFirstVersion)
        return fail(tr("a server database starts at format %1").arg(migrations::postgres::kFirstVersion));
    auto connected = connectServer(uri, false);
    if (!connected)
        return connected.toError();
    auto db = connected.take();
    try {
        if (db->m_dialect->isArwain(db->m_db))
            return fail(tr("%1 already holds an Arwain database; nothing was changed").arg(db->m_path));
        if (!PostgresDialect::isEmpty(db->m_db))
            return fail(tr("%1 already holds other tables; Arwain's are made only in an empty database; "
                           "nothing was changed")
                            .arg(db->m_path));
        db->migrate(0, schemaVersion);
    } catch (const StorageError& e) {
        return fail(tr("%1: cannot create: %2; nothing was changed").arg(db->m_path, e.message()));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& uri, Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    auto connected = connectServer(uri, readOnly);
    if (!connected)
        return connected.toError();
    auto db = connected.take();
    try {
        if (!db->m_dialect->isArwain(db->m_db))
            return fail(tr("%1: not an Arwain database (make one in an empty database with arwain-cli "
                           "server-init); nothing was changed")
                            .arg(db->m_path));
        const int version = db->schemaVersion();
        if (version < migrations::postgres::kFirstVersion)
            return fail(tr("%1: its format number (%2) is not one Arwain ever wrote, so it was changed by "
                           "something else; nothing was changed")
                            .arg(db->m_path)
                            .arg(version));
        if (version > kSchemaVersion)
            return fail(tr("%1: made by a newer version of Arwain (format %2; this version reads up to %3); "
                           "please update Arwain")
                            .arg(db->m_path)
                            .arg(version)
                            .arg(kSchemaVersion));
        if (version < kSchemaVersion) {
            if (readOnly)
                return fail(tr("%1: uses an older format (%2); open it for writing once to upgrade it")
                                .arg(db->m_path)
                                .arg(version));
            // An upgrade makes functions, triggers and privileges: only the database's owner may.
            if (!sql::scalar(db->m_db, u"SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database "
                                       "WHERE datname = current_database()), 'MEMBER')"_s)
                     .toBool())
                return fail(tr("%1 uses an older format (%2) that its administrator upgrades: the database's "
                               "owner opens it once (arwain-cli check %1), then runs server-init again; "
                               "nothing was changed")
                                .arg(db->m_path)
                                .arg(version));
            db->migrate(version, kSchemaVersion);
        }
        // What this login may do is the server's to say: a manager's login sees the database read-only,
        // whatever was asked for.
        if (!readOnly && !ServerRoles::mayWrite(*db)) {
            db->m_readOnly = true;
            db->m_readOnlyByServer = true;
            sql::exec(db->m_db, u"SET default_transaction_read_only TO on"_s);
        }
    } catch (const StorageError& e) {
        return fail(tr("%1: cannot open: %2; nothing was changed").arg(db->m_path, e.message()));
    }
    return db;
}

void Database::heard(const QString& payload)
{
    const QMetaEnum tables = QMetaEnum::fromType<Table>();
    for (const QString& name : payload.split(u',', Qt::SkipEmptyParts)) {
        bool known = false;
        const int value = tables.keyToValue(name.toLatin1().constData(), &known);
        if (known)
            Q_EMIT changed(Table(value));
    }
}

} // namespace arwain
