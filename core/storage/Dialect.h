// Dialect: what differs between the engines Arwain keeps its data in (an SQLite file, a PostgreSQL
// server): how a connection is set up, the schema and its version, how a write begins, errors, and the few
// statement fragments that cannot be written once for both. The one place inside storage that knows the
// engine; services and everything above them never ask.
#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TextRows.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace arwain {

class BatchTarget;
namespace rows {
struct Shape;
}

class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect of an open connection (by its QtSql driver), and of a location the user gave: a
    // PostgreSQL connection URI (postgresql://… or postgres://…) or else a file.
    static const Dialect& of(const QSqlDatabase& db);
    static const Dialect& forLocation(const QString& location);
    static bool isServerLocation(const QString& location);
    // A location as it may be shown (a URI without its password), and whether it may hold a secret (a
    // URI of any kind, or a name carrying a password): never taken for a file's name.
    static QString withoutSecrets(const QString& location);
    static bool mayHoldSecret(const QString& location);

    // The QtSql driver, and whether many people share the database (a server) or one file holds it.
    virtual QString driver() const = 0;
    virtual bool isServer() const = 0;

    // The life cycle of a database of this engine: an SQLite file's in sqlite/DatabaseFile.cpp, a server
    // database's in postgres/DatabaseServer.cpp (Database::create, open, backupTo, restore, eraseTraces).
    virtual Result<std::unique_ptr<Database>> create(const QString& location, int schemaVersion) const = 0;
    virtual Result<std::unique_ptr<Database>> open(const QString& location,
                                                   Database::Access access) const = 0;
    virtual Result<void> backupTo(const Database& db, const QString& file) const = 0;
    virtual Result<QString> restore(const QString& backup, const QString& location) const = 0;
    virtual Result<void> eraseTraces(Database& db) const = 0;
    // A database at `location` to copy another into (DatabaseCopy): a new file, or on a server an Arwain
    // database with no records yet (or an empty database, made Arwain's). Taken back when the copy fails:
    // a file made for it is removed; a server database stays for the administrator.
    virtual Result<std::unique_ptr<Database>> copyTarget(const QString& location) const = 0;
    virtual void copyFailed(std::unique_ptr<Database> target) const = 0;

    // While another connection writes, a mark that moves as long as it makes progress (Database::begin
    // waits while it does); and a count that moves whenever another connection commits, or -1 where the
    // engine tells of other connections' changes itself (listen).
    virtual qint64 othersProgress(const QSqlDatabase& db, const QString& location) const = 0;
    virtual qint64 othersCommits(const QSqlDatabase& db) const = 0;

    // The bulk paths. Where BatchWriter's batches of new rows go: the engine's fastest way that still fires
    // every trigger and checks every link. And the rows of one SELECT (with `args` bound in order) handed
    // to `sink` as text, with no QVariant per value; the number handed over (sql::streamText).
    virtual std::unique_ptr<BatchTarget> batchTarget(const QSqlDatabase& db,
                                                     const rows::Shape& shape) const = 0;
    virtual qint64 streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                              const sql::TextSink& sink) const = 0;

    // Settings of a fresh connection (foreign keys, secure deletion; read-only transactions).
    virtual void prepare(const QSqlDatabase& db, bool readOnly) const = 0;
    // Whether the database is Arwain's, and its schema version (0: none yet).
    virtual bool isArwain(const QSqlDatabase& db) const = 0;
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // The steps from schema `from` (0: empty) to `to`, in one transaction, the version recorded with
    // them, and `alsoInside` run in the same transaction (the audit entry). Throws StorageError.
    virtual void migrate(const QSqlDatabase& db, int from, int to,
                         const std::function<void()>& alsoInside) const = 0;
    // The statement that starts a write transaction.
    virtual QString beginWrite() const = 0;
    // Around a write transaction (set before it begins, put back after it ends).
    virtual void writeStarts(const QSqlDatabase& db) const = 0;
    virtual void writeEnds(const QSqlDatabase& db) const = 0;
    // The engine's own checks of the stored data (pages, links between tables); empty when sound.
    virtual QStringList integrityProblems(const QSqlDatabase& db) const = 0;
    // Before a connection closes.
    virtual void closing(const QSqlDatabase& db, bool readOnly) const = 0;
    // Around much bulk writing (BulkStore): SQLite's page cache made larger, then put back.
    virtual void bulkStarts(const QSqlDatabase& db) const = 0;
    virtual void bulkEnds(const QSqlDatabase& db) const = 0;
    // Inside a write, before its writer reads a table's highest id to number new rows itself (BulkStore):
    // no one else may add rows to that table until the write ends. SQLite's write lock already holds the
    // whole file; a server locks the table against other writers (readers go on).
    virtual void idsToChoose(const QSqlDatabase& db, const QString& table) const = 0;
    // After rows were written with ids their writer chose (BulkStore): new rows get ids after them.
    virtual void idsChosen(const QSqlDatabase& db) const = 0;

    // Inside a write, just before it commits: tell other connections which tables it changed (names of
    // Database::Table). A server delivers it to them on commit (LISTEN/NOTIFY); a file has no such channel.
    virtual void announce(const QSqlDatabase& db, const QStringList& tables) const = 0;
    // Ask to be told of other connections' announcements (see Database::changed).
    virtual void listen(const QSqlDatabase& db) const = 0;

    // What kind of failure an error of this engine is.
    virtual StorageError::Kind kindOf(const QSqlError& error) const = 0;

    // "yyyy-MM" of a date column, as text.
    virtual QString yearMonthOf(const QString& dateColumn) const = 0;

    // The audit log and the status history only grow; these are the two defined ways to change them.
    // Erasure: a person's name leaves the log's entries and their history's notes.
    virtual void eraseFromHistory(const QSqlDatabase& db, qint64 participantId) const = 0;
    // An enrolment undone: it goes with its attendance and its history (never its history alone).
    virtual void removeEnrolment(const QSqlDatabase& db, qint64 enrolmentId) const = 0;
    // Inside a copy into this database: the log entries copied keep the names they hold (a server
    // otherwise writes its own login into every entry).
    virtual void keepActors(const QSqlDatabase& db) const = 0;
};

} // namespace arwain
