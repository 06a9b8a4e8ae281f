// DashboardWorker: Dashboard::compute for the newest request only, on a connection of its own thread.
#include "pages/dashboard/DashboardWorker.h"

#include "stats/Dashboard.h"
#include "stats/DashboardFigures.h"
#include "stats/StatsQuery.h"
#include "storage/Database.h"
#include "storage/Store.h"

namespace arwain {

DashboardWorker::DashboardWorker(QString path) : m_path(std::move(path)) {}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(int generation, const StatsQuery& query)
{
    if (generation < latest.load())
        return; // a newer request is queued: skip the stale one
    if (!m_db) {
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        if (!db) {
            Q_EMIT computed(generation, {}, db.error());
            return;
        }
        m_db = db.take();
        m_store = std::make_unique<Store>(*m_db);
    }
    auto figures = Dashboard::compute(*m_store, query);
    Q_EMIT computed(generation, figures ? figures.value() : DashboardFigures{},
                    figures ? QString() : figures.error());
}

} // namespace arwain
