// Database: opening, validating, creating and migrating Arwain files; transactions and backups.
#include "storage/Database.h"

#include "domain/OwnerOnly.h"

#include "domain/Clock.h"
#include "domain/Records.h"
#include "storage/Dialect.h"
#include "storage/OneSpelling.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <mutex>
#include <optional>

#include <atomic>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <cstdio>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"arwain-"_s + QString::number(++counter);
}

Result<void> refuse(const QString& path, const QString& why)
{
    return fail(
        QCoreApplication::translate("arwain::Database", "%1: %2; the file was not changed").arg(path, why));
}

} // namespace

Result<void> Database::refuseAddress(const QString& location)
{
    // A URI of another kind (mysql://, https://), or a name carrying a password: neither a file nor a
    // server; shown without its secrets.
    if (!ServerAddress::mayHoldSecret(location))
        return {};
    return fail(tr("%1: not a file, and not a PostgreSQL connection (postgresql://host/database)")
                    .arg(ServerAddress::withoutSecrets(location)));
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    if (m_db.isOpen()) {
        m_dialect->closing(m_db, m_readOnly);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool readOnly, bool probe,
                                                    bool* busy)
{
    const QString name = nextConnectionName();
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

Result<std::unique_ptr<Database>> Database::create(const QString& path, int schemaVersion)
{
    if (Dialect::isServerLocation(path))
        return createOnServer(path, schemaVersion);
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

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    if (Dialect::isServerLocation(path))
        return openServer(path, access);
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

void Database::migrate(int from, int to)
{
    m_dialect->migrate(m_db, from, to, [&] {
        if (from > 0 && to >= 4)
            insertAudit({0,
                         Clock::now(),
                         m_actor,
                         u"file.upgrade"_s,
                         0,
                         {},
                         u"file format %1 to %2"_s.arg(from).arg(to)});
    });
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(m_db);
}

bool Database::isServerLocation(const QString& location)
{
    return Dialect::isServerLocation(location);
}

bool Database::isServer() const
{
    return m_dialect->isServer();
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    try {
        problems << m_dialect->integrityProblems(m_db);
        problems << migrations::spellingProblems(m_db);
        // The counts kept beside each cohort must equal a recount of its enrolments.
        QSqlQuery tally = sql::exec(
            m_db, u"SELECT c.code FROM cohort c LEFT JOIN cohort_tally t ON t.cohort_id = c.id "
                  "WHERE t.cohort_id IS NULL OR t.waitlisted <> (SELECT COUNT(*) FROM enrolment e "
                  "WHERE e.cohort_id = c.id AND e.status = 'waitlisted') OR t.enrolled <> (SELECT COUNT(*) "
                  "FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'enrolled') OR t.completed <> "
                  "(SELECT COUNT(*) FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'completed') "
                  "OR t.deferred <> (SELECT COUNT(*) FROM enrolment e WHERE e.cohort_id = c.id AND "
                  "e.status = 'deferred') OR t.withdrawn <> (SELECT COUNT(*) FROM enrolment e WHERE "
                  "e.cohort_id = c.id AND e.status = 'withdrawn') ORDER BY c.code"_s);
        while (tally.next())
            problems
                << tr("cohort %1: its kept counts differ from its enrolments").arg(tally.value(0).toString());
    } catch (const StorageError& e) {
        return fail(tr("%1: cannot check: %2").arg(m_path, e.message()));
    }
    return problems;
}

namespace {
std::atomic<int> g_patience{60};

// What another writer leaves behind as it works: the write-ahead log grows, and each commit bumps
// the file's change counter (data_version, as seen from this connection).
qint64 progressMark(const QString& path, const QSqlDatabase& db)
{
    qint64 mark = QFileInfo(path + u"-wal"_s).size();
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        mark += q.value(0).toLongLong() << 40;
    return mark;
}
} // namespace

namespace {
std::atomic<Database::Retry> g_retry{Database::Retry::InWindow};
std::mutex g_waitingMutex;
std::function<void(const QString&)> g_waiting;
} // namespace

std::function<void(const QString&)> Database::waitingToOpen()
{
    const std::lock_guard lock(g_waitingMutex);
    return g_waiting;
}

void Database::setWaitingToOpen(std::function<void(const QString&)> tell)
{
    const std::lock_guard lock(g_waitingMutex);
    g_waiting = std::move(tell);
}

Database::Retry Database::retry()
{
    return g_retry.load();
}

void Database::setRetry(Retry retry)
{
    g_retry = retry;
}

int Database::patience()
{
    return g_patience.load();
}

void Database::setPatience(int seconds)
{
    g_patience = std::max(1, seconds);
}

Result<void> Database::begin()
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 mark = -1;
    bool told = false;
    for (;;) {
        try {
            sql::exec(m_db, m_dialect->beginWrite());
            if (told)
                Q_EMIT waitOver();
            return {};
        } catch (const StorageError& e) {
            if (!e.busy())
                return fail(tr("%1: cannot start writing: %2").arg(m_path, e.message()));
        }
        if (!told) {
            Q_EMIT waiting(
                tr("%1 is in use: waiting for another change to finish…").arg(QFileInfo(m_path).fileName()));
            told = true;
        }
        const qint64 now = progressMark(m_path, m_db);
        if (now != mark) {
            mark = now;
            sinceProgress.restart();
        } else if (sinceProgress.elapsed() > qint64(patience()) * 1000) {
            if (told)
                Q_EMIT waitOver();
            return fail(
                tr("%1: another program has been changing this file for %n second(s) without finishing; "
                   "nothing was changed. Try again when it is done.",
                   nullptr, patience())
                    .arg(QFileInfo(m_path).fileName()));
        }
        // The driver itself waits 200 ms for the lock on each attempt. Only repaints run meanwhile (so
        // the window shows the message): running other events here could re-enter the caller.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    }
}

Result<void> Database::eraseTraces()
{
    // On a server, old row versions are the server's to reclaim (autovacuum); its administrators' backups
    // follow their own retention (docs/sharing.md).
    if (isServer())
        return {};
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

QString Database::osAccount()
{
#ifdef Q_OS_UNIX
    // The real user id, as the kernel has it: USER and LOGNAME are whatever the caller put there.
    const uid_t uid = getuid();
    if (const passwd* pw = getpwuid(uid); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return u"uid "_s + QString::number(uid);
#else
    return qEnvironmentVariable("USERNAME", u"unknown"_s);
#endif
}

void Database::audit(const QString& action, const QString& subject, const QString& detail,
                     qint64 participantId)
{
    if (!m_auditAsOne)
        m_audit.append({0, Clock::now(), m_actor, action, participantId, subject, detail});
}

void Database::auditAsOne(const QString& action, const QString& subject, const QString& detail)
{
    m_audit = {{0, Clock::now(), m_actor, action, 0, subject, detail}};
    m_auditAsOne = true;
}

void Database::insertAudit(const AuditEntry& e)
{
    sql::exec(
        m_db,
        u"INSERT INTO audit(at, actor, action, participant_id, subject, detail) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {e.at.toUTC().toString(Qt::ISODate), e.actor, e.action, sql::orNull(e.participantId), e.subject,
         e.detail});
}

QStringList Database::tableNames(const QSet<Table>& tables)
{
    QStringList names;
    for (Table t : tables)
        names << QString::fromLatin1(QMetaEnum::fromType<Table>().valueToKey(t));
    names.sort();
    return names;
}

void Database::writeAudit()
{
    if (m_audit.isEmpty() && !m_touched.isEmpty()) {
        // Work that did not say what it did: the tables it changed, so no write goes unlogged.
        m_audit.append(
            {0, Clock::now(), m_actor, u"change"_s, 0, {}, tableNames(m_touched).join(u", "_s).toLower()});
    }
    for (const AuditEntry& e : std::as_const(m_audit))
        insertAudit(e);
}

void Database::noticeChangesElsewhere()
{
    if (isServer())
        return;
    // data_version moves when another connection commits to the file, never for this one's own commits.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return;
    const qint64 now = q.value(0).toLongLong();
    const bool changed = m_seenDataVersion >= 0 && now != m_seenDataVersion;
    m_seenDataVersion = now;
    if (changed)
        announceExternalChange();
}

void Database::announceExternalChange()
{
    for (Table t : {Programmes, Cohorts, Organisations, Participants, Enrolments, Sessions, Attendance,
                    Feedback, Network})
        Q_EMIT changed(t);
}

Result<void> Database::write(const std::function<Result<void>()>& work)
{
    if (m_readOnlyByServer)
        return fail(tr("%1: your login may only read this database (the server gives it the manager role); "
                       "nothing was changed")
                        .arg(m_path));
    if (m_readOnly)
        return fail(tr("%1 is open read-only; nothing was changed").arg(m_path));
    if (m_depth > 0) {
        // Joined to the outer transaction: its commit or rollback decides.
        ++m_depth;
        Result<void> r = [&]() -> Result<void> {
            try {
                return work();
            } catch (const StorageError& e) {
                return fail(e.message());
            }
        }();
        --m_depth;
        return r;
    }
    // Settings of the engine for the write (SQLite: its statement journals in memory, see SqliteDialect).
    m_dialect->writeStarts(m_db);
    if (auto started = begin(); !started) {
        m_dialect->writeEnds(m_db);
        return started;
    }
    ++m_depth;
    m_touched.clear();
    m_audit.clear();
    m_auditAsOne = false;
    Result<void> result;
    bool conflict = false;
    try {
        result = work();
        if (result) {
            writeAudit();
            if (!m_touched.isEmpty())
                m_dialect->announce(m_db, tableNames(m_touched));
            sql::exec(m_db, u"COMMIT"_s);
        }
    } catch (const StorageError& e) {
        // A conflict's message is the user's whole message; any other failure names the file.
        conflict = e.conflict();
        if (conflict)
            result = fail(e.message());
        else if (e.busy())
            // A server gave up waiting for another connection's lock (lock_timeout, see PostgresDialect).
            result = fail(tr("%1: someone else's change (an import, perhaps) held the records this change "
                             "needs for too long; nothing was changed. Try again in a moment.")
                              .arg(m_path));
        else
            result = fail(tr("%1: %2; nothing was changed").arg(m_path, e.message()));
    }
    --m_depth;
    m_audit.clear();
    if (!result)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    m_dialect->writeEnds(m_db);
    if (!result) {
        m_touched.clear();
        // Someone else changed what was shown: everyone reloads, so the user sees their change.
        if (conflict)
            announceExternalChange();
        return result;
    }
    const QSet<Table> touched = std::exchange(m_touched, {});
    for (Table t : touched)
        Q_EMIT changed(t);
    return result;
}

} // namespace arwain
