// AuditLog: reading the audit log (who changed what, and when) for the app and `arwain-cli audit`, and
// writing it out as a table, CSV or JSON. The entries themselves are written by Database::write.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QIODevice;

namespace arwain {

class Store;

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(arwain::AuditLog)
public:
    explicit AuditLog(const Store& store) : m_store(store) {}

    // Newest first: entries at or after `since` (all when null), at most `limit`.
    Result<QList<AuditEntry>> entries(const QDateTime& since = {}, int limit = 100000) const;

    // The action in words ("Participant edited"), in the interface language; an unknown key as it is.
    static QString actionText(const QString& action);
    // Whom or what the entry is about; "(anonymised person)" once that person has been erased.
    static QString subjectText(const AuditEntry& e);

    static QString table(const QList<AuditEntry>& entries);
    static QString json(const QList<AuditEntry>& entries);
    // CSV with the canonical action keys, formula-safe cells; false when the device failed.
    static bool csv(const QList<AuditEntry>& entries, QIODevice& device);

private:
    const Store& m_store;
};

} // namespace arwain
