// PostgresDialect: Arwain's data on a PostgreSQL server shared by a team, through QtSql's QPSQL driver.
#pragma once

#include "storage/Dialect.h"

namespace arwain {

class PostgresDialect final : public Dialect
{
public:
    QString driver() const override;
    bool isServer() const override { return true; }
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
    void writeStarts(const QSqlDatabase&) const override {}
    void writeEnds(const QSqlDatabase&) const override {}
    QStringList integrityProblems(const QSqlDatabase& db) const override;
    void closing(const QSqlDatabase&, bool) const override {}
    void bulkStarts(const QSqlDatabase&) const override {}
    void bulkEnds(const QSqlDatabase&) const override {}
    void idsToChoose(const QSqlDatabase& db, const QString& table) const override;
    void idsChosen(const QSqlDatabase& db) const override;
    void announce(const QSqlDatabase& db, const QStringList& tables) const override;
    void listen(const QSqlDatabase& db) const override;
    StorageError::Kind kindOf(const QSqlError& error) const override;
    QString yearMonthOf(const QString& dateColumn) const override;
    void eraseFromHistory(const QSqlDatabase& db, qint64 participantId) const override;
    void removeEnrolment(const QSqlDatabase& db, qint64 enrolmentId) const override;
    void keepActors(const QSqlDatabase& db) const override;

    // The channel of announcements.
    static constexpr const char* kChannel = "arwain_changed";
    // Whether the database holds any table of its own (in the schema Arwain would use).
    static bool isEmpty(const QSqlDatabase& db);
};

} // namespace arwain
