// AuditStore: the audit log, newest first. Throws StorageError.
#pragma once

#include "domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace arwain {

class Database;

class AuditStore
{
public:
    explicit AuditStore(Database& db) : m_db(db) {}

    // The audit log, newest first: entries at or after `since` (all when null), at most `limit`.
    QList<AuditEntry> auditEntries(const QDateTime& since, int limit) const;
    QList<AuditEntry> auditAbout(qint64 participantId) const;

protected:
    Database& m_db;
};

} // namespace arwain
