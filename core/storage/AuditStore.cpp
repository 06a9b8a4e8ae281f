// AuditStore: the SQL of the audit log.
#include "storage/AuditStore.h"
#include "storage/Store.h"
#include "storage/StoreRows.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

using namespace storerows;

namespace {
const QString kAudit = u"SELECT id, at, actor, action, participant_id, subject, detail FROM audit "_s;
AuditEntry readAudit(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.at.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.participantId = q.value(4).toLongLong();
    e.subject = q.value(5).toString();
    e.detail = q.value(6).toString();
    return e;
}
} // namespace

QList<AuditEntry> AuditStore::auditEntries(const QDateTime& since, int limit) const
{
    const QString from = since.isValid() ? since.toUTC().toString(Qt::ISODate) : QString(u""_s);
    return all<AuditEntry>(
        sql::exec(m_db.connection(), kAudit + u"WHERE at >= ? ORDER BY id DESC LIMIT ?"_s, {from, limit}),
        readAudit);
}

QList<AuditEntry> AuditStore::auditAbout(qint64 participantId) const
{
    return all<AuditEntry>(
        sql::exec(m_db.connection(), kAudit + u"WHERE participant_id = ? ORDER BY id"_s, {participantId}),
        readAudit);
}

} // namespace arwain
