// WorkerConnection: Services::open read-only, once.
#include "pages/WorkerConnection.h"

#include "services/Services.h"

namespace arwain {

WorkerConnection::WorkerConnection(QString path) : m_path(std::move(path)) {}

WorkerConnection::~WorkerConnection() = default;

Result<Services*> WorkerConnection::services()
{
    if (!m_services) {
        auto opened = Services::open(m_path, true);
        if (!opened)
            return opened.toError();
        m_services = opened.take();
    }
    return m_services.get();
}

} // namespace arwain
