// SqliteDialect: Arwain's data in one SQLite file (the default): pragmas, user_version, BEGIN IMMEDIATE.
#pragma once

#include "storage/Dialect.h"

namespace arwain {

class SqliteDialect final : public Dialect
{
public:
    QString driver() const override;
    bool isServer() const override { return false; }
    Result<std::unique_ptr<Database>> create(const QString& location, int schemaVersion) const override;
    Result<std::unique_ptr<Database>> open(const QString& location, Database::Access access) const override;
    Result<void> backupTo(const Database& db, const QString& file) const override;
    Result<QString> restore(const QString& backup, const QString& location) const override;
    Result<void> eraseTraces(Database& db) const override;
    Result<std::unique_ptr<Database>> copyTarget(const QString& location) const override;
    void copyFailed(std::unique_ptr<Database> target) const override;
    qint64 othersProgress(const QSqlDatabase& db, const QString& location) const override;
    qint64 othersCommits(const QSqlDatabase& db) const override;
    std::unique_ptr<BatchTarget> batchTarget(const QSqlDatabase& db, const rows::Shape& shape) const override;
    qint64 streamText(const QSqlDatabase& db, const QString& select, const QVariantList& args,
                      const sql::TextSink& sink) const override;
    void prepare(const QSqlDatabase& db, bool readOnly) const override;
    bool isArwain(const QSqlDatabase& db) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void migrate(const QSqlDatabase& db, int from, int to,
                 const std::function<void()>& alsoInside) const override;
    QString beginWrite() const override;
    void writeStarts(const QSqlDatabase& db) const override;
    void writeEnds(const QSqlDatabase& db) const override;
    QStringList integrityProblems(const QSqlDatabase& db) const override;
    void closing(const QSqlDatabase& db, bool readOnly) const override;
    void bulkStarts(const QSqlDatabase& db) const override;
    void bulkEnds(const QSqlDatabase& db) const override;
    void idsToChoose(const QSqlDatabase&, const QString&) const override {}
    void idsChosen(const QSqlDatabase&) const override {}
    void announce(const QSqlDatabase&, const QStringList&) const override {}
    void listen(const QSqlDatabase&) const override {}
    StorageError::Kind kindOf(const QSqlError& error) const override;
    QString yearMonthOf(const QString& dateColumn) const override;
    void eraseFromHistory(const QSqlDatabase& db, qint64 participantId) const override;
    void removeEnrolment(const QSqlDatabase& db, qint64 enrolmentId) const override;
    void keepActors(const QSqlDatabase& db) const override;
};

} // namespace arwain
