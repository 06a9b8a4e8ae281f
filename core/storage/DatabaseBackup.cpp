// Database, a file's copies: backups (VACUUM INTO), pruning the copies made before upgrades, and restoring
// a backup in place of a file nobody else has open. Part of Database (the same class); opening and
// writing are in Database.cpp.
#include "storage/Database.h"

#include "domain/Clock.h"
#include "domain/OwnerOnly.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/postgres/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

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

Result<void> Database::backupTo(const QString& file) const
{
    if (isServer())
        return fail(tr("%1 is a server database: its administrators back it up with pg_dump").arg(m_path));
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

Result<QString> Database::restore(const QString& backup, const QString& given)
{
    // Files only: a server database is restored by its administrators (pg_restore).
    for (const QString& location : {backup, given})
        if (Dialect::isServerLocation(location))
            return fail(tr("%1 is a server database: its administrators restore it with pg_restore")
                            .arg(ServerAddress::withoutSecrets(location)));
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

} // namespace arwain
