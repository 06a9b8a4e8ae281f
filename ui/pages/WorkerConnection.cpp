// WorkerConnection: Database::open read-only, once.
#include "pages/WorkerConnection.h"

#include "storage/Database.h"
#include "storage/Store.h"

namespace arwain {

WorkerConnection::WorkerConnection(QString path) : m_path(std::move(path)) {}

WorkerConnection::~WorkerConnection() = default;

Result<Store*> WorkerConnection::store()
{
    if (!m_store) {
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        if (!db)
            return db.toError();
        m_db = db.take();
        m_store = std::make_unique<Store>(*m_db);
    }
    return m_store.get();
}

} // namespace arwain
