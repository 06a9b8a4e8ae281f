// Services: a database and its services, wired together once.
#include "services/Services.h"

#include "demo/Demo.h"
#include "services/AuditLog.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"
#include "services/PrivacyService.h"
#include "services/SessionService.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Store.h"

namespace arwain {

Services::Services(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_store(std::make_unique<Store>(*m_db)),
      m_catalogue(std::make_unique<CatalogueService>(*m_store)),
      m_enrolments(std::make_unique<EnrolmentService>(*m_store)),
      m_sessions(std::make_unique<SessionService>(*m_store)),
      m_feedback(std::make_unique<FeedbackService>(*m_store)),
      m_privacy(std::make_unique<PrivacyService>(*m_store)),
      m_directory(std::make_unique<Directory>(*m_store)), m_audit(std::make_unique<AuditLog>(*m_store))
{
    connect(m_db.get(), &Database::changed, this, &Services::changed);
    connect(m_db.get(), &Database::waiting, this, &Services::waiting);
    connect(m_db.get(), &Database::waitOver, this, &Services::waitOver);
}

Services::~Services() = default;

Result<std::unique_ptr<Services>> Services::open(const QString& location, bool readOnly)
{
    auto db = Database::open(location, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return db.toError();
    return std::make_unique<Services>(db.take());
}

Result<std::unique_ptr<Services>> Services::create(const QString& location, bool demo)
{
    auto db = demo ? Demo::createDatabase(location) : Database::create(location);
    if (!db)
        return db.toError();
    return std::make_unique<Services>(db.take());
}

const QString& Services::location() const
{
    return m_db->path();
}

bool Services::isServer() const
{
    return m_db->dialect().isServer();
}

bool Services::isReadOnly() const
{
    return m_db->isReadOnly();
}

bool Services::isReadOnlyByServer() const
{
    return m_db->isReadOnlyByServer();
}

const QString& Services::migrationBackup() const
{
    return m_db->migrationBackup();
}

Result<QStringList> Services::check() const
{
    return m_db->check();
}

Result<void> Services::backupTo(const QString& file) const
{
    return m_db->backupTo(file);
}

void Services::noticeChangesElsewhere() const
{
    m_db->noticeChangesElsewhere();
}

void Services::announceExternalChange() const
{
    m_db->announceExternalChange();
}

} // namespace arwain
