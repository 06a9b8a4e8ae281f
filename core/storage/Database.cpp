// Database, what both engines share: choosing the engine for a location (the file's and the server's life
// cycles are in sqlite/DatabaseFile.cpp and postgres/DatabaseServer.cpp, reached through the Dialect),
// migrating, checking, transactions that wait for other writers, the audit log and change notices.
#include "storage/Database.h"

#include "domain/Clock.h"
#include "domain/Records.h"
#include "storage/Dialect.h"
#include "storage/OneSpelling.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

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

Result<std::unique_ptr<Database>> Database::create(const QString& location, int schemaVersion)
{
    return Dialect::forLocation(location).create(location, schemaVersion);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, Access access)
{
    return Dialect::forLocation(location).open(location, access);
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
        const qint64 now = m_dialect->othersProgress(m_db, m_path);
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
        // The driver itself waits a moment for the lock on each attempt (a setting of the connection). Only
        // repaints run meanwhile (so the window shows the message): running other events here could
        // re-enter the caller.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    }
}

Result<void> Database::eraseTraces()
{
    return m_dialect->eraseTraces(*this);
}

Result<void> Database::backupTo(const QString& file) const
{
    return m_dialect->backupTo(*this, file);
}

Result<QString> Database::restore(const QString& backup, const QString& location)
{
    return Dialect::forLocation(location).restore(backup, location);
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
    // On a file: a count that moves when another connection commits, never for this one's own commits.
    // A server tells of others' changes itself (heard()).
    const qint64 now = m_dialect->othersCommits(m_db);
    if (now < 0)
        return;
    const bool changed = m_seenCommits >= 0 && now != m_seenCommits;
    m_seenCommits = now;
    if (changed)
        announceExternalChange();
}

void Database::announceExternalChange()
{
    // Inside a write, after it ends (committed or rolled back): a reload now, through this connection,
    // would show what the transaction wrote so far, which a rollback may yet undo.
    if (m_depth > 0) {
        m_announcePending = true;
        return;
    }
    for (Table t : {Programmes, Cohorts, Organisations, Participants, Enrolments, Sessions, Attendance,
                    Feedback, Network})
        Q_EMIT changed(t);
}

Result<void> Database::failedWrite(const StorageError& e) const
{
    // A conflict's message is the user's whole message; any other failure names the file.
    if (e.conflict())
        return fail(e.message());
    if (e.busy())
        // A server gave up waiting for another connection's lock (lock_timeout, see PostgresDialect).
        return fail(tr("%1: someone else's change (an import, perhaps) held the records this change needs "
                       "for too long; nothing was changed. Try again in a moment.")
                        .arg(m_path));
    return fail(tr("%1: %2; nothing was changed").arg(m_path, e.message()));
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
        // Joined to the outer transaction: its commit or rollback decides. A failure is told as the
        // outer write would tell it, and a conflict makes everyone reload once the outer write ends.
        ++m_depth;
        Result<void> r = [&]() -> Result<void> {
            try {
                return work();
            } catch (const StorageError& e) {
                if (e.conflict())
                    m_announcePending = true;
                return failedWrite(e);
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
        conflict = e.conflict();
        result = failedWrite(e);
    }
    --m_depth;
    m_audit.clear();
    if (!result)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    m_dialect->writeEnds(m_db);
    if (!result) {
        m_touched.clear();
        // Someone else changed what was shown: everyone reloads, so the user sees their change.
        if (conflict || std::exchange(m_announcePending, false))
            announceExternalChange();
        return result;
    }
    const QSet<Table> touched = std::exchange(m_touched, {});
    for (Table t : touched)
        Q_EMIT changed(t);
    if (std::exchange(m_announcePending, false))
        announceExternalChange();
    return result;
}

} // namespace arwain
