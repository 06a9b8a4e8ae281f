// Database: one Arwain database, an SQLite file or a PostgreSQL server database: opening safely, schema
// versions, migrations, backup (files), transactions. What differs between the engines is in its Dialect.
#pragma once

#include "domain/DataTables.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace arwain {

class Dialect;

class Database : public QObject, public DataTables
{
    Q_OBJECT
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr int kSchemaVersion = 6;
    // Marks a database as Arwain's: in an SQLite file's header, in a server database's arwain_schema.
    static constexpr int kApplicationId = 0x4172774E; // "ArwN"

    ~Database() override;

    // `location` is a file's path or a PostgreSQL connection URI (postgresql://host/database, see
    // ServerAddress).
    // A new database file, readable by its owner only, or Arwain's schema in an empty server database.
    // Refuses to touch an existing file or a database that holds tables.
    // `schemaVersion` below the current one exists for migration tests.
    static Result<std::unique_ptr<Database>> create(const QString& location,
                                                    int schemaVersion = kSchemaVersion);
    // An existing file or server database. Not Arwain's, damaged or newer: refused, nothing touched.
    // An older file is backed up next to itself and migrated (read-write only).
    static Result<std::unique_ptr<Database>> open(const QString& location, Access access = Access::ReadWrite);

    // The file's path or the server's URI (without a password), as given to open() again.
    const QString& path() const { return m_path; }
    const Dialect& dialect() const { return *m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    // Read-only because the server grants this login reading only (a manager), not because it was asked.
    bool isReadOnlyByServer() const { return m_readOnlyByServer; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;
    // The copy made before the last migration, or empty.
    const QString& migrationBackup() const { return m_migrationBackup; }

    // After an erasure: the write-ahead log is copied into the file and emptied, so deleted text
    // (zeroed as it is deleted: secure_delete is on) survives in neither. Fails when other
    // connections still read an older state.
    Result<void> eraseTraces();
    // A consistent copy of the whole database (works while others read), owner-only.
    Result<void> backupTo(const QString& file) const;
    // Puts `backup` in place of the database at `path`, after checking it (an Arwain file, not newer,
    // sound). An existing database is first checkpointed and kept beside it; its path is returned
    // (empty when there was none). The backup itself is never changed.
    static Result<QString> restore(const QString& backup, const QString& path);
    // Keeps the newest `keep` automatic backups made before upgrades of `path`; removes older ones.
    static void pruneUpgradeBackups(const QString& path, int keep = 3);
    // The engine's own checks (pages, links between tables) and Arwain's (kept counts, one spelling); the
    // problems found, empty when sound.
    Result<QStringList> check() const;

    // Runs `work` as one transaction: committed when it returns ok, rolled back otherwise or on a
    // storage error. Nested calls join the outer transaction. Change signals go out after commit.
    // When another program is writing the file, it waits (saying so through waiting()) as long as
    // that writer makes progress, and gives up with a clear message after patience() seconds
    // without any.
    Result<void> write(const std::function<Result<void>()>& work);
    // Another connection (a background import) changed the file: tell everyone to reload.
    void announceExternalChange();
    // Called when the window is used again: if another program changed the file since this connection
    // last looked, everyone is told to reload (a server tells at once, through its notifications).
    void noticeChangesElsewhere();
    // Inside write(): which tables the work changed.
    void touch(Table table) { m_touched.insert(table); }
    // Inside write(): what the work did, for the audit log, written in the same transaction (so the log
    // holds exactly the changes that happened). A transaction that changes tables without saying what
    // is logged as a change of those tables: every write is in the log.
    void audit(const QString& action, const QString& subject = {}, const QString& detail = {},
               qint64 participantId = 0);
    // Inside write(): one entry stands for the whole transaction (an import of many rows); the entries
    // of the work it is made of are not logged one by one. A later call replaces it.
    void auditAsOne(const QString& action, const QString& subject = {}, const QString& detail = {});
    // False inside auditAsOne(): the work's own entries would be dropped, so need not be made.
    bool auditsEach() const { return !m_auditAsOne; }
    // Who is changing the database, as the audit log names them: on a server the login the server
    // authenticated (session_user; the server also sets it itself, so a client cannot choose it); on a
    // file the operating-system account the process runs as (its real user id), never the environment's
    // USER or LOGNAME, which anyone can set.
    const QString& actor() const { return m_actor; }
    static QString osAccount();

    // What a user is told to do after someone else's change got in first: the window reloads by itself
    // (make the change again there); a command has nothing to reload (run it again).
    enum class Retry
    {
        InWindow,
        RunAgain
    };
    static Retry retry();
    static void setRetry(Retry retry);
    // Told once when open() finds the file locked by another program and waits for it (up to patience()).
    static std::function<void(const QString&)> waitingToOpen();
    static void setWaitingToOpen(std::function<void(const QString&)> tell);

    // How long a writer waits for another one that makes no progress, in seconds (see setPatience).
    static int patience();
    static void setPatience(int seconds);

Q_SIGNALS:
    void changed(arwain::DataTables::Table table);
    // A write is waiting for another program's change to finish (once per wait), and when it is done.
    void waiting(const QString& message);
    void waitOver();

private:
    Database(QString path, QString connectionName, bool readOnly);
    // `busy`, when given, is set when the file was locked by another program.
    static Result<std::unique_ptr<Database>> connect(const QString& path, bool readOnly, bool probe = false,
                                                     bool* busy = nullptr);
    // On a server (postgres/DatabaseServer.cpp), reached through PostgresDialect.
    static Result<std::unique_ptr<Database>> connectServer(const QString& uri, bool readOnly);
    static Result<std::unique_ptr<Database>> createOnServer(const QString& uri, int schemaVersion);
    static Result<std::unique_ptr<Database>> openServer(const QString& uri, Access access);
    void migrate(int from, int to);
    // Refuses a "file" name that is an address of some kind or carries a password, without its secrets.
    static Result<void> refuseAddress(const QString& location);
    // In an SQLite file (sqlite/DatabaseFile.cpp), reached through SqliteDialect.
    static Result<std::unique_ptr<Database>> createFile(const QString& path, int schemaVersion);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, Access access);
    static Result<QString> restoreFile(const QString& backup, const QString& path);
    Result<void> backupFile(const QString& file) const;
    Result<void> eraseFileTraces();
    friend class SqliteDialect;
    friend class PostgresDialect;
    // BEGIN IMMEDIATE, waiting for another writer as write() describes.
    Result<void> begin();
    void insertAudit(const AuditEntry& e);
    // The names of tables, sorted ("Enrolments"), as the audit log and other connections are told them.
    static QStringList tableNames(const QSet<Table>& tables);
    // Another connection's announcement of the tables it changed (a server's notification).
    void heard(const QString& payload);
    void writeAudit();
    // What the user is told when a write failed on a storage error (a conflict, a lock held too long).
    Result<void> failedWrite(const StorageError& e) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_readOnlyByServer = false;
    QString m_actor = osAccount();
    qint64 m_seenCommits = -1; // Dialect::othersCommits when last looked at
    int m_depth = 0;
    bool m_announcePending = false; // announceExternalChange() asked for inside a write
    QSet<Table> m_touched;
    QList<AuditEntry> m_audit;
    bool m_auditAsOne = false;
    QString m_migrationBackup;
    const Dialect* m_dialect = nullptr;
};

} // namespace arwain
