// Workspace: wires the core services of one database together for the app.
#include "Workspace.h"

#include "demo/Demo.h"
#include "services/CatalogueService.h"
#include "services/Directory.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"
#include "services/SessionService.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr qint64 kBackgroundReadSize = 16 * 1024 * 1024;
}

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_store(std::make_unique<Store>(*m_db)),
      m_catalogue(std::make_unique<CatalogueService>(*m_store)),
      m_enrolments(std::make_unique<EnrolmentService>(*m_store)),
      m_sessions(std::make_unique<SessionService>(*m_store)),
      m_feedback(std::make_unique<FeedbackService>(*m_store)),
      m_directory(std::make_unique<Directory>(*m_store)), m_undo(new QUndoStack(this))
{
    connect(m_db.get(), &Database::changed, this, &Workspace::changed);
    // A server's reads cross the network: always on a worker. A file's only once it is large.
    m_background = m_db->isServer() || QFileInfo(m_db->path()).size() >= kBackgroundReadSize;
}

Workspace::~Workspace() = default;

const QString& Workspace::path() const
{
    return m_db->path();
}

bool Workspace::isReadOnly() const
{
    return m_db->isReadOnly();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, bool readOnly)
{
    auto db = Database::open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return db.toError();
    return std::unique_ptr<Workspace>(new Workspace(db.take()));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, bool demo)
{
    auto db = demo ? Demo::createDatabase(path) : Database::create(path);
    if (!db)
        return db.toError();
    return std::unique_ptr<Workspace>(new Workspace(db.take()));
}

} // namespace arwain
