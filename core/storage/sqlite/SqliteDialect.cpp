// SqliteDialect: the SQLite side of the dialect boundary.
#include "storage/sqlite/SqliteDialect.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/sqlite/SqliteBatches.h"
#include "storage/sqlite/SqliteNative.h"
#include "storage/sqlite/SqliteSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

QString SqliteDialect::driver() const
{
    return u"QSQLITE"_s;
}

Result<std::unique_ptr<Database>> SqliteDialect::create(const QString& location, int schemaVersion) const
{
    return Database::createFile(location, schemaVersion);
}

Result<std::unique_ptr<Database>> SqliteDialect::open(const QString& location, Database::Access access) const
{
    return Database::openFile(location, access);
}

Result<void> SqliteDialect::backupTo(const Database& db, const QString& file) const
{
    return db.backupFile(file);
}

Result<QString> SqliteDialect::restore(const QString& backup, const QString& location) const
{
    return Database::restoreFile(backup, location);
}

Result<void> SqliteDialect::eraseTraces(Database& db) const
{
    return db.eraseFileTraces();
}

Result<std::unique_ptr<Database>> SqliteDialect::copyTarget(const QString& location) const
{
    if (QFileInfo::exists(location))
        return fail(QCoreApplication::translate("arwain::DatabaseCopy",
                                                "%1 already exists; a copy goes into a new file; nothing "
                                                "was copied")
                        .arg(location));
    return Database::create(location);
}

void SqliteDialect::copyFailed(std::unique_ptr<Database> target) const
{
    const QString path = target->path();
    target.reset();
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

qint64 SqliteDialect::othersProgress(const QSqlDatabase& db, const QString& location) const
{
    // What another writer leaves behind as it works: the write-ahead log grows, and each commit bumps the
    // file's change counter.
    return QFileInfo(location + u"-wal"_s).size() + (std::max<qint64>(othersCommits(db), 0) << 40);
}

qint64 SqliteDialect::othersCommits(const QSqlDatabase& db) const
{
    // data_version moves when another connection commits to the file, never for this one's own commits.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::unique_ptr<BatchTarget> SqliteDialect::batchTarget(const QSqlDatabase& db,
                                                        const rows::Shape& shape) const
{
    return std::make_unique<SqliteBatches>(db, shape);
}

qint64 SqliteDialect::streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                                 const sql::TextSink& sink) const
{
    if (sqlite3* handle = sqlite::handle(db))
        return sqlite::streamText(handle, select, args, sink);
    return sql::streamQuery(db, select, args, sink);
}

void SqliteDialect::prepare(const QSqlDatabase& db, bool readOnly) const
{
    sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
    // Deleted or overwritten text is zeroed, not left in free space: erasure means erased.
    if (!readOnly)
        sql::exec(db, u"PRAGMA secure_delete = ON"_s);
}

bool SqliteDialect::isArwain(const QSqlDatabase& db) const
{
    return sql::scalar(db, u"PRAGMA application_id"_s).toInt() == Database::kApplicationId;
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    return sql::scalar(db, u"PRAGMA user_version"_s).toInt();
}

void SqliteDialect::migrate(const QSqlDatabase& db, int from, int to,
                            const std::function<void()>& alsoInside) const
{
    // One transaction for every step: a failed step leaves the file as it was. Foreign keys are off
    // while tables are rebuilt (SQLite's own procedure) and checked before the commit.
    sql::exec(db, u"PRAGMA foreign_keys = OFF"_s);
    sql::exec(db, u"BEGIN IMMEDIATE"_s);
    try {
        if (from == 0)
            sql::exec(db, u"PRAGMA application_id = "_s + QString::number(Database::kApplicationId));
        migrations::sqlite::run(db, from, to);
        alsoInside();
        if (sql::exec(db, u"PRAGMA foreign_key_check"_s).next())
            throw StorageError(QCoreApplication::translate("arwain::Database",
                                                           "the upgraded data breaks a link between tables"));
        sql::exec(db, u"PRAGMA user_version = "_s + QString::number(to));
        sql::exec(db, u"COMMIT"_s);
    } catch (const StorageError&) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
        throw;
    }
    sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
}

QString SqliteDialect::beginWrite() const
{
    // The write lock at once: a writer that must wait does so here, where Database::begin tells the user.
    return u"BEGIN IMMEDIATE"_s;
}

// Every statement of a write that fires a trigger or checks a foreign key keeps a statement journal, the
// pages it changes as they were, to undo that statement alone. SQLite keeps it in memory up to 64 KiB and,
// once one statement of the transaction passes that, in a temporary file for every later statement: a
// million-row import then spent much of its time writing that file. Kept in memory, each statement's
// journal is only the few pages that one statement changed, at the same peak memory (the figures:
// docs/performance.md, "Measurements behind design choices"). SQLite fixes the choice when the transaction
// begins, so it is set before BEGIN and put back after, so that reads (an export's sorting) spill to
// temporary files as before. A hint, not a rule: should SQLite refuse it (it does while temporary tables
// are in use, and Arwain makes none), the write goes on with the journal where SQLite keeps it by default.
void SqliteDialect::writeStarts(const QSqlDatabase& db) const
{
    QSqlQuery(db).exec(u"PRAGMA temp_store = MEMORY"_s);
}

void SqliteDialect::writeEnds(const QSqlDatabase& db) const
{
    QSqlQuery(db).exec(u"PRAGMA temp_store = DEFAULT"_s);
}

// With SQLite's default page cache, inserting a million rows into the indexes of enrolments and history
// reads pages back from the file again and again. A larger cache for the bulk work only (its size was
// measured: docs/performance.md, "Measurements behind design choices"); put back to SQLite's default
// when the work is done.
void SqliteDialect::bulkStarts(const QSqlDatabase& db) const
{
    sql::exec(db, u"PRAGMA cache_size = -32768"_s);
}

void SqliteDialect::bulkEnds(const QSqlDatabase& db) const
{
    sql::exec(db, u"PRAGMA cache_size = -2000"_s); // SQLite's default, which Arwain keeps
}

QStringList SqliteDialect::integrityProblems(const QSqlDatabase& db) const
{
    QStringList problems;
    QSqlQuery q = sql::exec(db, u"PRAGMA integrity_check"_s);
    while (q.next())
        if (q.value(0).toString() != u"ok"_s)
            problems << q.value(0).toString();
    QSqlQuery fk = sql::exec(db, u"PRAGMA foreign_key_check"_s);
    while (fk.next())
        problems << QCoreApplication::translate("arwain::Database",
                                                "table %1 row %2 refers to a missing row of %3")
                        .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    return problems;
}

void SqliteDialect::closing(const QSqlDatabase& db, bool readOnly) const
{
    // Fold the WAL back into the file so a closed database is one file again.
    if (!readOnly)
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

StorageError::Kind SqliteDialect::kindOf(const QSqlError& error) const
{
    // SQLite's primary codes 5 (busy), 6 (locked) and 26 (not a database); extended codes keep them in the
    // low byte.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 5 || primary == 6 ? StorageError::Kind::Busy
           : primary == 26              ? StorageError::Kind::NotADatabase
                                        : StorageError::Kind::Failure;
}

QString SqliteDialect::yearMonthOf(const QString& dateColumn) const
{
    // Dates are ISO 8601 text in SQLite.
    return u"substr("_s + dateColumn + u", 1, 7)"_s;
}

void SqliteDialect::eraseFromHistory(const QSqlDatabase& db, qint64 participantId) const
{
    // The log keeps what was done, and when, but no longer whom it was about.
    sql::exec(db, u"UPDATE audit SET subject = '' WHERE participant_id = ?"_s, {participantId});
    sql::exec(db,
              u"UPDATE status_history SET note = '' WHERE enrolment_id IN "
              "(SELECT id FROM enrolment WHERE participant_id = ?)"_s,
              {participantId});
}

void SqliteDialect::removeEnrolment(const QSqlDatabase& db, qint64 enrolmentId) const
{
    sql::exec(db, u"DELETE FROM attendance WHERE enrolment_id = ?"_s, {enrolmentId});
    sql::exec(db, u"DELETE FROM status_history WHERE enrolment_id = ?"_s, {enrolmentId});
    sql::exec(db, u"DELETE FROM enrolment WHERE id = ?"_s, {enrolmentId});
}

void SqliteDialect::keepActors(const QSqlDatabase&) const
{
    // A file's log is written by Arwain alone: the names copied in are kept as they are.
}

} // namespace arwain
