// Store: every read and write of Arwain's tables, one store per concern (CatalogueStore, EnrolmentStore,
// CountingStore, AuditStore; SessionStore and FeedbackStore beside them), held together for the services
// that use several. Throws StorageError; services wrap it in transactions (and turn it into Results).
#pragma once

#include "storage/AuditStore.h"
#include "storage/CatalogueStore.h"
#include "storage/CountingStore.h"
#include "storage/EnrolmentStore.h"

#include <QString>

class QSqlQuery;

namespace arwain {

class Database;

class Store : public CatalogueStore, public EnrolmentStore, public CountingStore, public AuditStore
{
public:
    explicit Store(Database& db) : CatalogueStore(db), EnrolmentStore(db), CountingStore(db), AuditStore(db)
    {
    }
    // Updates of editable rows return the row's new version. When the record carries a version (read
    // earlier) and the row is no longer at it, they throw a StorageError of kind Conflict.
    Database& database() const { return CatalogueStore::m_db; }

    // "… was changed by someone else since it was shown: reload …", naming `what` when given.
    static QString conflictMessage(const QString& what);
    // For the storage classes: the end of every UPDATE of an editable row (binds id, version, version),
    // and the new version it returned, or a Conflict error naming `what`.
    static const QString kNextVersion;
    static qint64 newVersion(QSqlQuery& q, const QString& what);
};

} // namespace arwain
