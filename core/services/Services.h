// Services: one open database (an SQLite file or a server database) and every service over it. The one
// door of the app and the CLI to their data: they call the services it hands out, which return Results,
// and never see storage (no file in ui/ or app/ includes a storage header; a test checks it).
#pragma once

#include "domain/DataTables.h"
#include "domain/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace arwain {

class AuditLog;
class CatalogueService;
class Database;
class Directory;
class EnrolmentService;
class FeedbackService;
class PrivacyService;
class SessionService;
class Store;

class Services : public QObject
{
    Q_OBJECT
public:
    // The database at `location` (a file's path or a postgresql:// URI); refused with the reason when it
    // is not Arwain's, damaged or newer. An older file is backed up and upgraded (read-write only).
    static Result<std::unique_ptr<Services>> open(const QString& location, bool readOnly = false);
    // A new database at `location`; with `demo`, filled with the demo data.
    static Result<std::unique_ptr<Services>> create(const QString& location, bool demo = false);
    // Over a database core code opened itself (the demo, tests).
    explicit Services(std::unique_ptr<Database> db);
    ~Services() override;

    // The file's path or the server's URI without its password, as open() takes it again.
    const QString& location() const;
    bool isServer() const;
    bool isReadOnly() const;
    // Read-only because the server lets this login only read (a manager), not because it was asked.
    bool isReadOnlyByServer() const;
    // The copy made before an older file was upgraded by open(), or empty.
    const QString& migrationBackup() const;

    CatalogueService& catalogue() const { return *m_catalogue; }
    EnrolmentService& enrolments() const { return *m_enrolments; }
    SessionService& sessions() const { return *m_sessions; }
    FeedbackService& feedback() const { return *m_feedback; }
    PrivacyService& privacy() const { return *m_privacy; }
    const Directory& directory() const { return *m_directory; }
    const AuditLog& audit() const { return *m_audit; }

    // The engine's own checks and Arwain's (kept counts); the problems found, empty when sound.
    Result<QStringList> check() const;
    // A consistent copy of the whole file, owner-only (a server's administrators use pg_dump).
    Result<void> backupTo(const QString& file) const;
    // Other programs' changes: looked for now (a file), and announced as if every table changed (after a
    // change made through another connection, such as an import's).
    void noticeChangesElsewhere() const;
    void announceExternalChange() const;

    // For core's read models (statistics, reports, imports, exports), which take Services and read
    // through these. The app and the CLI cannot use them: they include no storage header.
    Store& store() const { return *m_store; }
    Database& database() const { return *m_db; }

Q_SIGNALS:
    // A table changed, through this connection or (as it noticed) another.
    void changed(arwain::DataTables::Table table);
    // A write waits for another program's change to finish (once per wait), and when it is done.
    void waiting(const QString& message);
    void waitOver();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<EnrolmentService> m_enrolments;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<FeedbackService> m_feedback;
    std::unique_ptr<PrivacyService> m_privacy;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace arwain
