// Database, in an SQLite file: connecting through QSQLITE, creating a file, opening one (looking at its
// header before touching it, refusing what is not Arwain's, waiting for another program's lock, upgrading
// an older format after a backup), backups (VACUUM INTO), restoring a backup in place of a file nobody else
// has open, and clearing the log of erased text. Part of Database (the same class); reached through
// SqliteDialect. The shared side is in core/storage/Database.cpp, the server's in
// core/storage/postgres/DatabaseServer.cpp.
#include "storage/Database.h"

#include "domain/Clock.h"
#include "domain/OwnerOnly.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// Files up to this size get SQLite's quick_check on every open (quick at this size); larger ones only a
// read of their schema, so that a nation's file opens at once.
constexpr qint64 kOpenCheckLimit = qint64(16) << 20;

QString nextFileConnectionName()
{
    static std::atomic<int> counter{0};
    return u"arwain-"_s + QString::number(++counter);
}

Result<void> refuse(const QString& path, const QString& why)
{
    return fail(
        QCoreApplication::translate("arwain::Database", "%1: %2; the file was not changed").arg(path, why));
}

// Whether no other connection has the file at `path` open: an exclusive lock in exclusive locking mode,
// taken and let go at once.
bool aloneWith(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString name = u"arwain-alone-"_s + QString::number(++counter);
    bool alone = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=200"_s);
        if (db.open()) {
            QSqlQuery q(db);
            alone = q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) && q.exec(u"BEGIN EXCLUSIVE"_s);
            q.exec(u"ROLLBACK"_s);
            q.exec(u"PRAGMA locking_mode = NORMAL"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return alone;
}

} // namespace

Result<void> Database::refuseAddress(const QString& location)
{
    // A URI of another kind (mysql://, https://), or a name carrying a password: neither a file nor a
    // server; shown without its secrets.
    if (!Dialect::mayHoldSecret(location))
        return {};
    return fail(tr("%1: not a file, and not a PostgreSQL connection (postgresql://host/database)")
                    .arg(Dialect::withoutSecrets(location)));
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool readOnly, bool probe,
                                                    bool* busy)
{
    const QString name = nextFileConnectionName();
    std::unique_ptr<Database> db(new Database(path, name, readOnly));
    db->m_dialect = &Dialect::forLocation(path);
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driver(), name);
    if (!db->m_db.isValid())
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));
    // Short: a busy file is waited for by Database::begin, which tells the user it is waiting.
    QString options = u"QSQLITE_BUSY_TIMEOUT=200"_s;
    if (probe) {
        // Immutable: no locks, no -wal or -shm files; looking at a file leaves no trace beside it.
        db->m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                 u"?mode=ro&immutable=1"_s);
        options += u";QSQLITE_OPEN_URI"_s;
    } else {
        db->m_db.setDatabaseName(path);
    }
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return fail(tr("%1: cannot open: %2").arg(path, db->m_db.lastError().text()));
    try {
        db->m_dialect->prepare(db->m_db, readOnly || probe);
    } catch (const StorageError& e) {
        if (busy)
            *busy = e.busy();
        return fail(tr("%1: cannot open: %2").arg(path, e.message()));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::createFile(const QString& path, int schemaVersion)
{
    if (auto address = refuseAddress(path); !address)
        return address.toError();
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; it was not overwritten").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("%1: cannot create: %2").arg(path, file.errorString()));
        // Personal data: readable by its owner only. SQLite gives its -wal and -shm files the same mode.
        file.setPermissions(kOwnerOnly);
    }
    auto removeAll = [&path] {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    };
    auto connected = connect(path, false);
    if (!connected) {
        removeAll();
        return connected.toError();
    }
    auto db = connected.take();
    try {
        sql::exec(db->m_db, u"PRAGMA journal_mode = WAL"_s);
        db->migrate(0, schemaVersion);
        // The header (application id, version) goes into the file now, not only into the WAL.
        sql::exec(db->m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    } catch (const StorageError& e) {
        db.reset();
        removeAll();
        return fail(tr("%1: cannot create: %2").arg(path, e.message()));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, Access access)
{
    if (auto address = refuseAddress(path); !address)
        return address.toError();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return fail(tr("%1: not a file").arg(path));
    // Never opened with QFile: closing any descriptor of a file drops every POSIX lock this process holds
    // on it, so a second connection (a background reader) would silently unlock the first, and another
    // program could then checkpoint and delete the log under it. SQLite's own reads share the locks.
    if (!info.isReadable())
        return fail(tr("%1: cannot read: permission denied").arg(path));
    if (info.size() == 0)
        return refuse(path, tr("not an Arwain database (the file is empty)")).toError();
    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly && !info.isWritable())
        return fail(tr("%1: you cannot write to this file; open it read-only").arg(path));

    // Look before touching: a read-only connection cannot change the file.
    const QString wal = path + u"-wal"_s, shm = path + u"-shm"_s;
    const bool sidecarsBefore = QFileInfo::exists(wal) || QFileInfo::exists(shm);
    int appId = 0;
    int version = 0;
    // Why the file cannot be opened, judged from its header; empty when it can.
    auto headerProblem = [&]() -> QString {
        if (appId != kApplicationId)
            return tr("not an Arwain database (an SQLite file of another program)");
        // Arwain sets the format in the same transaction as its tables, from 1 up: 0 or a negative one
        // was written by something else, and an "upgrade" from it would meet tables it did not expect.
        if (version < 1)
            return tr("its format number (%1) is not one Arwain ever wrote, so it was changed by another "
                      "program; restore a backup or ask whoever changed it")
                .arg(version);
        if (version > kSchemaVersion)
            return tr("made by a newer version of Arwain (file format %1; this version reads up to %2); "
                      "please "
                      "update Arwain")
                .arg(version)
                .arg(kSchemaVersion);
        if (version < kSchemaVersion && readOnly)
            return tr("uses an older file format (%1); open it for writing once to upgrade it").arg(version);
        return {};
    };
    bool known = false;
    {
        // Immutable first (no locks, no trace left beside a foreign file) unless a live -wal holds
        // changes not yet in the file itself.
        auto probe = connect(path, true, QFileInfo(wal).size() == 0);
        if (probe) {
            try {
                appId = sql::scalar(probe.value()->m_db, u"PRAGMA application_id"_s).toInt();
                version = sql::scalar(probe.value()->m_db, u"PRAGMA user_version"_s).toInt();
                known = true;
            } catch (const StorageError& e) {
                if (e.notADatabase())
                    return refuse(path, tr("not an Arwain database (not an SQLite file)")).toError();
                // Without locks it may have read pages another program was checkpointing: looked at
                // again below, through a normal connection, before anything is called damaged.
            }
        }
    }
    if (known)
        if (const QString problem = headerProblem(); !problem.isEmpty())
            return refuse(path, problem).toError();
    // The structure is checked through a normal connection, never the immutable probe: another program
    // may be writing the file (a checkpoint rewrites its pages), and only a normal reader sees one
    // consistent snapshot while that happens.
    // Another program holding the file locked (an exclusive lock, a long write) is waited for, as a write
    // waits for it, and never taken for damage: a user told "damaged" might restore a backup over it.
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    std::optional<Result<std::unique_ptr<Database>>> reader;
    const auto tellWaiting = waitingToOpen();
    QString problem;
    for (;;) {
        bool busy = false;
        reader.emplace(connect(path, true, false, &busy));
        if (!*reader && !busy)
            return reader->toError();
        problem.clear();
        if (*reader) {
            const QSqlDatabase& c = reader->value()->m_db;
            try {
                if (!known) {
                    appId = sql::scalar(c, u"PRAGMA application_id"_s).toInt();
                    version = sql::scalar(c, u"PRAGMA user_version"_s).toInt();
                    problem = headerProblem();
                }
                if (problem.isEmpty() && info.size() <= kOpenCheckLimit) {
                    const QString quick = sql::scalar(c, u"PRAGMA quick_check"_s).toString();
                    if (quick != u"ok"_s)
                        problem = tr("damaged (%1)").arg(quick);
                } else if (problem.isEmpty()) {
                    // A large file: its schema is read whole (a damaged one fails here); its pages are
                    // checked as they are read, and in full by check().
                    sql::scalar(c, u"SELECT count(*) FROM sqlite_schema"_s);
                }
            } catch (const StorageError& e) {
                busy = e.busy();
                problem = e.notADatabase() ? tr("not an Arwain database (not an SQLite file)")
                                           : tr("damaged or unreadable (%1)").arg(e.message());
            }
        }
        if (!busy)
            break;
        reader.reset();
        if (waited.elapsed() > qint64(patience()) * 1000)
            return fail(tr("%1 is in use by another program, which has kept it locked for %n second(s); "
                           "nothing was changed. Try again when it is done.",
                           nullptr, patience())
                            .arg(path));
        if (!told && tellWaiting)
            tellWaiting(tr("%1 is in use by another program: waiting for it to finish…")
                            .arg(QFileInfo(path).fileName()));
        told = true;
        QThread::msleep(200);
    }
    if (!problem.isEmpty()) {
        // Refused untouched: the -wal and -shm files this look made are taken away again.
        reader->value().reset();
        if (!sidecarsBefore && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            QFile::remove(shm);
        }
        return refuse(path, problem).toError();
    }
    if (version < kSchemaVersion) {
        QString backup = path + u".v"_s + QString::number(version) + u"-backup-"_s +
                         Clock::now().toString(u"yyyyMMdd-HHmmss"_s);
        // Another attempt in the same second (one before was interrupted): a name of its own.
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = backup.section(u'~', 0, 0) + u'~' + QString::number(n);
        // The normal connection for the copy: it sees anything still in the -wal file too.
        if (auto saved = reader->value()->backupTo(backup); !saved)
            return refuse(path, tr("cannot back up before upgrading (%1)").arg(saved.error())).toError();
        reader->value().reset();
        auto conn = connect(path, false);
        if (!conn)
            return conn.toError();
        auto db = conn.take();
        try {
            db->migrate(version, kSchemaVersion);
            sql::exec(db->m_db, u"PRAGMA journal_mode = WAL"_s);
        } catch (const StorageError& e) {
            return fail(tr("%1: upgrading the file failed (%2); it is unchanged, and a copy is in %3")
                            .arg(path, e.message(), backup));
        }
        db->m_migrationBackup = backup;
        pruneUpgradeBackups(path);
        return db;
    }
    if (readOnly)
        return reader->take();
    reader->value().reset();
    auto conn = connect(path, readOnly);
    if (!conn)
        return conn.toError();
    return conn.take();
}

Result<void> Database::backupFile(const QString& file) const
{
    if (auto address = refuseAddress(file); !address)
        return address;
    // A link, even one that leads nowhere yet, is something there: never renamed over.
    if (QFileInfo::exists(file) || QFileInfo(file).isSymLink())
        return fail(tr("%1 already exists; it was not overwritten").arg(file));
    // Written as FILE.part and renamed when whole: a backup cut short (a crash, a full disk) never
    // looks like a backup, and the next attempt starts afresh.
    const QString part = file + u".part"_s;
    QFile::remove(part);
    {
        QFile out(part);
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("%1: cannot create: %2").arg(file, out.errorString()));
        out.setPermissions(kOwnerOnly);
    }
    try {
        // VACUUM INTO writes a consistent, compact copy, even while others read.
        sql::exec(m_db, u"VACUUM INTO ?"_s, {part});
    } catch (const StorageError& e) {
        QFile::remove(part);
        return fail(tr("%1: backup failed: %2").arg(file, e.message()));
    }
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return fail(tr("%1: backup failed: %2").arg(file, tr("cannot rename the finished copy")));
    }
    return {};
}

void Database::pruneUpgradeBackups(const QString& path, int keep)
{
    const QFileInfo file(path);
    // Named PATH.vN-backup-yyyyMMdd-HHmmss: newest last when sorted by the time in the name.
    QFileInfoList backups =
        QDir(file.absolutePath())
            .entryInfoList({file.fileName() + u".v*-backup-*"_s}, QDir::Files, QDir::Name);
    backups.removeIf([](const QFileInfo& f) { return f.fileName().endsWith(u".part"_s); });
    std::sort(backups.begin(), backups.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.fileName().section(u"-backup-"_s, 1) < b.fileName().section(u"-backup-"_s, 1);
    });
    for (qsizetype i = 0; i + keep < backups.size(); ++i)
        QFile::remove(backups.at(i).absoluteFilePath());
}

Result<QString> Database::restoreFile(const QString& backup, const QString& given)
{
    // Files only: a server database is restored by its administrators (pg_restore).
    for (const QString& location : {backup, given})
        if (Dialect::isServerLocation(location))
            return fail(tr("%1 is a server database: its administrators restore it with pg_restore")
                            .arg(Dialect::withoutSecrets(location)));
        else if (auto address = refuseAddress(location); !address)
            return address.toError();
    // Through a symbolic link, the file it leads to is replaced; the link stays a link.
    const QString path = QFileInfo(given).isSymLink() && QFileInfo::exists(given)
                             ? QFileInfo(given).canonicalFilePath()
                             : given;
    if (QFileInfo::exists(path) && !QFileInfo(path).isFile())
        return fail(tr("%1 was not replaced: it is not a regular file").arg(QFileInfo(given).fileName()));
    {
        auto source = open(backup, Access::ReadOnly);
        if (!source)
            return fail(tr("%1 cannot be restored: %2").arg(QFileInfo(backup).fileName(), source.error()));
        auto problems = source.value()->check();
        if (!problems)
            return problems.toError();
        if (!problems.value().isEmpty())
            return fail(tr("%1 cannot be restored: it is damaged (%2)")
                            .arg(QFileInfo(backup).fileName(), problems.value().first()));
    }
    QString kept;
    if (QFileInfo::exists(path)) {
        // Everything still in the target's log goes into its file before it is set aside.
        auto target = open(path, Access::ReadOnly);
        if (!target)
            return fail(tr("%1 was not replaced: %2").arg(QFileInfo(path).fileName(), target.error()));
        kept = path + u".before-restore-"_s + Clock::now().toString(u"yyyyMMdd-HHmmss"_s);
        if (auto saved = target.value()->backupTo(kept); !saved)
            return fail(tr("%1 was not replaced: %2").arg(QFileInfo(path).fileName(), saved.error()));
    }
    // Copy beside the target, then rename over it: the target is the old file or the whole backup.
    const QString part = path + u".restoring"_s;
    QFile::remove(part);
    if (!QFile::copy(backup, part))
        return fail(tr("%1: cannot write beside it").arg(QFileInfo(path).fileName()));
    QFile::setPermissions(part, kOwnerOnly);
    // Nobody else may have the file open: a program still connected to it would go on writing into the
    // file set aside, and its changes would be in neither (a hostile probe found a committed change lost
    // so). SQLite grants an exclusive lock in WAL mode only to the one connection of the file.
    if (QFileInfo::exists(path) && !aloneWith(path)) {
        QFile::remove(part);
        if (!kept.isEmpty())
            QFile::remove(kept);
        return fail(tr("%1 was not replaced: another program has it open (the app, or a command still "
                       "running); close it and restore again. Nothing was changed")
                        .arg(QFileInfo(path).fileName()));
    }
    // The old log belongs to the old file (whose content, log included, is kept above).
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    // rename(2) replaces the target in one step: there is always a whole file at `path`.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(
            tr("%1: cannot put the backup in place; it is in %2").arg(QFileInfo(path).fileName(), part));
    return kept;
}

Result<void> Database::eraseFileTraces()
{
    try {
        QSqlQuery q = sql::exec(m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (q.next() && q.value(0).toInt() != 0)
            return fail(tr("%1: the change is saved, but another program still has the file open, so the old "
                           "text stays in its log until it closes; close it and run this again")
                            .arg(QFileInfo(m_path).fileName()));
    } catch (const StorageError& e) {
        return fail(tr("%1: %2").arg(QFileInfo(m_path).fileName(), e.message()));
    }
    return {};
}

} // namespace arwain
