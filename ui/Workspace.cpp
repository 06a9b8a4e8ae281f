// Workspace: one database's services, its undo history and how the app reads it.
#include "Workspace.h"

#include "services/Services.h"

#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr qint64 kBackgroundReadSize = 16 * 1024 * 1024;
}

Workspace::Workspace(std::unique_ptr<Services> services)
    : m_services(std::move(services)), m_undo(new QUndoStack(this))
{
    connect(m_services.get(), &Services::changed, this, &Workspace::changed);
    // A server's reads cross the network: always on a worker. A file's only once it is large.
    m_background = m_services->isServer() || QFileInfo(m_services->location()).size() >= kBackgroundReadSize;
}

Workspace::~Workspace() = default;

const QString& Workspace::path() const
{
    return m_services->location();
}

bool Workspace::isReadOnly() const
{
    return m_services->isReadOnly();
}

CatalogueService& Workspace::catalogue() const
{
    return m_services->catalogue();
}

EnrolmentService& Workspace::enrolments() const
{
    return m_services->enrolments();
}

SessionService& Workspace::sessions() const
{
    return m_services->sessions();
}

FeedbackService& Workspace::feedback() const
{
    return m_services->feedback();
}

const Directory& Workspace::directory() const
{
    return m_services->directory();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, bool readOnly)
{
    auto services = Services::open(path, readOnly);
    if (!services)
        return services.toError();
    return std::unique_ptr<Workspace>(new Workspace(services.take()));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, bool demo)
{
    auto services = Services::create(path, demo);
    if (!services)
        return services.toError();
    return std::unique_ptr<Workspace>(new Workspace(services.take()));
}

} // namespace arwain
