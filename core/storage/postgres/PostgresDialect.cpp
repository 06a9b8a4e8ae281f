// PostgresDialect: the PostgreSQL side of the dialect boundary. The schema version and Arwain's mark live
// in a one-row table, arwain_schema, as SQLite keeps them in the file's header.
#include "storage/postgres/PostgresDialect.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/postgres/PostgresBatches.h"
#include "storage/postgres/PostgresNative.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

QString PostgresDialect::driver() const
{
    return u"QPSQL"_s;
}

Result<std::unique_ptr<Database>> PostgresDialect::create(const QString& location, int schemaVersion) const
{
    return Database::createOnServer(location, schemaVersion);
}

Result<std::unique_ptr<Database>> PostgresDialect::open(const QString& location,
                                                        Database::Access access) const
{
    return Database::openServer(location, access);
}

Result<void> PostgresDialect::backupTo(const Database& db, const QString&) const
{
    return fail(QCoreApplication::translate("arwain::Database",
                                            "%1 is a server database: its administrators back it up with "
                                            "pg_dump")
                    .arg(db.path()));
}

Result<QString> PostgresDialect::restore(const QString&, const QString& location) const
{
    return fail(QCoreApplication::translate("arwain::Database",
                                            "%1 is a server database: its administrators restore it with "
                                            "pg_restore")
                    .arg(ServerAddress::withoutSecrets(location)));
}

Result<void> PostgresDialect::eraseTraces(Database&) const
{
    // Old row versions are the server's to reclaim (autovacuum); its administrators' backups follow their
    // own retention (docs/sharing.md).
    return {};
}

Result<std::unique_ptr<Database>> PostgresDialect::copyTarget(const QString& location) const
{
    // An Arwain database with nothing in it yet (server-init's), or an empty database to make one in.
    auto opened = Database::open(location);
    if (opened)
        return opened;
    auto created = Database::create(location);
    if (!created)
        return fail(QCoreApplication::translate("arwain::DatabaseCopy", "%1; nothing was copied")
                        .arg(opened.error()));
    return created;
}

void PostgresDialect::copyFailed(std::unique_ptr<Database>) const
{
    // The copy's one transaction was rolled back: the database is as it was, and stays the administrator's.
}

qint64 PostgresDialect::othersProgress(const QSqlDatabase&, const QString&) const
{
    // A server waits for other writers itself (lock_timeout): no wait of Arwain's to measure.
    return 0;
}

qint64 PostgresDialect::othersCommits(const QSqlDatabase&) const
{
    return -1; // announced by each writer and heard (listen)
}

std::unique_ptr<BatchTarget> PostgresDialect::batchTarget(const QSqlDatabase& db,
                                                          const rows::Shape& shape) const
{
    return std::make_unique<PostgresBatches>(db, shape);
}

qint64 PostgresDialect::streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                                   const sql::TextSink& sink) const
{
    if (args.isEmpty() && postgres::available(db))
        return postgres::streamText(db, select, sink);
    return sql::streamQuery(db, select, args, sink);
}

void PostgresDialect::prepare(const QSqlDatabase& db, bool readOnly) const
{
    // Dates as ISO 8601, text as UTF-8, whatever the server's defaults.
    sql::exec(db, u"SET datestyle TO 'ISO, YMD'"_s);
    sql::exec(db, u"SET client_encoding TO 'UTF8'"_s);
    // A write that must wait for another's lock (a long import's, see idsToChoose) gives up after a few
    // seconds and says the database is busy, as SQLite's busy timeout does, instead of hanging.
    sql::exec(db, u"SET lock_timeout TO '5s'"_s);
    if (readOnly)
        sql::exec(db, u"SET default_transaction_read_only TO on"_s);
}

bool PostgresDialect::isArwain(const QSqlDatabase& db) const
{
    if (sql::scalar(db, u"SELECT to_regclass('arwain_schema') IS NOT NULL"_s).toBool() == false)
        return false;
    return sql::scalar(db, u"SELECT application_id FROM arwain_schema"_s).toInt() == Database::kApplicationId;
}

int PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    if (!sql::scalar(db, u"SELECT to_regclass('arwain_schema') IS NOT NULL"_s).toBool())
        return 0;
    return sql::scalar(db, u"SELECT version FROM arwain_schema"_s).toInt();
}

bool PostgresDialect::isEmpty(const QSqlDatabase& db)
{
    return sql::scalar(db, u"SELECT COUNT(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                           "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                           "AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"_s)
               .toLongLong() == 0;
}

void PostgresDialect::migrate(const QSqlDatabase& db, int from, int to,
                              const std::function<void()>& alsoInside) const
{
    // DDL is transactional in PostgreSQL: every step, and the version, or nothing.
    sql::exec(db, u"BEGIN"_s);
    try {
        migrations::postgres::run(db, from, to);
        if (from == 0) {
            sql::exec(
                db,
                u"CREATE TABLE arwain_schema(application_id INTEGER NOT NULL, version INTEGER NOT NULL)"_s);
            sql::exec(db, u"INSERT INTO arwain_schema VALUES (?, ?)"_s, {Database::kApplicationId, to});
        } else {
            sql::exec(db, u"UPDATE arwain_schema SET version = ?"_s, {to});
        }
        alsoInside();
        sql::exec(db, u"COMMIT"_s);
    } catch (const StorageError&) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        throw;
    }
}

QString PostgresDialect::beginWrite() const
{
    return u"BEGIN"_s;
}

QStringList PostgresDialect::integrityProblems(const QSqlDatabase&) const
{
    // The server checks every link between tables as it is written and keeps its own pages; what is
    // Arwain's to check (the kept counts) Database::check does on both engines.
    return {};
}

void PostgresDialect::idsToChoose(const QSqlDatabase& db, const QString& table) const
{
    // SHARE ROW EXCLUSIVE: other inserts, edits and deletions of the table wait (up to lock_timeout, see
    // prepare), reads and the checks of links to its rows go on. Two imports at once then number their
    // rows one after the other instead of both from the same highest id.
    sql::exec(db, u"LOCK TABLE "_s + table + u" IN SHARE ROW EXCLUSIVE MODE"_s);
}

void PostgresDialect::idsChosen(const QSqlDatabase& db) const
{
    sql::exec(db, u"SELECT arwain_ids_follow()"_s);
}

void PostgresDialect::announce(const QSqlDatabase& db, const QStringList& tables) const
{
    sql::exec(db, u"SELECT pg_notify(?, ?)"_s, {QString::fromLatin1(kChannel), tables.join(u',')});
}

void PostgresDialect::listen(const QSqlDatabase& db) const
{
    db.driver()->subscribeToNotification(QString::fromLatin1(kChannel));
}

StorageError::Kind PostgresDialect::kindOf(const QSqlError& error) const
{
    // SQLSTATE: 55P03 a lock not available, 40001/40P01 serialisation failure and deadlock (try again).
    const QString state = error.nativeErrorCode();
    if (state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s)
        return StorageError::Kind::Busy;
    return StorageError::Kind::Failure;
}

QString PostgresDialect::yearMonthOf(const QString& dateColumn) const
{
    return u"to_char("_s + dateColumn + u", 'YYYY-MM')"_s;
}

void PostgresDialect::eraseFromHistory(const QSqlDatabase& db, qint64 participantId) const
{
    // Arwain's roles may not change the log or the history themselves: functions owned by the
    // administrator do exactly this much (PostgresSchema, version 6).
    sql::exec(db, u"SELECT arwain_erase_from_history(?)"_s, {participantId});
}

void PostgresDialect::removeEnrolment(const QSqlDatabase& db, qint64 enrolmentId) const
{
    sql::exec(db, u"SELECT arwain_remove_enrolment(?)"_s, {enrolmentId});
}

void PostgresDialect::keepActors(const QSqlDatabase& db) const
{
    // Honoured only for the database's owner (arwain_audit_actor): a coordinator cannot name others.
    sql::exec(db, u"SET LOCAL arwain.keep_actors TO 'on'"_s);
}

} // namespace arwain
